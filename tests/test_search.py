"""Lean Pagefind records, their folder on disk, and the bundle Pagefind makes of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import hashlib
import itertools
import json
import os
import threading
import time
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import cbor2
import pytest

from sitegen import search
from sitegen.model import Article, DateInfo, EntityMention, Precision

BASE = "https://x.org/news/"


def art(
    slug: str,
    date: dt.date | None = dt.date(2024, 3, 5),
    precision: Precision = "day",
    *,
    title: str = "Council & <b>mayor</b> agree",
    topics: Sequence[str] = ("Politics & Law", "Society"),
    entities: Sequence[EntityMention] = (),
    body: str = "First <i>paragraph</i>.\n\n## A **subheading**\n\n> Quoted \\*text\\*.\n",
) -> Article:
    return Article(
        slug=slug,
        title=title,
        date=DateInfo(date, precision, "test") if date else DateInfo.unknown(),
        topics=tuple(topics),
        entities=tuple(entities),
        source_file="news.txt",
        source_lines=(1, 5),
        body_markdown=body,
        summary="",
        word_count=5,
    )


ENTITIES = (
    EntityMention("Anna Berg", "person", 3),
    EntityMention("Tom <O'Neil>", "person", 1),
    EntityMention("City Council", "organization", 2),
    EntityMention("Oslo", "place", 1),
)


class Parsed(HTMLParser):
    """The record's elements as (tag, attrs, text) and its filters as {name: [values]}."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.open: list[int] = []
        self.filters: dict[str, list[str]] = {}
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs), []))
        self.open.append(len(self.elements) - 1)

    def handle_endtag(self, tag: str) -> None:
        if self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open:
            self.elements[self.open[-1]][2].append(data)

    def find(self, attr: str) -> list[tuple[str, dict[str, str | None], str]]:
        return [(t, a, "".join(x)) for t, a, x in self.elements if attr in a]

    def filter_values(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for _tag, attrs, text in self.find("data-pagefind-filter"):
            out.setdefault(str(attrs["data-pagefind-filter"]), []).append(text)
        return out


def test_record_weights_the_title_and_escapes_html() -> None:
    rec = search.record(art("a", entities=ENTITIES), "/news/articles/a/")
    parsed = Parsed(rec)
    [(tag, attrs, text)] = parsed.find("data-pagefind-weight")
    assert tag == "h1" and attrs["data-pagefind-weight"] == "8" and attrs["data-pagefind-meta"] == "title"
    assert text == "Council & <b>mayor</b> agree"  # shown as text, never as markup
    assert "<b>" not in rec and "<i>" not in rec
    assert "Council &amp; &lt;b&gt;mayor&lt;/b&gt; agree" in rec
    assert len(parsed.find("data-pagefind-body")) == 1


def test_record_filters() -> None:
    parsed = Parsed(search.record(art("a", entities=ENTITIES), "/news/articles/a/"))
    assert parsed.filter_values() == {
        "topic": ["Politics & Law", "Society"],
        "year": ["2024"],
        "people": ["Anna Berg", "Tom <O'Neil>"],
        "organizations": ["City Council"],
        "places": ["Oslo"],
    }
    # The filters are for Pagefind only, never shown or indexed as text.
    [(_tag, attrs, _text)] = [e for e in parsed.find("data-pagefind-ignore") if e[0] == "div"]
    assert "hidden" in attrs


def test_record_caps_entity_filters() -> None:
    many = [EntityMention(f"Person {i}", "person", 1) for i in range(40)]
    parsed = Parsed(search.record(art("a", entities=many), "/x/"))
    assert len(parsed.filter_values()["people"]) == 25


def test_record_date_sort_key_and_meta() -> None:
    [(_t, day, _x)] = Parsed(search.record(art("a"), "/x/")).find("data-pagefind-sort")
    assert day["data-pagefind-sort"] == "date:2024-03-05"
    assert day["data-pagefind-meta"] == "date:5 March 2024"
    [(_t, month, _x)] = Parsed(search.record(art("b", dt.date(2024, 2, 1), "month"), "/x/")).find("data-pagefind-sort")
    assert month["data-pagefind-sort"] == "date:2024-02-01"
    assert month["data-pagefind-meta"] == "date:February 2024"
    undated = Parsed(search.record(art("c", None), "/x/"))
    [(_t, none, _x)] = undated.find("data-pagefind-sort")
    assert none["data-pagefind-sort"] == "date:0000-00-00"  # sorts before every real date
    assert none["data-pagefind-meta"] == "date:Undated"
    assert "year" not in undated.filter_values()


def test_record_body_is_plain_escaped_paragraphs() -> None:
    parsed = Parsed(search.record(art("a"), "/x/"))
    paragraphs = [text for tag, _a, text in ((t, a, "".join(x)) for t, a, x in parsed.elements) if tag == "p"]
    assert paragraphs == ["First <i>paragraph</i>.", "A subheading", "Quoted *text*."]


def read_all(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_write_records_one_file_per_article_at_its_url(tmp_path: Path) -> None:
    records = tmp_path / "records"
    written = search.write_records([art("a"), art("b", None)], records, BASE)
    assert written == 2
    files = read_all(records)
    assert sorted(files) == ["news/articles/a/index.html", "news/articles/b/index.html"]  # URL path, folder included
    assert files["news/articles/a/index.html"].decode() == search.record(art("a"), "/news/articles/a/")


def test_write_records_leaves_unchanged_files_and_removes_stale_ones(tmp_path: Path) -> None:
    records = tmp_path / "records"
    search.write_records([art("a"), art("b"), art("gone")], records, "https://x.org/")
    a, b = records / "articles" / "a" / "index.html", records / "articles" / "b" / "index.html"
    old = 1_000_000_000
    for p in records.rglob("*.html"):
        os.utime(p, (old, old))
    written = search.write_records([art("a"), art("b", title="New title"), art("new")], records, "https://x.org/")
    assert written == 3  # b changed, new added, gone removed
    assert a.stat().st_mtime == old  # untouched
    assert b.stat().st_mtime != old and b"New title" in b.read_bytes()
    assert sorted(read_all(records)) == ["articles/a/index.html", "articles/b/index.html", "articles/new/index.html"]
    assert search.write_records([art("a"), art("b", title="New title"), art("new")], records, "https://x.org/") == 0


def test_write_records_empty_and_missing_folder(tmp_path: Path) -> None:
    assert search.write_records([], tmp_path / "nowhere", BASE) == 0
    records = tmp_path / "records"
    search.write_records([art("a")], records, BASE)
    assert search.write_records([], records, BASE) == 1  # one removed
    assert read_all(records) == {}


def test_build_index_with_no_articles_runs_no_pagefind(tmp_path: Path) -> None:
    assert search.build_index([], tmp_path / "bundle", BASE, tmp_path / "records") == 0
    assert not (tmp_path / "bundle").exists()


def many_filters() -> list[Article]:
    people = [EntityMention(f"Person {chr(65 + i)}{chr(97 + j)}", "person", 1) for i in range(6) for j in range(5)]
    return [
        art(
            f"story-{i}",
            dt.date(2000 + i % 7, 1 + i % 12, 1 + i % 28),
            title=f"Story number {i}",
            topics=("Politics & Law", "Society", "Science", "Sport")[i % 4 : i % 4 + 2],
            entities=people[i % 30 : i % 30 + 4],
            body=f"Paragraph about item {i} and the council.",
        )
        for i in range(40)
    ]


def bundle_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_pagefind_bundle_is_complete_and_byte_identical_across_runs(tmp_path: Path) -> None:
    articles = many_filters()
    bundles = []
    for run in ("a", "b", "c"):
        out = tmp_path / run / "bundle"
        assert search.build_index(articles, out, BASE, tmp_path / run / "records") == 40
        bundles.append(bundle_digest(out))
    assert bundles[0] == bundles[1] == bundles[2]
    out = tmp_path / "a" / "bundle"
    assert all((out / name).stat().st_size > 0 for name in bundles[0])  # nothing left half written
    manifest = json.loads((out / search.MANIFEST).read_text())
    assert [s["id"] for s in manifest["shards"]] == ["2006", "2005", "2004", "2003", "2002", "2001", "2000"]
    assert sum(s["pages"] for s in manifest["shards"]) == 40
    shard = out / "2003"
    entry = json.loads((shard / "pagefind-entry.json").read_text())
    meta_name = f"pagefind.{entry['languages']['en']['hash']}.pf_meta"
    meta = cbor2.loads(gzip.decompress((shard / meta_name).read_bytes())[len(search.SIGNATURE) :])
    names = [name for name, _ in meta[3]]
    assert names == sorted(names) and {"topic", "year", "people"} <= set(names)
    for _name, chunk_hash in meta[3]:
        chunk = cbor2.loads(gzip.decompress((shard / "filter" / f"{chunk_hash}.pf_filter").read_bytes())[12:])
        values = [value for value, _pages in chunk[1]]
        assert values == sorted(values)


def test_shards_indexed_side_by_side_within_the_record_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = many_filters()
    one = tmp_path / "one" / "bundle"
    search.build_index(articles, one, BASE, tmp_path / "one" / "records", shard_size=12)
    started: list[tuple[int, int]] = []  # (runs at once, their records together) at each start
    sizes: list[int] = []  # each run's records, in the order they started
    real = search._Pagefind

    def spy(records_dir: Path, out: Path, language: str, records: int, nice: int = 0) -> search._Pagefind:
        run = real(records_dir, out, language, records, nice)
        live = [r for r in alive if not r.done()] + [run]
        alive[:] = live
        started.append((len(live), sum(r.records for r in live)))
        sizes.append(records)
        return run

    alive: list[search._Pagefind] = []
    monkeypatch.setattr(search, "_Pagefind", spy)
    two = tmp_path / "two" / "bundle"
    assert search.build_index(articles, two, BASE, tmp_path / "two" / "records", shard_size=12, jobs=2) == 40
    assert bundle_digest(one) == bundle_digest(two)  # the same bundle, whatever the order
    assert len(started) == len(json.loads((two / search.MANIFEST).read_text())["shards"])
    assert max(n for n, _ in started) <= 2 and max(r for _, r in started) <= 12
    assert max(n for n, _ in started) == 2  # small shards did run side by side
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]  # the largest first: small ones end it


def test_only_the_shard_of_an_edited_article_is_indexed_again(tmp_path: Path) -> None:
    articles = many_filters()
    out, records = tmp_path / "bundle", tmp_path / "records"
    search.build_index(articles, out, BASE, records)
    before = {p.name: (p / "pagefind-entry.json").stat().st_mtime_ns for p in out.iterdir() if p.is_dir()}
    edited = [dataclasses.replace(a, title="An edited title") if a.slug == "story-3" else a for a in articles]
    assert search.build_index(edited, out, BASE, records) == 40
    after = {p.name: (p / "pagefind-entry.json").stat().st_mtime_ns for p in out.iterdir() if p.is_dir()}
    assert [k for k in before if before[k] != after[k]] == ["2003"]  # story-3 is dated 2003


def test_shards_are_date_ranges_newest_first_within_the_size() -> None:
    arts = [art(f"a{i}", dt.date(2024, 1 + i % 12, 1 + i % 28)) for i in range(300)]
    arts += [art(f"b{i}", dt.date(2023, 5, 5)) for i in range(25)] + [art(f"u{i}", None) for i in range(30)]
    shards = search.plan_shards(arts, 10)
    assert sorted(a.slug for s in shards for a in s.articles) == sorted(a.slug for a in arts)
    assert all(len(s.articles) <= 10 for s in shards)
    dated = [s for s in shards if not s.id.startswith("undated")]
    for newer, older in itertools.pairwise(dated):  # ranges don't overlap, newest first
        assert min(a.date.date for a in newer.articles) >= max(a.date.date for a in older.articles)  # type: ignore[type-var]
    assert shards[0].id == "2024-12-24" and [s.id for s in shards][-3:] == ["undated-0", "undated-1", "undated-2"]
    assert {s.id for s in shards if s.id.startswith("2023")} == {"2023-05-05-0", "2023-05-05-1", "2023-05-05-2"}
    assert [s.id for s in search.plan_shards(arts, 1000)] == ["2024", "2023", "undated"]
    assert search.plan_shards([], 10) == []


def test_publish_links_changed_shards_and_drops_stale_ones(tmp_path: Path) -> None:
    out, public = tmp_path / "bundle", tmp_path / "public" / "pagefind"
    articles = many_filters()
    search.build_index(articles, out, BASE, tmp_path / "records")
    search.publish(out, public)
    assert bundle_digest(public) == {k: v for k, v in bundle_digest(out).items()} | {
        search.HIGHLIGHT: bundle_digest(out)[f"2000/{search.HIGHLIGHT}"]
    }
    kept = (public / "2001" / "pagefind-entry.json").stat().st_ino
    search.build_index(
        [a for a in articles if a.date.date and a.date.date.year != 2006], out, BASE, tmp_path / "records"
    )
    search.publish(out, public)
    assert not (public / "2006").exists()
    assert (public / "2001" / "pagefind-entry.json").stat().st_ino == kept  # unchanged shards stay as they are
    assert bundle_digest(public) == {k: v for k, v in bundle_digest(out).items()} | {
        search.HIGHLIGHT: bundle_digest(out)[f"2000/{search.HIGHLIGHT}"]
    }


def test_pagefind_failure_is_one_search_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pagefind.service

    monkeypatch.setattr(pagefind.service, "get_executable", lambda: Path("/bin/false"))
    with pytest.raises(search.SearchError, match="search indexing failed"):
        search.build_index([art("a")], tmp_path / "bundle", BASE, tmp_path / "records")


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="no process priorities here")
def test_pagefind_runs_below_the_build_priority_when_asked(tmp_path: Path) -> None:
    records = tmp_path / "records"
    search.write_records(many_filters(), records, BASE)
    base = os.getpriority(os.PRIO_PROCESS, 0)
    run = search._Pagefind(records, tmp_path / "bundle", "en", 40, nice=7)
    try:
        assert os.getpriority(os.PRIO_PROCESS, run.process.pid) == min(19, base + 7)
    finally:
        run.wait()
    assert (tmp_path / "bundle" / "pagefind-entry.json").is_file()


