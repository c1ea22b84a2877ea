"""Theme loading and rendering: Site → {output path: bytes} (pure apart from reading templates)."""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from sitegen import urls
from sitegen.collect import EntityRef, Site
from sitegen.config import Config, builtin_theme_dir
from sitegen.errors import ThemeError
from sitegen.model import ENTITY_KEYS, ENTITY_TYPES, Article, DateInfo, Decision

MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
TYPE_LABELS = {"person": "People", "organization": "Organizations", "place": "Places"}
QA_ROWS = 500  # rows per page of each of the quality report's tables
_md = MarkdownIt("commonmark", {"html": False, "typographer": False})


@dataclass(frozen=True)
class Page:
    """One HTML page to render: its site path, template and own context.

    ``shows`` is what the built-in template displays of that context (a list page shows a few
    fields of the articles on it, not their text): with the built-in templates, the page is
    rendered again only when that changes. Overridden templates may read anything, so their
    pages are compared by their whole context.
    """

    path: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    sitemap: bool = True
    shows: Any = None


@dataclass(frozen=True)
class QAReport:
    """What the build wants an editor to check, shown on the QA page."""

    low_confidence: tuple[tuple[str, Decision], ...] = ()  # (corpus file, decision)
    edited_pages: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (slug, fields kept from the editor)


# --- formatting -----------------------------------------------------------------------------


def format_date(info: DateInfo) -> str:
    d = info.date
    if d is None or info.precision == "unknown":
        return "Undated"
    if info.precision == "year":
        return str(d.year)
    if info.precision == "month":
        return f"{MONTH_NAMES[d.month - 1]} {d.year}"
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def iso_date(info: DateInfo) -> str:
    d = info.date
    if d is None:
        return ""
    if info.precision == "year":
        return f"{d.year:04d}"
    if info.precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def markdown(text: str) -> Markup:
    return Markup(_md.render(text))


_EDITORS_NOTE = re.compile(r"^\*\*\s*Editor[’']s\s+Note\s*:?\s*\*\*", re.IGNORECASE)


