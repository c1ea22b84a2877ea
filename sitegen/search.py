"""Full-text search: Pagefind, fed one lean record per article.

Only article pages are searchable (index pages are not): each record is a small HTML document
with the title weighted, the body text, the filters (topic, year, people, organizations,
places) and a date sort key, so the index costs a fraction of indexing whole pages.

The index is sharded by date (a year, or its quarters, months or runs of days when it holds
more than ``search_shard_size`` articles; undated articles last): Pagefind's memory grows by about 180 KB a
record, so one run per shard bounds it, an edit re-indexes only its shard, and the search page
merges the shards (newest first when sorting by date). ``shards.json`` lists them. Shards are
indexed side by side on the build's cores, on no more records together than one full shard while
the build renders its pages, on one full shard per core after that.

Pagefind runs as its command-line program on each shard's folder of records. (Its Python API's service
is stopped as soon as it answers "files written", which can leave the last files it writes
empty.) Pagefind writes its filter files in hash-map order, so they are then rewritten in
sorted order under names derived from their content: the bundle is byte-identical from one
build of the same input to the next.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import html
import json
import os
import shutil
import subprocess
import tempfile
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import cbor2

from sitegen import urls
from sitegen.errors import SitegenError
from sitegen.model import ENTITY_KEYS, ENTITY_TYPES, Article
from sitegen.output import replace_dir
from sitegen.render import format_date

BUNDLE = "pagefind"
MANIFEST = "shards.json"
SHARD_SIZE = 4000  # articles per Pagefind run: about 0.7 GB of its memory


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
    record of what the index holds. Returns how many records were written or removed.
    """
    u = urls.Urls(base_url)
    wanted: dict[Path, str] = {}
    for a in articles:
        href = u.href(urls.article(a.slug))
        wanted[records_dir / u.output_path(href)] = record(a, href)
    written = 0
    for path in records_dir.rglob("*.html") if records_dir.is_dir() else ():
        if path not in wanted:
            path.unlink()
            written += 1
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


class _Pagefind:
    """Pagefind's command-line program indexing one folder of records, running in the background
    (so the next shard's records are written meanwhile); ``wait()`` checks how it ended."""

    def __init__(self, records_dir: Path, out: Path, language: str, records: int, nice: int = 0) -> None:
        from pagefind.service import get_executable

        exe = get_executable()
        if exe is None:
            raise SearchError("search indexing needs the Pagefind binary: pip install 'pagefind[bin]'", out)
        command = [str(exe), "--site", str(records_dir.resolve()), "--output-path", str(out.resolve())]
        command += ["--force-language", language, "--quiet"]
        self.out, self.records = out, records
        # Its output goes to a file, not a pipe: nobody reads it while Pagefind runs. Closed by wait() or kill().
        self.log = tempfile.TemporaryFile()  # noqa: SIM115
        try:  # run from the records folder so that a pagefind.yml lying in the user's folder can't apply
            self.process = subprocess.Popen(command, cwd=records_dir, stdout=self.log, stderr=subprocess.STDOUT)
        except OSError:
            self.log.close()
            raise
        if nice and hasattr(os, "setpriority"):  # lower than this process's (raising it needs privileges)
            with contextlib.suppress(OSError):  # it has ended already
                os.setpriority(os.PRIO_PROCESS, self.process.pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + nice))

    def done(self) -> bool:
        return self.process.poll() is not None

    def wait(self) -> None:
        self.process.wait()
        self.log.seek(0)
        text = self.log.read().decode("utf-8", "replace")
        self.log.close()
        if self.process.returncode != 0:
            detail = text.strip().splitlines() or [f"exit status {self.process.returncode}"]
            raise SearchError(f"search indexing failed: {detail[-1]}", self.out)
        canonicalize_bundle(self.out)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self.log.close()


