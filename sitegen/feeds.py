"""Atom feeds, the sitemap, robots.txt and the JSON export for researchers (pure)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from xml.sax.saxutils import escape

from feedgen.feed import FeedGenerator

from sitegen import urls
from sitegen.collect import Site
from sitegen.model import ENTITY_KEYS, ENTITY_TYPES, Article
from sitegen.render import build_year, iso_date, newest_date

FEED_SIZE = 50


def _at(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)


def _as_of(site: Site) -> dt.datetime:
    """When the archive was last updated, as its content tells: its newest article's date (1
    January of the build's year when no article has a date). An undated article's feed entry
    says this instead of a made-up date of its own."""
    return _at(newest_date(site) or dt.date(build_year(site), 1, 1))


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(text: str) -> str:
    """Text as XML 1.0 allows it: control characters (ESC, form feed …) dropped."""
    return _NOT_XML.sub("", text)


def atom_feed(
    site: Site, path: str, title: str, articles: Sequence[Article], alternate: str, as_of: dt.datetime | None = None
) -> bytes:
    u = urls.Urls(site.config.base_url)
    fg = FeedGenerator()
    fg.id(u.absolute(path))
    fg.title(_x(title).strip() or "Feed")
    fg.subtitle(_x(site.config.description))
    fg.link(href=u.absolute(path), rel="self", type="application/atom+xml")
    fg.link(href=u.absolute(alternate), rel="alternate", type="text/html")
    fg.language(site.config.language)
    fg.generator("sitegen")
    items = list(articles[:FEED_SIZE])
    as_of = as_of or _as_of(site)
    fg.updated(max((_at(a.date.date) if a.date.date else as_of for a in items), default=as_of))
    for a in items:
        fe = fg.add_entry(order="append")
        link = u.absolute(urls.article(a.slug))
        fe.id(link)
        fe.title(_x(a.title).strip() or a.slug)
        fe.link(href=link, rel="alternate", type="text/html")
        if a.date.date:
            fe.updated(_at(a.date.date))
            fe.published(_at(a.date.date))
        else:  # Atom needs "updated"; "published" is left out: nobody knows it
            fe.updated(as_of)
        fe.summary(_x(a.summary or a.title).strip() or a.slug)
        for t in a.topics:
            if _x(t).strip():
                fe.category(term=_x(t))
        fe.author(name=_x(site.config.title))
    return bytes(fg.atom_str(pretty=True))


def feeds(site: Site) -> dict[str, bytes]:
    as_of = _as_of(site)  # once for all the feeds
    out = {urls.FEED.lstrip("/"): atom_feed(site, urls.FEED, site.config.title, site.articles, urls.HOME, as_of)}
    for t in site.topics:
        path = urls.topic_feed(t.slug)
        out[path.lstrip("/")] = atom_feed(site, path, f"{site.config.title}: {t.name}", t.articles, t.url, as_of)
    return out


SITEMAP_LIMIT = 50_000  # URLs per sitemap file (sitemaps.org)


def sitemaps(site: Site, paths: Sequence[str], limit: int = SITEMAP_LIMIT) -> dict[str, bytes]:
    """sitemap.xml; above ``limit`` URLs, an index of sitemaps/N.xml files of ``limit`` each."""
    u = urls.Urls(site.config.base_url)
    lastmod = {urls.article(a.slug): a.date.date for a in site.articles if a.date.date}
    rows = []
    for p in sorted(paths):
        mod = lastmod.get(p)
        extra = f"<lastmod>{mod.isoformat()}</lastmod>" if mod else ""
        rows.append(f"  <url><loc>{escape(u.absolute(p))}</loc>{extra}</url>")
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

    def urlset(chunk: list[str]) -> bytes:
        return (head + f"<urlset {ns}>\n" + "\n".join(chunk) + "\n</urlset>\n").encode()

    name = urls.SITEMAP.lstrip("/")
    if len(rows) <= limit:
        return {name: urlset(rows)}
    out: dict[str, bytes] = {}
    index = []
    for n, start in enumerate(range(0, len(rows), limit), 1):
        out[f"sitemaps/{n}.xml"] = urlset(rows[start : start + limit])
        index.append(f"  <sitemap><loc>{escape(u.absolute(f'/sitemaps/{n}.xml'))}</loc></sitemap>")
    out[name] = (head + f"<sitemapindex {ns}>\n" + "\n".join(index) + "\n</sitemapindex>\n").encode()
    return out


def robots(site: Site) -> bytes:
    u = urls.Urls(site.config.base_url)
    return f"User-agent: *\nDisallow: {u.href(urls.QA)}\n\nSitemap: {u.absolute(urls.SITEMAP)}\n".encode()


def data_export(site: Site) -> dict[str, bytes]:
    """articles.json and entities.json: the enriched archive for researchers (see docs/data.md)."""
    u = urls.Urls(site.config.base_url)
    articles = (
        {
            "slug": a.slug,
            "url": u.absolute(urls.article(a.slug)),
            "title": a.title,
            "date": a.date.date.isoformat() if a.date.date else None,
            "date_precision": a.date.precision,
            "date_evidence": a.date.evidence,
            "topics": list(a.topics),
            "entities": {ENTITY_KEYS[t]: a.entity_names(t) for t in ENTITY_TYPES},
            "source": {"file": a.source_file, "lines": list(a.source_lines)},
            "summary": a.summary,
            "word_count": a.word_count,
            "body_markdown": a.body_markdown,
        }
        for a in site.articles
    )
    entities = (
        {
            "name": e.name,
            "type": t,
            "url": u.absolute(e.url),
            "aliases": list(e.aliases),
            "mentions": e.mentions,
            "articles": [a.slug for a in e.articles],
            "first_date": iso_date(e.first_date) if e.first_date else None,
            "last_date": iso_date(e.last_date) if e.last_date else None,
            "co_occurring": [{"name": r.name, "type": r.type, "articles": n} for r, n in e.co_occurring],
        }
        for t in ENTITY_TYPES
        for e in site.entities[t]
    )
    return {
        urls.DATA_ARTICLES.lstrip("/"): _json_rows("articles", len(site.articles), articles),
        urls.DATA_ENTITIES.lstrip("/"): _json_rows("entities", sum(map(len, site.entities.values())), entities),
    }


_compact = json.JSONEncoder(ensure_ascii=False).encode  # the C encoder (json.dumps with indent is pure Python)


def _json_rows(key: str, count: int, rows: Iterable[Mapping[str, object]]) -> bytes:
    """``{"count": n, key: [...]}`` with one row per line: readable, diffable and quick to write.
    Each row is encoded as it comes and the file joined once (at 100,000 articles with their
    text, ~350 MB: no row dicts kept, no second copy of the text)."""
    parts = [f'{{"count": {count}, {_compact(key)}: ['.encode()]
    sep = b"\n"
    for row in rows:
        parts += (sep, _compact(row).encode())
        sep = b",\n"
    parts.append(b"\n]}\n" if len(parts) > 1 else b"]}\n")
    return b"".join(parts)