# What makes a line more than a paragraph of text in CommonMark: a block marker at its start,
# inline syntax anywhere (code, emphasis, links, autolinks, HTML, entities; a backslash is
# handled apart), a line break.
_BLOCK_START = re.compile(r"[\s#>+*=_`~<|-]|\d{1,9}[.)](?:[ \t]|$)")
_INLINE_SYNTAX = re.compile(r"[`*_\[\]<\\\n\r\x00]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash escape: the ASCII punctuation it makes literal


def _plain_inline(text: str) -> str | None:
    """``text`` as HTML, when it is plain text apart from backslash escapes (what markdown-it
    would make of it, byte for byte); None when it holds any other Markdown syntax."""
    if not text or text != text.strip():
        return None
    bare = _ESCAPED.sub("x", text) if "\\" in text else text  # what the escapes leave
    if _INLINE_SYNTAX.search(bare) is not None or ("&" in bare and _ENTITY.search(bare) is not None):
        return None
    literal = _ESCAPED.sub(r"\1", text) if bare is not text else text
    return literal.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _plain_body(text: str) -> str | None:
    """The HTML of a body made only of one-line paragraphs and ``## `` headings of plain text
    separated by blank lines (what sitegen generates from a corpus), the same as markdown-it
    renders it; None for anything else, which goes through markdown-it."""
    if not text.endswith("\n") or text.endswith("\n\n"):
        return None
    out = []
    for block in text[:-1].split("\n\n"):
        if block.startswith("## "):
            inner = block[3:]
            html_text = _plain_inline(inner) if not inner.endswith("#") else None
            if html_text is None:
                return None
            out.append(f"<h2>{html_text}</h2>\n")
        else:
            html_text = _plain_inline(block) if _BLOCK_START.match(block) is None else None
            if html_text is None:
                return None
            out.append(f"<p>{html_text}</p>\n")
    return "".join(out)


def article_body(text: str) -> Markup:
    """An article's Markdown as HTML; a blockquote that starts with **Editor's Note:** becomes
    ``<div class="editors-note" role="note" aria-label="Editor's note">`` instead of a quotation.
    A body of plain paragraphs and headings (most generated pages) skips the Markdown parser."""
    plain = _plain_body(text)
    return Markup(plain) if plain is not None else _parsed_body(text)


def _parsed_body(text: str) -> Markup:
    """``article_body`` through markdown-it, for any Markdown."""
    tokens = _md.parse(text)
    stack: list[bool] = []
    for i, tok in enumerate(tokens):
        if tok.type == "blockquote_open":
            first = tokens[i + 2] if i + 2 < len(tokens) else None
            note = first is not None and first.type == "inline" and bool(_EDITORS_NOTE.match(first.content))
            stack.append(note)
            if note:
                tok.tag = "div"
                tok.attrSet("class", "editors-note")
                tok.attrSet("role", "note")
                tok.attrSet("aria-label", "Editor's note")
        elif tok.type == "blockquote_close" and stack and stack.pop():
            tok.tag = "div"
    return Markup(_md.renderer.render(tokens, _md.options, {}))


def month_chart(articles: Sequence[Article], prefix: str = "/", width: int = 640, height: int = 160) -> Markup:
    """An inline SVG bar chart of articles per month, drawn at build time."""
    counts: Counter[tuple[int, int]] = Counter(
        (a.date.date.year, a.date.date.month)
        for a in articles
        if a.date.date is not None and a.date.precision in ("day", "month")
    )
    if not counts:
        return Markup("")
    first, last = min(counts), max(counts)
    months: list[tuple[int, int]] = []
    y, m = first
    while (y, m) <= last and len(months) < 600:
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    peak = max(counts.values())
    pad_b, pad_t = 28, 14
    bar_w = width / len(months)
    total = sum(counts.values())
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f"<title>Articles per month: {total} article{'s' if total != 1 else ''} over {len(months)} months, "
        f"at most {peak} in a month</title>"
    ]
    # The axis line, then one bar per month; a month with articles links to its archive page.
    parts.append(f'<line class="axis" x1="0" x2="{width}" y1="{height - pad_b + 0.5}" y2="{height - pad_b + 0.5}"/>')
    for i, (yy, mm) in enumerate(months):
        n = counts.get((yy, mm), 0)
        h = (height - pad_b - pad_t) * n / peak
        x = i * bar_w
        label = f"{MONTH_NAMES[mm - 1]} {yy}: {n} article{'s' if n != 1 else ''}"
        if n:
            parts.append(
                f'<a href="{html.escape(prefix)}archive/{yy:04d}/{mm:02d}/" aria-label="{label}">'
                f'<rect x="{x + bar_w * 0.1:.1f}" y="{height - pad_b - h:.1f}" width="{bar_w * 0.8:.1f}" '
                f'height="{max(h, 1):.1f}"><title>{label}</title></rect></a>'
            )
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - pad_b - h - 3:.1f}" text-anchor="middle" aria-hidden="true">{n}</text>'
            )
        if len(months) <= 24 or mm == 1:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - 10}" text-anchor="middle" aria-hidden="true">'
                f"{MONTH_NAMES[mm - 1][:3]}{' ' + str(yy)[2:] if mm == 1 or i == 0 else ''}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


# --- environment ----------------------------------------------------------------------------


def make_environment(config: Config, *, auto_reload: bool = True) -> jinja2.Environment:
    """The theme's Jinja environment. ``auto_reload=False`` for one build's environment: its
    templates don't change while it renders (their digest was taken at its start), so Jinja need
    not look at each template file's time again whenever a page extends or includes it."""
    loader = jinja2.ChoiceLoader(
        [
            jinja2.FileSystemLoader([str(d) for d in config.template_dirs if d.is_dir()]),
            # "default/base.html" always names the built-in file, so an override can extend it.
            jinja2.PrefixLoader({"default": jinja2.FileSystemLoader(str(builtin_theme_dir("default") / "templates"))}),
        ]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=auto_reload,
    )
    u = urls.Urls(config.base_url)
    static_dirs = config.static_dirs

    @functools.cache
    def has_static(name: str) -> bool:
        """Whether a theme or site static folder provides /static/<name> (e.g. extra.css); asked
        once per environment (one build), not once per page."""
        return any((d / name).is_file() for d in static_dirs)

    made: dict[int, tuple[Article, Markup]] = {}

    def card(a: Article) -> Markup:
        """``partials/card.html`` for article ``a``, rendered once per environment (one build):
        the same article is listed on its topic, date, entity and home pages."""
        hit = made.get(id(a))
        if hit is None or hit[0] is not a:
            hit = made[id(a)] = (a, Markup(env.get_template("partials/card.html").render(a=a).strip()))
        return hit[1]

    env.globals.update(
        urls=urls,
        card=card,
        TYPE_LABELS=TYPE_LABELS,
        ENTITY_KEYS=ENTITY_KEYS,
        ENTITY_TYPES=ENTITY_TYPES,
        has_static=has_static,
        search_enabled=config.search,
    )
    env.filters.update(
        href=u.href,
        absolute=u.absolute,
        format_date=format_date,
        iso_date=iso_date,
        markdown=markdown,
        article_body=article_body,
        month_name=lambda m: MONTH_NAMES[int(m) - 1],
        tojson_attr=lambda v: json.dumps(v, ensure_ascii=False),
        thousands=lambda n: f"{n:,}",
    )
    return env


