"""Draft pages: the pages of just-edited articles, rendered ahead of the full rebuild (pure but
for reading the changed files).

When an editor saves a corpus file or a Markdown page, the preview server shows the edited
articles' own pages within a fraction of a second, from the new text and the last build's site
(its related lists, neighbours, topics and entities). The full incremental rebuild follows and
replaces them: enrichment, list pages, feeds and search catch up then. Anything a draft can't
do exactly (a new or removed article, a page edited by hand whose corpus text changed, a file
that doesn't parse) is simply left to the full rebuild.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import jinja2

from sitegen import corpus, pages, render
from sitegen.collect import Site
from sitegen.config import Config
from sitegen.errors import SitegenError
from sitegen.model import Article
from sitegen.segment import segment

Snapshot = dict[Path, tuple[int, int]]


def snapshot(config: Config) -> Snapshot:
    """(mtime, size) of every corpus file and Markdown page: what the drafts compare against."""
    out: Snapshot = {}
    for folder in (config.corpus_dir, config.articles_dir):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_file() and entry.name.endswith((".txt", ".md")):
                st = entry.stat()
                out[Path(entry.path)] = (st.st_mtime_ns, st.st_size)
    return out


def signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def changed_files(before: Snapshot, after: Snapshot) -> list[Path]:
    return sorted(p for p, sig in after.items() if before.get(p) != sig)


def draft_articles(
    config: Config, site: Site, changed: Iterable[Path], previous: Mapping[Path, str] | None = None
) -> list[Article]:
    """The articles of ``site`` whose text the changed files alter, as that text now reads.

    With ``previous`` (corpus file → its text at the last build), only the articles around the
    changed lines are segmented again, not the whole file."""
    by_slug = {a.slug: a for a in site.articles}
    drafts: dict[str, Article] = {}
    for path in changed:
        try:
            if path.parent == config.articles_dir and path.suffix == ".md":
                draft = _from_page(path)
                if draft is not None and draft.slug in by_slug and draft != by_slug[draft.slug]:
                    drafts[draft.slug] = draft
            elif path.parent == config.corpus_dir and path.suffix == ".txt":
                drafts.update(_from_corpus(config, site, path, (previous or {}).get(path)))
        except (SitegenError, OSError, UnicodeError):
            continue  # the full rebuild reports it
    return list(drafts.values())


def draft_pages(env: jinja2.Environment, site: Site, drafts: Iterable[Article]) -> dict[str, bytes]:
    """Output path → HTML of each draft article's page."""
    return render.render_pages(env, site, [render.article_page(site, a) for a in drafts])


def _from_page(path: Path) -> Article | None:
    text = path.read_text(encoding="utf-8")
    front, body = pages.parse_page(text, path)
    if not front:
        return None
    return pages.article_from_page(front, body, path, text)


def _from_corpus(config: Config, site: Site, path: Path, before: str | None) -> Mapping[str, Article]:
    source = corpus.read_corpus_file(path)
    old = sorted((a for a in site.articles if a.source_file == source.name), key=lambda a: a.source_lines)
    quick = _one_line_edit(before, source.text, old) if before is not None else None
    if quick is not None:
        return {a.slug: a for a in quick if _untouched(config, a.slug)}
    raws = segment(source.name, source.text, corpus.load_overrides(config.overrides_file)).articles
    if len(old) != len(raws):  # articles were added or removed: only the full rebuild can place them
        return {}
    out = {}
    for a, raw in zip(old, raws, strict=True):
        title, body = pages.headline_of(raw)[0], pages.body_markdown(raw)
        if (title, body) == (a.title, a.body_markdown):
            continue
        if not _untouched(config, a.slug):  # an editor's version of the page wins over the corpus
            continue
        out[a.slug] = dataclasses.replace(
            a,
            title=title,
            body_markdown=body,
            summary=pages.summary_of(raw),
            word_count=pages.word_count(raw),
            source_lines=(raw.first_line, raw.last_line),
        )
    return out


def _untouched(config: Config, slug: str) -> bool:
    page = config.articles_dir / f"{slug}.md"
    try:
        return pages.is_untouched(page.read_text(encoding="utf-8"), page)
    except (OSError, UnicodeError, SitegenError):
        return False


def _one_line_edit(before: str, after: str, old: list[Article]) -> list[Article] | None:
    """The common edit, without segmenting the file again: one line of one article changed (a
    paragraph or its headline), no line added or removed. None for anything else."""
    a, b = before.split("\n"), after.split("\n")
    if len(a) != len(b):
        return None
    changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(changed) != 1:
        return None
    line = changed[0] + 1
    holder = [x for x in old if x.source_lines[0] <= line <= x.source_lines[1]]
    was, now = a[line - 1].strip(), b[line - 1].strip()
    if len(holder) != 1 or not was or not now:
        return None
    art = holder[0]
    if line == art.source_lines[0]:  # the headline
        return [dataclasses.replace(art, title=now)] if art.title == was and len(now) <= pages.MAX_TITLE else None
    was_md, now_md = pages.escape_markdown(was), pages.escape_markdown(now)
    if art.body_markdown.count(was_md) != 1:
        return None
    return [
        dataclasses.replace(
            art,
            body_markdown=art.body_markdown.replace(was_md, now_md),
            word_count=art.word_count + len(now.split()) - len(was.split()),
        )
    ]