class _Runs:
    """Pagefind runs, up to ``jobs`` at once and together on no more than ``records`` records
    (Pagefind holds its whole index in memory: about 180 KB a record), or on ``jobs`` times as many
    once ``roomy()`` says the memory of the work beside them is free (the build's pages are
    rendered) and the machine has that much to spare."""

    def __init__(self, jobs: int, records: int, nice: int = 0, roomy: Callable[[], bool] | None = None) -> None:
        self.jobs, self.records, self.nice, self.roomy = max(1, jobs), records, nice, roomy
        self.running: list[_Pagefind] = []
        self.widened = False

    def start(self, records_dir: Path, out: Path, language: str, records: int) -> None:
        while self.running and (
            len(self.running) >= self.jobs or sum(r.records for r in self.running) + records > self._budget()
        ):
            if not self._reap():
                time.sleep(0.02)  # the budget may widen meanwhile
        self.running.append(_Pagefind(records_dir, out, language, records, self.nice))

    def _budget(self) -> int:
        if not self.widened and self.jobs > 1 and self.roomy is not None and self.roomy():
            extra = (self.jobs - 1) * self.records * RECORD_BYTES
            self.widened = spare_memory() >= 2 * extra  # with room for the rest of the machine's work
            self.roomy = None  # asked once: the answer holds for the rest of the build
        return self.records * (self.jobs if self.widened else 1)

    def _reap(self) -> bool:
        run = next((r for r in self.running if r.done()), None)
        if run is None:
            return False
        self.running.remove(run)
        run.wait()
        return True

    def wait_all(self) -> None:
        while self.running:
            if not self._reap():
                time.sleep(0.02)

    def kill_all(self) -> None:
        for run in self.running:
            run.kill()
        self.running = []


RECORD_BYTES = 180_000  # Pagefind's memory for one record, measured on news articles