# --- pages ----------------------------------------------------------------------------------


def page_window(number: int, total: int, spread: int = 2) -> list[int]:
    """The page numbers a pager links: the first, the last and ``spread`` either side of this
    one; 0 marks a gap. Its length is bounded, so a list of thousands of pages stays small."""
    shown = sorted({1, total, *range(max(1, number - spread), min(total, number + spread) + 1)})
    out: list[int] = []
    for i in shown:
        if out and i > out[-1] + 1:
            out.append(0)
        out.append(i)
    return out


def paginate(path: str, items: Sequence[Any], per_page: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path, pager) for each page of a list; the first page keeps the plain path."""
    total = max(1, -(-len(items) // per_page))
    for n in range(1, total + 1):
        pager = {
            "items": items[(n - 1) * per_page : n * per_page],
            "number": n,
            "total": total,
            "count": len(items),
            "previous": urls.paged(path, n - 1) if n > 1 else None,
            "next": urls.paged(path, n + 1) if n < total else None,
            "first": path,
            "pages": [(i, urls.paged(path, i) if i else None) for i in page_window(n, total)],
        }
        yield urls.paged(path, n), pager


def card(a: Article) -> tuple[Any, ...]:
    """What a list shows of an article."""
    return (a.slug, a.title, a.date, a.topics, a.summary)


class Cards:
    """``card(a)``, made once per article: every list that shows the article holds the same
    tuple, so the page digests (which remember what they have hashed) hash it once."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[Article, tuple[Any, ...]]] = {}

    def __call__(self, a: Article) -> tuple[Any, ...]:
        hit = self._made.get(id(a))
        if hit is None or hit[0] is not a:
            hit = self._made[id(a)] = (a, card(a))
        return hit[1]


def _pager_shows(pager: dict[str, Any], cards: Cards) -> tuple[Any, ...]:
    return (*(v for k, v in pager.items() if k != "items"), [cards(a) for a in pager["items"]])


def _link(a: Article | None) -> tuple[str, str] | None:
    return (a.slug, a.title) if a else None


def article_page(site: Site, a: Article, cards: Cards | None = None) -> Page:
    """The page of article ``a``, with its neighbours, related articles, topics and entities."""
    related = site.related.get(a.slug, ())
    previous, following = site.previous.get(a.slug), site.next.get(a.slug)
    context: dict[str, Any] = {
        "article": a,
        "related": related,
        "previous": previous,
        "next": following,
        "entity_groups": _entity_groups(site, a),
        "topic_refs": [site.topic_of[t].ref for t in a.topics if t in site.topic_of],
        "jsonld": news_article_jsonld(site, a),
    }
    shows = {
        **context,
        "related": [(cards or card)(r) for r in related],
        "previous": _link(previous),
        "next": _link(following),
    }
    return Page(urls.article(a.slug), "article.html", context, a.title, shows=shows)


