"""Full-text search: Pagefind, fed one lean record per article.

Only article pages are searchable (index pages are not): each record is a small HTML document
with the title weighted, the body text, the filters (topic, year, people, organizations,
places) and a date sort key, so the index costs a fraction of indexing whole pages.

Pagefind runs as its command-line program on the folder of records. (Its Python API's service
is stopped as soon as it answers "files written", which can leave the last files it writes
empty.) Pagefind writes its filter files in hash-map order, so they are then rewritten in
sorted order under names derived from their content: the bundle is byte-identical from one
build of the same input to the next.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

import cbor2

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
        f"<main data-pagefind-body>"
        f'<h1 data-pagefind-weight="8" data-pagefind-meta="title">{esc(a.title)}</h1>'
        f'<span data-pagefind-meta="date:{esc(format_date(a.date))}" data-pagefind-sort="date:{sort}"></span>'
        f"<div data-pagefind-ignore hidden>{''.join(filters)}</div>"
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


def _run_pagefind(records_dir: Path, out: Path, language: str) -> int:
    from pagefind.service import get_executable

    exe = get_executable()
    if exe is None:
        raise SearchError("search indexing needs the Pagefind binary: pip install 'pagefind[bin]'", out)
    command = [str(exe), "--site", str(records_dir.resolve()), "--output-path", str(out.resolve())]
    command += ["--force-language", language, "--quiet"]
    # Run from the records folder so that a pagefind.yml lying in the user's folder can't apply.
    done = subprocess.run(command, cwd=records_dir, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines() or [f"exit status {done.returncode}"]
        raise SearchError(f"search indexing failed: {detail[-1]}", out)
    entry = json.loads((out / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(int(lang.get("page_count", 0)) for lang in entry["languages"].values())


SIGNATURE = b"pagefind_dcd"


def _read_chunk(path: Path) -> object:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise SearchError("unexpected Pagefind file format", path)
    return cbor2.loads(data[len(SIGNATURE) :])


def _chunk_bytes(value: object) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), mtime=0)


def _content_name(language_prefix: str, value: object, length: int) -> str:
    return f"{language_prefix}_{hashlib.sha256(cbor2.dumps(value)).hexdigest()[:length]}"


def canonicalize_bundle(out: Path) -> None:
    """Rewrite the filter files (and the metadata and entry files that name them) in sorted
    order, named by their content, so that the same index gives the same bytes."""
    entry_path = out / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language in entry["languages"].values():
        meta_path = out / f"pagefind.{language['hash']}.pf_meta"
        meta = _read_chunk(meta_path)
        if not (isinstance(meta, list) and len(meta) > 3 and isinstance(meta[3], list)):
            raise SearchError("unexpected Pagefind metadata layout", meta_path)
        prefix = language["hash"].split("_", 1)[0]
        filters = []
        for name, chunk_hash in meta[3]:
            path = out / "filter" / f"{chunk_hash}.pf_filter"
            chunk = _read_chunk(path)
            if not (isinstance(chunk, list) and len(chunk) == 2 and isinstance(chunk[1], list)):
                raise SearchError("unexpected Pagefind filter layout", path)
            chunk = [chunk[0], sorted(chunk[1], key=lambda item: item[0])]
            new_hash = _content_name(prefix, chunk, 7)
            path.unlink()
            (out / "filter" / f"{new_hash}.pf_filter").write_bytes(_chunk_bytes(chunk))
            filters.append([name, new_hash])
        meta[3] = sorted(filters)
        new_meta = _content_name(prefix, meta, 10)
        meta_path.unlink()
        (out / f"pagefind.{new_meta}.pf_meta").write_bytes(_chunk_bytes(meta))
        language["hash"] = new_meta
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def build_index(articles: Sequence[Article], out: Path, base_url: str, records_dir: Path, language: str = "en") -> int:
    """Write the Pagefind bundle into ``out`` from one lean record per article."""
    write_records(articles, records_dir, base_url)
    if not articles:
        return 0
    try:
        count = _run_pagefind(records_dir, out, language)
        canonicalize_bundle(out)
    except SitegenError:
        raise
    except (OSError, ValueError, KeyError, TypeError, cbor2.CBORError) as exc:
        raise SearchError(f"search indexing failed: {exc}", out) from None
    return count