class _HeldRun:
    """A stand-in for a Pagefind run that ends when the test says so."""

    made: ClassVar[list[_HeldRun]] = []

    def __init__(self, records_dir: Path, out: Path, language: str, records: int, nice: int = 0) -> None:
        self.records, self.finished = records, False
        _HeldRun.made.append(self)

    def done(self) -> bool:
        return self.finished

    def wait(self) -> None:
        pass

    def kill(self) -> None:
        pass


@pytest.mark.parametrize(("spare", "side_by_side"), [(10**12, True), (0, False)])
def test_runs_take_a_shard_per_core_once_the_pages_are_rendered_if_memory_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spare: int, side_by_side: bool
) -> None:
    _HeldRun.made = []
    monkeypatch.setattr(search, "_Pagefind", _HeldRun)
    monkeypatch.setattr(search, "spare_memory", lambda: spare)
    rendered = threading.Event()
    runs = search._Runs(2, 10, roomy=rendered.is_set)
    runs.start(tmp_path, tmp_path, "en", 8)
    second = threading.Thread(target=runs.start, args=(tmp_path, tmp_path, "en", 8))
    second.start()
    time.sleep(0.2)
    assert len(_HeldRun.made) == 1  # 16 records > one shard's 10 while the pages render
    rendered.set()
    second.join(0.5)
    assert (len(_HeldRun.made) == 2) is side_by_side  # 16 ≤ two shards' 20, with the memory for it
    _HeldRun.made[0].finished = True
    second.join(5)
    assert len(_HeldRun.made) == 2 and not second.is_alive()
    for run in _HeldRun.made:
        run.finished = True
    runs.wait_all()
