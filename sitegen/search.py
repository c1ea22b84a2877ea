"""Full-text search: Pagefind, fed one lean record per article through its Python API.

Only article pages are searchable (index pages are not): each record is a small HTML document
with the title weighted, the body text, the filters (topic, year, people, organizations,
places) and a date sort key, so the index costs a fraction of indexing whole pages.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Sequence
from pathlib import Path

from sitegen import urls
from sitegen.errors import SitegenError
from sitegen.model import ENTITY_KEYS, ENTITY_TYPES, Article
from sitegen.render import format_date

BUNDLE = "pagefind"


class SearchError(SitegenError):
    pass


def _plain(markdown_text: str) -> str:
    lines = []
    for line in markdown_text.splitlines():
        line = line.lstrip("#> ").replace("\\", "").replace("**", "")
        lines.append(line)
    return "\n".join(lines)


def record(a: Article, href: str) -> str:
    """The lean HTML that Pagefind indexes for one article."""
    esc = html.escape
    filters = []
    for t in a.topics:
        filters.append(f'<span data-pagefind-filter="topic">{esc(t)}</span>')
    if a.date.date:
        filters.append(f'<span data-pagefind-filter="year">{a.date.date.year}</span>')
    for type_ in ENTITY_TYPES:
        for name in a.entity_names(type_)[:25]:
            filters.append(f'<span data-pagefind-filter="{ENTITY_KEYS[type_]}">{esc(name)}</span>')
    sort = a.date.date.isoformat() if a.date.date else "0000-00-00"
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in _plain(a.body_markdown).split("\n\n") if p.strip())
    return (
        f'<html lang="en"><head><title>{esc(a.title)}</title></head><body>'
        f'<main data-pagefind-body>'
        f'<h1 data-pagefind-weight="8" data-pagefind-meta="title">{esc(a.title)}</h1>'
        f'<span data-pagefind-meta="date:{esc(format_date(a.date))}" data-pagefind-sort="date:{sort}"></span>'
        f'<div data-pagefind-ignore hidden>{"".join(filters)}</div>'
        f"{paragraphs}</main></body></html>"
    )


def write_records(articles: Sequence[Article], records_dir: Path, base_url: str) -> int:
    """Keep one lean HTML record per article under records_dir, at its URL's path.

    Unchanged records are left alone and stale ones removed, so the folder is also a cheap
    record of what the index holds.
    """
    u = urls.Urls(base_url)
    wanted: dict[Path, str] = {}
    for a in articles:
        href = u.href(urls.article(a.slug))
        wanted[records_dir / u.output_path(href)] = record(a, href)
    for path in records_dir.rglob("*.html") if records_dir.is_dir() else ():
        if path not in wanted:
            path.unlink()
    written = 0
    for path, text in wanted.items():
        data = text.encode("utf-8")
        try:
            if path.read_bytes() == data:
                continue
        except OSError:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1
    return written


async def _index(records_dir: Path, out_dir: Path, language: str) -> int:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(force_language=language, output_path=str(out_dir))
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(str(records_dir))
    return int(result.get("page_count", 0))


def build_index(
    articles: Sequence[Article], out: Path, base_url: str, records_dir: Path, language: str = "en"
) -> int:
    """Write the Pagefind bundle into ``out`` from one lean record per article.

    The records go to disk and Pagefind indexes the folder in one call: the Python API answers
    each single-file request after a fixed pause, which made per-record calls slow.
    """
    write_records(articles, records_dir, base_url)
    if not articles:
        return 0
    try:
        return asyncio.run(_index(records_dir, out, language))
    except SitegenError:
        raise
    except Exception as exc:  # the Pagefind service reports failures as assorted exceptions
        raise SearchError(f"search indexing failed: {exc}", out) from None