def plan_pages(site: Site, qa: QAReport) -> list[Page]:
    """Every HTML page of the site, with its own context."""
    cfg = site.config
    per = cfg.per_page
    prefix = urls.Urls(cfg.base_url).prefix

    def chart(articles: Sequence[Article]) -> Markup:
        return month_chart(articles, prefix)

    cards = Cards()
    pages: list[Page] = [article_page(site, a, cards) for a in site.articles]
    # Pages that only link to topics and entities get small refs (name, link, count), so they are
    # not rendered again whenever any article of those topics or entities changes.
    top_entities = {t: [(e.ref, len(e.articles)) for e in site.entities[t][:10]] for t in ENTITY_TYPES}
    topic_refs = [t.ref for t in site.topics]
    home_common = {"topics": topic_refs, "top_entities": top_entities, "chart": chart(site.articles)}
    for path, pager in paginate(urls.HOME, site.articles, per):
        pages.append(
            Page(
                path,
                "home.html",
                {"pager": pager, **home_common},
                "Latest news" if pager["number"] == 1 else f"Latest news, page {pager['number']}",
                shows=(home_common, _pager_shows(pager, cards)),
            )
        )
    pages.append(
        Page(urls.TOPICS, "topics.html", {"topics": site.topics}, "Topics", shows=[t.ref for t in site.topics])
    )
    for t in site.topics:
        topic_chart, co_entities = chart(t.articles), _co_entities(site, t.articles)
        for path, pager in paginate(t.url, t.articles, per):
            pages.append(
                Page(
                    path,
                    "topic.html",
                    {"topic": t, "pager": pager, "chart": topic_chart, "co_entities": co_entities},
                    t.name,
                    shows=(t.ref, topic_chart, co_entities, _pager_shows(pager, cards)),
                )
            )
    years_shown = [(y.year, len(y.articles), [(m.month, len(m.articles)) for m in y.months]) for y in site.years]
    pages.append(
        Page(
            urls.archive(),
            "archive.html",
            {"years": site.years, "undated": site.undated},
            "Archive",
            shows=(years_shown, len(site.undated)),
        )
    )
    for y, y_shown in zip(site.years, years_shown, strict=True):
        y_chart = chart(y.articles)
        year_only = [cards(a) for a in y.articles if a.date.precision == "year"]
        pages.append(
            Page(
                urls.archive(y.year),
                "archive_year.html",
                {"year": y, "chart": y_chart},
                str(y.year),
                shows=(y_shown, y_chart, year_only),
            )
        )
        for m in y.months:
            label = f"{MONTH_NAMES[m.month - 1]} {m.year}"
            days_shown = [(d.date, len(d.articles)) for d in m.days]
            for path, pager in paginate(urls.archive(m.year, m.month), m.articles, per):
                pages.append(
                    Page(
                        path,
                        "archive_month.html",
                        {"month": m, "pager": pager},
                        label,
                        shows=(m.year, m.month, days_shown, _pager_shows(pager, cards)),
                    )
                )
            for d in m.days:
                pages.append(
                    Page(
                        urls.archive(d.date.year, d.date.month, d.date.day),
                        "archive_day.html",
                        {"day": d},
                        f"{d.date.day} {label}",
                        shows=(d.date, [cards(a) for a in d.articles]),
                    )
                )
    if site.undated:
        for path, pager in paginate("/archive/undated/", site.undated, per):
            pages.append(
                Page(
                    path, "archive_undated.html", {"pager": pager}, "Undated articles", shows=_pager_shows(pager, cards)
                )
            )
    pages.append(
        Page(
            urls.ENTITIES,
            "entities.html",
            {"entities": site.entities},
            "People, organizations and places",
            shows={t: (len(es), [(e.ref, len(e.articles)) for e in es[:30]]) for t, es in site.entities.items()},
        )
    )
    for type_ in ENTITY_TYPES:
        pages.append(
            Page(
                urls.entity_type_index(type_),
                "entity_type.html",
                {"type": type_, "entities": site.entities[type_]},
                TYPE_LABELS[type_],
                shows=(type_, [(e.ref, e.aliases, len(e.articles), e.mentions) for e in site.entities[type_]]),
            )
        )
        for e in site.entities[type_]:
            entity_chart = chart(e.articles)
            facts = (e.ref, e.aliases, e.mentions, len(e.articles), e.first_date, e.last_date, e.co_occurring)
            for path, pager in paginate(e.url, e.articles, per):
                sentences = [e.sentences.get(a.slug) for a in pager["items"]]
                pages.append(
                    Page(
                        path,
                        "entity.html",
                        {"entity": e, "pager": pager, "chart": entity_chart},
                        e.name,
                        shows=(facts, entity_chart, _pager_shows(pager, cards), sentences),
                    )
                )
    pages.append(Page(urls.SEARCH, "search.html", {"topics": site.topics}, "Search", shows=()))
    # The report's two long tables (the segmentation calls, every article's date and topics) go
    # QA_ROWS rows a page side by side (one page of 100,000 articles would be ~50 MB).
    calls, listed = qa.low_confidence, site.articles
    for path, pager in paginate(urls.QA, range(max(len(calls), len(listed))), QA_ROWS):
        rows = pager.pop("items")  # this page's row numbers
        title = "Quality report" if pager["number"] == 1 else f"Quality report, page {pager['number']}"
        context = {
            "qa": qa,
            "calls": calls[rows.start : rows.stop],
            "articles": listed[rows.start : rows.stop],
            "pager": pager,
        }
        pages.append(Page(path, "qa.html", context, title, sitemap=False))
    pages.append(Page(urls.NOT_FOUND, "404.html", {}, "Page not found", sitemap=False))
    return pages