def spare_memory() -> int:
    """Bytes the machine can still give without swapping (Linux's MemAvailable; 0 elsewhere)."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


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


@dataclass(frozen=True)
class Shard:
    id: str  # "2024", "2024-q3", "2024-07", "2024-07-16" (days from the 16th), "undated", "undated-1"
    articles: tuple[Article, ...]


def plan_shards(articles: Sequence[Article], size: int = SHARD_SIZE) -> list[Shard]:
    """Date-range shards of at most ``size`` articles, newest first, undated last.

    A year is one shard, or else its quarters, or else its months, or else runs of whole days of
    a month. The ranges don't overlap, so results sorted by date shard after shard are sorted
    overall. Only a single day (or the undated articles) larger than ``size`` is split by a hash
    of the slug: their articles share one sort key anyway. Calendar boundaries keep a shard's
    articles the same as others come and go, so an edit re-indexes one shard.
    """
    dated = sorted((a for a in articles if a.date.date), key=_day, reverse=True)
    out: list[Shard] = []
    for year, group in groupby(dated, key=lambda a: _day(a).year):
        out += _ranges(str(year), list(group), size, 0)
    return out + _hashed("undated", [a for a in articles if not a.date.date], size)


def _day(a: Article) -> dt.date:
    assert a.date.date is not None
    return a.date.date


def _ranges(name: str, group: list[Article], size: int, level: int) -> list[Shard]:
    if len(group) <= size:
        return [Shard(name, tuple(group))]
    out: list[Shard] = []
    if level == 0:  # quarters
        for q, part in groupby(group, key=lambda a: (_day(a).month - 1) // 3 + 1):
            out += _ranges(f"{name}-q{q}", list(part), size, 1)
    elif level == 1:  # months
        for m, part in groupby(group, key=lambda a: _day(a).month):
            out += _ranges(f"{name[:4]}-{m:02d}", list(part), size, 2)
    else:  # runs of whole days, newest first, named by their first day
        days = [list(part) for _d, part in groupby(group, key=_day)]
        run: list[Article] = []
        for day in days:
            if run and len(run) + len(day) > size:
                out += _day_run(name, run, size)
                run = []
            run += day
        out += _day_run(name, run, size)
    return out


def _day_run(month: str, run: list[Article], size: int) -> list[Shard]:
    first = f"{month}-{_day(run[-1]).day:02d}"
    return _hashed(first, run, size)


def _hashed(name: str, articles: list[Article], size: int) -> list[Shard]:
    if not articles:
        return []
    if len(articles) <= size:
        return [Shard(name, tuple(articles))]
    ordered = sorted(articles, key=lambda a: (zlib.crc32(a.slug.encode()), a.slug))
    parts = -(-len(ordered) // size)
    per = -(-len(ordered) // parts)
    return [Shard(f"{name}-{i}", tuple(ordered[i * per : (i + 1) * per])) for i in range(parts)]


def build_index(
    articles: Sequence[Article],
    out: Path,
    base_url: str,
    records_dir: Path,
    language: str = "en",
    shard_size: int = SHARD_SIZE,
    jobs: int = 1,
    nice: int = 0,
    roomy: Callable[[], bool] | None = None,
) -> int:
    """Keep the sharded Pagefind bundle in ``out`` up to date with the articles: a shard whose
    records changed is indexed again, the others are left alone. Up to ``jobs`` shards are
    indexed at once, ``nice`` steps below this process's priority, on no more than
    ``shard_size`` records together until ``roomy()`` says the work beside them is over (then
    on ``jobs`` times as many, if the machine has the memory). Returns the pages indexed."""
    shards = plan_shards(articles, shard_size)
    wanted = {sh.id for sh in shards}
    for folder in (records_dir, out):
        for old in folder.iterdir() if folder.is_dir() else ():
            if old.is_dir() and old.name not in wanted:
                shutil.rmtree(old)
            elif old.is_file():
                old.unlink()
    if not shards:
        return 0
    runs = _Runs(jobs, shard_size, nice, roomy)  # shards are indexed while the next ones' records are written
    try:
        # The largest first: the last to finish, running alone on a core the others have left, are small.
        for sh in sorted(shards, key=lambda sh: -len(sh.articles)):
            bundle = out / sh.id
            changed = write_records(sh.articles, records_dir / sh.id, base_url)
            if changed or not (bundle / "pagefind-entry.json").is_file():
                if bundle.exists():
                    shutil.rmtree(bundle)
                runs.start(records_dir / sh.id, bundle, language, len(sh.articles))
        runs.wait_all()
        counts = [_page_count(out / sh.id) for sh in shards]
    except SitegenError:
        raise
    except (OSError, ValueError, KeyError, TypeError, cbor2.CBORError) as exc:
        raise SearchError(f"search indexing failed: {exc}", out) from None
    finally:
        runs.kill_all()  # a failure while shards were being indexed: don't leave them running
    manifest = {"shards": [{"id": sh.id, "pages": n} for sh, n in zip(shards, counts, strict=True)]}
    (out / MANIFEST).write_text(json.dumps(manifest, separators=(",", ":")) + "\n", encoding="utf-8")
    return sum(counts)


def _page_count(bundle: Path) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(int(lang.get("page_count", 0)) for lang in entry["languages"].values())


def publish(bundle: Path, target: Path) -> None:
    """Make ``target`` (public/pagefind) hold the bundle: shards whose entry file differs are
    hard-linked in afresh (each swapped in one step), stale ones removed, the manifest last.
    The highlight script is also put at the top, where article pages load it from."""
    target.mkdir(parents=True, exist_ok=True)
    manifest = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
    ids = [sh["id"] for sh in manifest["shards"]]
    for sid in ids:
        src, dst = bundle / sid, target / sid
        entry = "pagefind-entry.json"
        if (dst / entry).is_file() and (dst / entry).read_bytes() == (src / entry).read_bytes():
            continue
        fresh = target / f".{sid}.new"
        if fresh.exists():
            shutil.rmtree(fresh)
        shutil.copytree(src, fresh, copy_function=_link)
        replace_dir(fresh, dst)
    for old in target.iterdir():
        if old.name not in ids and old.is_dir():
            shutil.rmtree(old)
        elif old.is_file() and old.name not in (MANIFEST, HIGHLIGHT):
            old.unlink()
    if ids:
        shutil.copyfile(bundle / ids[0] / HIGHLIGHT, target / HIGHLIGHT)
    else:
        (target / HIGHLIGHT).unlink(missing_ok=True)
    shutil.copyfile(bundle / MANIFEST, target / MANIFEST)


HIGHLIGHT = "pagefind-highlight.js"


def _link(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:  # another file system: copy
        shutil.copy2(src, dst)
