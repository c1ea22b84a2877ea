"""Date formatting, the month chart, pagination, the page plan, template errors and JSON-LD."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

from sitegen import render, urls
from sitegen.collect import Site, collect
from sitegen.config import TopicDef, load_config
from sitegen.errors import ThemeError
from sitegen.model import Article, DateInfo, Decision, EntityMention, Precision
from sitegen.pages import body_markdown
from sitegen.segment import segment
from tests.conftest import CORPUS

BASE = "https://x.org/news/"


def art(
    slug: str,
    date: dt.date | None,
    precision: Precision = "day",
    *,
    title: str | None = None,
    topics: Sequence[str] = (),
    entities: Sequence[EntityMention] = (),
    body: str = "Body text.\n",
) -> Article:
    return Article(
        slug=slug,
        title=title or f"Title {slug}",
        date=DateInfo(date, precision, "test") if date else DateInfo.unknown(),
        topics=tuple(topics),
        entities=tuple(entities),
        source_file="news.txt",
        source_lines=(1, 4),
        body_markdown=body,
        summary="Summary.",
        word_count=2,
    )


def make_site(root: Path, articles: Sequence[Article], per_page: int = 2) -> Site:
    config = load_config(
        root, base_url=BASE, per_page=per_page, search=False, taxonomy=(TopicDef("Science", "Research.", ("lab",)),)
    )
    return collect(config, articles)


SAMPLE = [
    art(
        "a",
        dt.date(2024, 1, 1),
        topics=["Science"],
        entities=[EntityMention("Ann Lee", "person", 2, (), "Ann Lee spoke.")],
    ),
    art("b", dt.date(2024, 3, 1), "month", entities=[EntityMention("Oslo", "place", 1)]),
    art("c", None),
    art("d", dt.date(2023, 1, 1), "year"),
    art("e", dt.date(2024, 1, 9), topics=["Astronomy"]),
]


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return make_site(tmp_path, SAMPLE)


# --- formatting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("info", "shown", "iso"),
    [
        (DateInfo(dt.date(2024, 3, 5), "day", ""), "5 March 2024", "2024-03-05"),
        (DateInfo(dt.date(2024, 12, 1), "month", ""), "December 2024", "2024-12"),
        (DateInfo(dt.date(2024, 1, 1), "year", ""), "2024", "2024"),
        (DateInfo(dt.date(987, 2, 1), "month", ""), "February 987", "0987-02"),
        (DateInfo.unknown(), "Undated", ""),
    ],
)
def test_format_date_and_iso_date(info: DateInfo, shown: str, iso: str) -> None:
    assert render.format_date(info) == shown
    assert render.iso_date(info) == iso


def test_article_body_turns_an_editors_note_into_a_note() -> None:
    out = str(render.article_body("> **Editor's Note:** part of a series.\n\n> A real quote.\n\n<b>raw</b>\n"))
    assert out.count('<div class="editors-note" role="note" aria-label="Editor\'s note">') == 1
    assert out.count("<blockquote>") == 1
    assert "<b>" not in out and "&lt;b&gt;" in out  # raw HTML in Markdown is escaped


def _random_body(rng: random.Random) -> str:
    """A body of plain-looking lines sprinkled with the characters Markdown gives a meaning."""
    pieces = ["The minister", "said", "2024.", "1)", "3.5", "#", "##", "* ", "-", "+", "=", "_x_", "`c`", "[a](b)",
              "<http://x.org>", "<b>", "&amp;", "&#35;", "&copy", "AT&T", "\\*", "\\\\", "\\", "\\a", "~~s~~", "!",
              '"q"', "'s", ">", "  ", "\t", "é", "\u00a0", "x#", "|", ":", "—"]  # fmt: skip
    blocks = []
    for _ in range(rng.randint(1, 4)):
        words = [rng.choice(pieces) if rng.random() < 0.1 else rng.choice(["word", "Word", "text"]) for _ in range(6)]
        line = rng.choice(["", "", "", "## ", "### ", " "]) + " ".join(words)
        blocks.append(line)
    return rng.choice(["\n\n"] * 4 + ["\n", "\n\n\n"]).join(blocks) + rng.choice(["\n"] * 4 + ["", "\n\n"])


def test_plain_bodies_skip_the_parser_with_the_same_html() -> None:
    """The fast path for plain paragraphs and headings writes what markdown-it writes, byte for
    byte, and leaves everything else to markdown-it."""
    corpus = [body_markdown(a) for f in sorted(CORPUS.glob("*.txt")) for a in segment(f.name, f.read_text()).articles]
    assert sum(render._plain_body(b) is not None for b in corpus) >= len(corpus) // 2  # most take the fast path
    rng = random.Random(8)
    bodies = corpus + [_random_body(rng) for _ in range(4000)]
    bodies += ['Plain text.\n\n## A heading\n\nAT&T said \\*not\\* "so" > 1.\n', "1. a list\n", "Text  \n"]
    fast = sum(render._plain_body(b) is not None for b in bodies[len(corpus) :])
    assert 500 < fast < 3500  # the random bodies exercise both paths
    for body in bodies:
        assert render.article_body(body) == render._parsed_body(body), repr(body)


# --- month chart ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "articles",
    [[], [art("u", None)], [art("y", dt.date(2024, 1, 1), "year")]],
    ids=["none", "undated", "year-only"],
)
def test_month_chart_empty(articles: list[Article]) -> None:
    chart = render.month_chart(articles)
    assert str(chart) == "" and not chart


def test_month_chart_counts_and_links_only_months_with_articles() -> None:
    articles = [
        art("a", dt.date(2024, 1, 3)),
        art("b", dt.date(2024, 1, 20)),
        art("c", dt.date(2024, 4, 1), "month"),
        art("y", dt.date(2024, 1, 1), "year"),  # not in any month
        art("u", None),
    ]
    chart = str(render.month_chart(articles, prefix="/news/"))
    svg = ET.fromstring(chart)  # well-formed XML
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert "<title>Articles per month: 3 articles over 4 months, at most 2 in a month</title>" in chart
    hrefs = re.findall(r'<a href="([^"]+)"', chart)
    assert hrefs == ["/news/archive/2024/01/", "/news/archive/2024/04/"]
    assert 'aria-label="January 2024: 2 articles"' in chart
    assert 'aria-label="April 2024: 1 article"' in chart
    assert "February 2024" not in chart and "March 2024" not in chart  # empty months: no bar, no link
    assert chart.count("<rect") == 2


def test_month_chart_spans_years() -> None:
    chart = str(render.month_chart([art("a", dt.date(2023, 11, 5)), art("b", dt.date(2024, 2, 5))]))
    assert "over 4 months" in chart
    assert re.findall(r'<a href="([^"]+)"', chart) == ["/archive/2023/11/", "/archive/2024/02/"]


# --- pagination -----------------------------------------------------------------------------


def test_paginate() -> None:
    pages = list(render.paginate("/topics/x/", list(range(5)), 2))
    assert [p for p, _ in pages] == ["/topics/x/", "/topics/x/page/2/", "/topics/x/page/3/"]
    first, second, last = (pager for _, pager in pages)
    assert first["items"] == [0, 1] and second["items"] == [2, 3] and last["items"] == [4]
    assert first["previous"] is None and first["next"] == "/topics/x/page/2/"
    assert second["previous"] == "/topics/x/" and second["next"] == "/topics/x/page/3/"
    assert last["previous"] == "/topics/x/page/2/" and last["next"] is None
    assert all(p["total"] == 3 and p["count"] == 5 and p["first"] == "/topics/x/" for p in (first, second, last))
    assert first["pages"] == [(1, "/topics/x/"), (2, "/topics/x/page/2/"), (3, "/topics/x/page/3/")]
    assert [p["number"] for p in (first, second, last)] == [1, 2, 3]


def test_page_window_is_bounded() -> None:
    assert render.page_window(1, 1) == [1]
    assert render.page_window(1, 3) == [1, 2, 3]
    assert render.page_window(50, 5400) == [1, 0, 48, 49, 50, 51, 52, 0, 5400]
    assert render.page_window(5400, 5400) == [1, 0, 5398, 5399, 5400]
    assert render.page_window(4, 9) == [1, 2, 3, 4, 5, 6, 0, 9]
    pages = list(render.paginate("/x/", list(range(20_000)), 2))
    assert max(len(pager["pages"]) for _, pager in pages) == 9


def test_paginate_exact_and_empty() -> None:
    assert [p for p, _ in render.paginate("/", list(range(4)), 2)] == ["/", "/page/2/"]
    empty = list(render.paginate("/", [], 20))
    assert len(empty) == 1
    path, pager = empty[0]
    assert path == "/" and pager["items"] == [] and pager["total"] == 1 and pager["next"] is None


# --- page plan ------------------------------------------------------------------------------


def test_plan_pages_kinds_and_paths(site: Site) -> None:
    plan = render.plan_pages(site, render.QAReport())
    got = [(p.path, p.template) for p in plan]
    assert len(set(got)) == len(got) and len({p.path for p in plan}) == len(plan)
    assert set(got) == {
        ("/articles/a/", "article.html"),
        ("/articles/b/", "article.html"),
        ("/articles/c/", "article.html"),
        ("/articles/d/", "article.html"),
        ("/articles/e/", "article.html"),
        ("/", "home.html"),
        ("/page/2/", "home.html"),
        ("/page/3/", "home.html"),
        ("/topics/", "topics.html"),
        ("/topics/science/", "topic.html"),
        ("/topics/astronomy/", "topic.html"),  # custom topic: still a page
        ("/archive/", "archive.html"),
        ("/archive/2024/", "archive_year.html"),
        ("/archive/2024/03/", "archive_month.html"),  # month precision only: no day page
        ("/archive/2024/01/", "archive_month.html"),
        ("/archive/2024/01/09/", "archive_day.html"),
        ("/archive/2024/01/01/", "archive_day.html"),
        ("/archive/2023/", "archive_year.html"),  # year precision only: no month page
        ("/archive/undated/", "archive_undated.html"),
        ("/entities/", "entities.html"),
        ("/people/", "entity_type.html"),
        ("/people/ann-lee/", "entity.html"),
        ("/organizations/", "entity_type.html"),
        ("/places/", "entity_type.html"),
        ("/places/oslo/", "entity.html"),
        ("/search/", "search.html"),
        ("/qa/", "qa.html"),
        ("/404.html", "404.html"),
    }
    no_sitemap = {p.path for p in plan if not p.sitemap}
    assert no_sitemap == {"/qa/", "/404.html"}
    by_path = {p.path: p for p in plan}
    assert by_path["/"].title == "Latest news" and by_path["/page/2/"].title == "Latest news, page 2"
    assert [a.slug for a in by_path["/page/3/"].context["pager"]["items"]] == ["c"]
    assert by_path["/archive/2024/01/09/"].title == "9 January 2024"
    article = by_path["/articles/a/"].context
    assert article["next"].slug == "e" and article["previous"].slug == "d"
    assert [t.name for t in article["topic_refs"]] == ["Science"]


def test_plan_pages_without_undated_articles_has_no_undated_page(tmp_path: Path) -> None:
    plan = render.plan_pages(make_site(tmp_path, [art("a", dt.date(2024, 1, 1))]), render.QAReport())
    assert not any(p.path.startswith("/archive/undated/") for p in plan)


def test_quality_report_is_split_into_pages(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "QA_ROWS", 2)
    calls = tuple(("a.txt", Decision(n, f"Odd line {n}", False, 0.55, "short")) for n in range(1, 8))
    plan = [p for p in render.plan_pages(site, render.QAReport(low_confidence=calls)) if p.template == "qa.html"]
    # 7 calls and 5 articles, 2 rows of each a page: 4 pages
    assert [p.path for p in plan] == ["/qa/", "/qa/page/2/", "/qa/page/3/", "/qa/page/4/"]
    assert not any(p.sitemap for p in plan) and plan[1].title == "Quality report, page 2"
    out = render.render_pages(render.make_environment(site.config), site, plan)
    pages = [out[urls.Urls.output_path(p.path)].decode() for p in plan]
    href = urls.Urls(site.config.base_url).href
    shown = [[n for n in range(1, 8) if f"Odd line {n}<" in page] for page in pages]
    assert shown == [[1, 2], [3, 4], [5, 6], [7]]
    rows = [a.slug for a in site.articles]
    assert href(f"/articles/{rows[2]}/") in pages[1] and href(f"/articles/{rows[0]}/") not in pages[1]
    assert "Dates and topics" not in pages[3]  # the articles ran out on page 3
    assert "Pages with hand edits" in pages[0] and f'href="{href("/qa/")}"' in pages[1]
    assert f'rel="next" href="{href("/qa/page/3/")}"' in pages[1] and 'name="robots" content="noindex"' in pages[1]


def test_render_pages_writes_every_planned_page(site: Site) -> None:
    plan = render.plan_pages(site, render.QAReport())
    seen: list[str] = []
    out = render.render_pages(render.make_environment(site.config), site, plan, on_page=lambda p: seen.append(p.path))
    assert seen == [p.path for p in plan]
    assert set(out) == {urls.Urls.output_path(p.path) for p in plan}
    home = out["index.html"].decode()
    assert 'href="/news/articles/b/"' in home
    for href in re.findall(r'(?:href|src)="([^"]+)"', home):  # every link carries the base URL's folder
        assert href.startswith(("/news/", "#", "https://x.org/news/")), href


# --- JSON-LD --------------------------------------------------------------------------------

EVIL = 'Breaking </script><script>alert("x")</script> & <!-- news'


def test_jsonld_is_valid_json_that_cannot_leave_its_script(tmp_path: Path) -> None:
    a = art("evil", dt.date(2024, 3, 1), "month", title=EVIL, entities=[EntityMention("</script>", "person", 1)])
    site = make_site(tmp_path, [a])
    text = render.news_article_jsonld(site, a)
    assert "<" not in text and ">" not in text and "&" not in text
    data = json.loads(text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == EVIL
    assert data["datePublished"] == "2024-03"
    assert data["url"] == data["mainEntityOfPage"] == "https://x.org/news/articles/evil/"
    assert data["about"] == [{"@type": "Person", "name": "</script>"}]


def test_jsonld_in_the_rendered_article_page(tmp_path: Path) -> None:
    a = art("evil", dt.date(2024, 3, 5), title=EVIL)
    site = make_site(tmp_path, [a, art("u", None)])
    plan = [p for p in render.plan_pages(site, render.QAReport()) if p.template == "article.html"]
    out = render.render_pages(render.make_environment(site.config), site, plan)
    page = out["articles/evil/index.html"].decode()
    start = page.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    script = page[start : page.index("</script>", start)]  # where the browser ends the element
    data = json.loads(script)
    assert data["headline"] == EVIL and data["datePublished"] == "2024-03-05"
    assert "<script>alert" not in page  # the title is escaped everywhere else too
    undated = json.loads(re.search(r'ld\+json">(.*?)</script>', out["articles/u/index.html"].decode(), re.S).group(1))  # type: ignore[union-attr]
    assert "datePublished" not in undated


# --- template errors ------------------------------------------------------------------------


def broken_theme(tmp_path: Path, files: dict[str, str]) -> tuple[Site, list[render.Page]]:
    for rel, text in files.items():
        path = tmp_path / "templates" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    site = make_site(tmp_path, [art("a", dt.date(2024, 1, 1))])
    plan = [p for p in render.plan_pages(site, render.QAReport()) if p.template == "article.html"]
    return site, plan


def render_error(tmp_path: Path, files: dict[str, str]) -> ThemeError:
    site, plan = broken_theme(tmp_path, files)
    with pytest.raises(ThemeError) as info:
        render.render_pages(render.make_environment(site.config), site, plan)
    return info.value


def test_template_syntax_error_names_template_and_line(tmp_path: Path) -> None:
    err = render_error(tmp_path, {"article.html": "<p>one</p>\n<p>two</p>\n{% if %}\n"})
    assert err.path == str(tmp_path / "templates" / "article.html")
    assert err.line == 3
    assert str(err).startswith(f"{tmp_path / 'templates' / 'article.html'}:3: template error")


def test_unknown_filter_names_template_and_line(tmp_path: Path) -> None:
    err = render_error(tmp_path, {"article.html": "x\n{{ article.title | nofilter }}\n"})
    assert err.path == str(tmp_path / "templates" / "article.html") and err.line == 2


def test_template_runtime_error_names_template_line_and_page(tmp_path: Path) -> None:
    err = render_error(tmp_path, {"article.html": "a\n\n\n{{ article.nope.deeper }}\n"})
    assert err.path == str(tmp_path / "templates" / "article.html")
    assert err.line == 4
    assert "/articles/a/" in err.message and "nope" in err.message


def test_error_in_an_included_template_names_the_partial(tmp_path: Path) -> None:
    err = render_error(
        tmp_path,
        {"article.html": "x\n{% include 'partials/bad.html' %}\n", "partials/bad.html": "ok\n\n{{ nothing_here }}\n"},
    )
    assert err.path == str(tmp_path / "templates" / "partials" / "bad.html")
    assert err.line == 3
    assert "nothing_here" in err.message


def test_missing_page_template(tmp_path: Path) -> None:
    site = make_site(tmp_path, [])
    with pytest.raises(ThemeError) as info:
        render.render_pages(render.make_environment(site.config), site, [render.Page("/x/", "nope.html")])
    assert info.value.path == "nope.html"
    assert "template not found: nope.html" in info.value.message


def test_arithmetic_error_in_a_template_is_a_theme_error(tmp_path: Path) -> None:
    err = render_error(tmp_path, {"article.html": "x\n{{ article.word_count // 0 }}\n"})
    assert err.path == str(tmp_path / "templates" / "article.html") and err.line == 2


def test_missing_include_names_template_and_line(tmp_path: Path) -> None:
    err = render_error(tmp_path, {"article.html": "x\n\n{% include 'missing.html' %}\n"})
    assert "missing.html" in err.message
    assert err.path == str(tmp_path / "templates" / "article.html") and err.line == 3