def news_article_jsonld(site: Site, a: Article) -> str:
    """schema.org NewsArticle, safe to embed in a <script> element."""
    u = urls.Urls(site.config.base_url)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title[:110],
        "url": u.absolute(urls.article(a.slug)),
        "mainEntityOfPage": u.absolute(urls.article(a.slug)),
        "description": a.summary,
        "wordCount": a.word_count,
        "articleSection": list(a.topics),
        "inLanguage": site.config.language,
        "isAccessibleForFree": True,
        "publisher": {"@type": "Organization", "name": site.config.title, "url": u.absolute(urls.HOME)},
        "author": {"@type": "Organization", "name": site.config.title, "url": u.absolute(urls.HOME)},
        "about": [
            {"@type": {"person": "Person", "organization": "Organization", "place": "Place"}[e.type], "name": e.name}
            for e in a.entities[:20]
        ],
    }
    if a.date.date:
        data["datePublished"] = iso_date(a.date)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _entity_groups(site: Site, a: Article) -> list[tuple[str, list[EntityRef]]]:
    groups: list[tuple[str, list[EntityRef]]] = []
    for type_ in ENTITY_TYPES:
        items = [
            site.entity_of[(e.type, e.name)].ref
            for e in a.entities
            if e.type == type_ and (e.type, e.name) in site.entity_of
        ]
        if items:
            groups.append((type_, items))
    return groups


def _co_entities(site: Site, articles: Sequence[Article], limit: int = 15) -> list[tuple[EntityRef, int]]:
    counts: Counter[tuple[str, str]] = Counter()
    for a in articles:
        counts.update({(e.type, e.name) for e in a.entities})
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))[:limit]
    return [(site.entity_of[k].ref, n) for k, n in best if k in site.entity_of]  # type: ignore[index]


def render_pages(
    env: jinja2.Environment,
    site: Site,
    pages: Sequence[Page],
    on_page: Callable[[Page], None] | None = None,
    write: Callable[[str, bytes], None] | None = None,
) -> dict[str, bytes]:
    """Render each page through its template; a template error names the template and line.

    With ``write``, each page is handed over as soon as it is rendered (and not returned), so a
    large site is never held in memory whole.
    """
    out: dict[str, bytes] = {}
    u = urls.Urls(site.config.base_url)
    common = {"site": site, "config": site.config, "build_year": build_year(site)}
    cache: dict[str, jinja2.Template] = {}
    for page in pages:
        try:
            tpl = cache.get(page.template) or env.get_template(page.template)
            cache[page.template] = tpl
            text = tpl.render(page=page, **common, **page.context)
        except jinja2.TemplateSyntaxError as exc:
            raise ThemeError(f"template error: {exc.message}", exc.filename or exc.name, exc.lineno) from None
        except jinja2.TemplateNotFound as exc:
            filename, line = _template_location(exc)
            raise ThemeError(f"template not found: {exc.name}", filename or page.template, line) from None
        except Exception as exc:  # any error raised while a template runs is the theme's
            filename, line = _template_location(exc)
            raise ThemeError(
                f"template error while rendering {page.path}: {exc}", filename or page.template, line
            ) from None
        if write is not None:
            write(u.output_path(page.path), text.encode("utf-8"))
        else:
            out[u.output_path(page.path)] = text.encode("utf-8")
        if on_page:
            on_page(page)
    return out


def newest_date(site: Site) -> dt.date | None:
    """The newest article's date: how recent the archive is, as its content tells."""
    return max((a.date.date for a in site.articles if a.date.date), default=None)


def build_year(site: Site) -> int:
    newest = newest_date(site)
    return newest.year if newest else dt.date.today().year


def _template_location(exc: BaseException) -> tuple[str | None, int | None]:
    tb = exc.__traceback__
    found: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_globals.get("__jinja_template__") is not None or frame.f_code.co_filename.endswith(".html"):
            tpl = frame.f_globals.get("__jinja_template__")
            lineno = tpl.get_corresponding_lineno(tb.tb_lineno) if tpl else tb.tb_lineno
            found = (frame.f_code.co_filename, lineno)
        tb = tb.tb_next
    return found
