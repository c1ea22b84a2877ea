from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sitegen.build import BACKGROUND_NICE, build
from sitegen.config import load_config
from sitegen.errors import SitegenError

NO_SEARCH = "search = false\n"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitegen", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def front(site: Path, slug: str) -> dict:  # type: ignore[type-arg]
    text = (site / "content" / "articles" / f"{slug}.md").read_text()
    return yaml.safe_load(text.split("---\n")[1])


def test_end_to_end_small_site_with_search(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    report = build(load_config(site))
    assert report.articles == 2 and report.searchable == 2
    pub = site / "public"
    slugs = sorted(p.stem for p in (site / "content" / "articles").glob("*.md"))
    assert slugs == [
        "city-council-approves-new-budget-for-public-libraries-after-long-debate",
        "scientists-launch-a-satellite-to-study-ocean-temperatures-from-space",
    ]
    fm = front(site, slugs[0])
    for key in ("title", "slug", "date", "date_precision", "date_evidence", "topics", "entities", "source"):
        assert key in fm
    assert fm["source"] == {"file": "news.txt", "lines": [1, 9]}
    assert set(fm["entities"]) == {"people", "organizations", "places"}
    for rel in (
        "index.html",
        "404.html",
        "sitemap.xml",
        "feed.xml",
        "robots.txt",
        "search/index.html",
        "topics/index.html",
        "archive/index.html",
        "entities/index.html",
        "people/index.html",
        f"articles/{slugs[0]}/index.html",
        "pagefind/shards.json",
        "pagefind/pagefind-highlight.js",
        "pagefind/2024/pagefind.js",
        "pagefind/2024/pagefind-entry.json",
        "static/style.css",
        "data/articles.json",
    ):
        assert (pub / rel).is_file(), rel
    html = (pub / "articles" / slugs[0] / "index.html").read_text()
    assert "<h2>What changes for readers?</h2>" in html
    data = json.loads((pub / "data" / "articles.json").read_text())
    assert data["count"] == 2


def test_cli_build_and_one_line_errors(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config=NO_SEARCH)
    ok = run_cli("build", "--site", str(site))
    assert ok.returncode == 0, ok.stderr
    assert "Built 2 articles" in ok.stdout
    (site / "sitegen.toml").write_text("per_page = -1\n")
    bad = run_cli("build", "--site", str(site))
    assert bad.returncode == 1
    assert bad.stderr.strip() == f"error: {site / 'sitegen.toml'}:1: 'per_page' must be between 1 and 1000"
    assert "Traceback" not in bad.stderr


def test_cli_lists_a_few_low_confidence_calls_unless_verbose(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    import sitegen.build
    from sitegen import cli
    from sitegen.model import Decision

    calls = [("news.txt", Decision(i, f"Line {i}", i % 2 == 0, 0.6, "short")) for i in range(1, 31)]
    monkeypatch.setattr(
        sitegen.build, "build", lambda config, force=False: sitegen.build.BuildReport(low_confidence=calls)
    )
    site = make_site(config=NO_SEARCH)
    short = CliRunner().invoke(cli.main, ["build", "--site", str(site)])
    assert short.exit_code == 0, short.output
    listed = [line for line in short.output.splitlines() if "news.txt:" in line]
    assert len(listed) == cli.SHOWN_CALLS and listed[0].endswith("news.txt:1: not a headline (0.60): 'Line 1' — short")
    assert f"… and {30 - cli.SHOWN_CALLS} more: all on /qa/, or run with --verbose" in short.output
    full = CliRunner().invoke(cli.main, ["build", "--site", str(site), "--verbose"])
    assert sum("news.txt:" in line for line in full.output.splitlines()) == 30 and "more:" not in full.output


def test_failed_build_leaves_public_intact(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config=NO_SEARCH)
    build(load_config(site))
    before = {p.relative_to(site / "public"): p.read_bytes() for p in (site / "public").rglob("*") if p.is_file()}
    (site / "templates").mkdir()
    (site / "templates" / "article.html").write_text(
        "{% extends 'base.html' %}\n{% block main %}\n{{ article.title | nosuchfilter }}\n{% endblock %}\n"
    )
    res = run_cli("build", "--site", str(site))
    assert res.returncode == 1
    assert "article.html:3:" in res.stderr and "nosuchfilter" in res.stderr
    after = {p.relative_to(site / "public"): p.read_bytes() for p in (site / "public").rglob("*") if p.is_file()}
    assert after == before


def test_editor_changes_survive_rebuilds(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config=NO_SEARCH)
    build(load_config(site))
    page = site / "content" / "articles" / "scientists-launch-a-satellite-to-study-ocean-temperatures-from-space.md"
    text = page.read_text()
    fm = yaml.safe_load(text.split("---\n")[1])
    text = text.replace("topics: " + json.dumps(fm["topics"]), "topics: [Culture & Life]", 1)
    text = text.replace('date_precision: "day"', "date_precision: month", 1)
    page.write_text(text)
    corpus = site / "content" / "corpus" / "news.txt"
    corpus.write_text(corpus.read_text().replace("for five years", "for ten years"))
    build(load_config(site))
    fm2 = front(site, page.stem)
    assert fm2["topics"] == ["Culture & Life"] and fm2["date_precision"] == "month"
    assert "ten years" in page.read_text()
    html = (site / "public" / "articles" / page.stem / "index.html").read_text()
    assert "Culture &amp; Life" in html and "March 2024" in html


def test_site_template_override_can_extend_the_builtin(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config=NO_SEARCH)
    (site / "templates").mkdir()
    (site / "templates" / "base.html").write_text(
        '{% extends "default/base.html" %}{% block title %}CUSTOM {{ super() }}{% endblock %}'
    )
    build(load_config(site))
    page = site / "public" / "topics" / "index.html"
    assert "<title>CUSTOM Topics · " in page.read_text()


def test_edits_follow_an_article_whose_headline_changes(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config=NO_SEARCH)
    build(load_config(site))
    old = site / "content" / "articles" / "scientists-launch-a-satellite-to-study-ocean-temperatures-from-space.md"
    fm = front(site, old.stem)
    old.write_text(old.read_text().replace("topics: " + json.dumps(fm["topics"]), "topics: [Culture & Life]", 1))
    corpus = site / "content" / "corpus" / "news.txt"
    corpus.write_text(corpus.read_text().replace("Scientists launch a satellite", "Engineers launch a satellite"))
    build(load_config(site))
    new = old.with_name("engineers-launch-a-satellite-to-study-ocean-temperatures-from-space.md")
    assert not old.exists() and new.exists()
    fm2 = front(site, new.stem)
    assert fm2["title"].startswith("Engineers launch") and fm2["topics"] == ["Culture & Life"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_search_is_indexed_in_a_forked_process_where_only_one_more_copy_fits(  # type: ignore[no-untyped-def]
    make_site, monkeypatch, forked_children
) -> None:
    """At 100,000 articles the pages are rendered in this process (no room for two more copies
    of it), and the search index is still made in a forked process, not in a thread."""
    from sitegen import fanout

    monkeypatch.setattr(fanout, "MIN_ITEMS", 1)
    monkeypatch.setattr(fanout, "can_fork", lambda workers=2: workers <= 1)
    site = make_site()
    report = build(load_config(site, workers=2))
    assert report.searchable == 2 and (site / "public" / "pagefind" / "shards.json").is_file()
    assert ("_index_timed", BACKGROUND_NICE) in forked_children  # the search index, at a lower priority


def test_the_enrichment_cache_is_written_by_a_background_child(  # type: ignore[no-untyped-def]
    make_site, forking, forked_children
) -> None:
    site = make_site(config=NO_SEARCH + "workers = 2\n")
    report = build(load_config(site), executor=None)
    stored = list((site / ".sitegen-cache" / "enrich").glob("??/*.pickle"))
    assert len(stored) == report.articles > 0  # one file per article, there when the build returns
    assert ("_save_all", BACKGROUND_NICE) in forked_children


def test_the_enrichment_workers_are_forked_with_the_gazetteers_loaded(  # type: ignore[no-untyped-def]
    make_site, monkeypatch
) -> None:
    """The gazetteers (~0.5 s to load) are loaded here while the files are segmented, and the
    enrichment gets a pool of its own, made after that: its forked workers inherit them instead
    of each loading its own."""
    from concurrent.futures import ThreadPoolExecutor
    from contextlib import contextmanager

    from sitegen import build as build_module
    from sitegen.enrich import entities
    from tests.conftest import SMALL_CORPUS

    loaded_when_made: list[int] = []
    loads: list[str] = []

    @contextmanager
    def pool(config, given, sources):  # type: ignore[no-untyped-def]
        loaded_when_made.append(entities._lexicon.cache_info().currsize)
        with ThreadPoolExecutor(max_workers=2) as ex:
            yield ex

    real_load = entities.load_lexicon

    def load() -> None:
        loads.append("load")
        real_load()

    monkeypatch.setattr(build_module, "_executor", pool)
    monkeypatch.setattr(build_module, "load_lexicon", load)
    entities._lexicon.cache_clear()
    files = {f"content/corpus/news{i}.txt": SMALL_CORPUS for i in range(9)}  # > 8 files: segmented in the pool
    report = build(load_config(make_site(files, NO_SEARCH)))
    assert report.articles > 9
    assert loaded_when_made == [0, 1]  # the segmenting pool: not yet; the enrichment's: loaded
    assert loads == ["load", "load"]  # while segmenting, then (a no-op by then) before the enrichment


def test_segment_all_runs_meanwhile_while_the_pool_segments(make_site) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    from sitegen.build import BuildReport, read_corpus, segment_all
    from tests.conftest import SMALL_CORPUS

    files = {f"content/corpus/news{i}.txt": SMALL_CORPUS for i in range(9)}
    config = load_config(make_site(files, NO_SEARCH))
    report = BuildReport()
    sources = read_corpus(config, report)
    calls: list[str] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        segs = segment_all(config, sources, pool, report, meanwhile=lambda: calls.append("meanwhile"))
    assert calls == ["meanwhile"] and len(segs) == 9 and all(s.articles for s in segs)
    calls.clear()
    segment_all(config, sources, pool=None, report=BuildReport(), meanwhile=lambda: calls.append("meanwhile"))
    assert calls == []  # no pool (or every file cached): nothing to wait for


def test_a_preview_build_leaves_public_and_the_next_build_alone(make_site) -> None:  # type: ignore[no-untyped-def]
    """`sitegen serve` builds with its own address into its own folder: public/ keeps the site
    to deploy, and the next `sitegen build` finds nothing changed (it used to render it all)."""
    site = make_site(config=NO_SEARCH + 'base_url = "https://news.example.org/"\n')
    build(load_config(site))
    public = site / "public"
    before = {p: p.read_bytes() for p in public.rglob("*") if p.is_file()}
    preview = load_config(site, base_url="http://127.0.0.1:9/", preview=True)
    report = build(preview, force=True)
    assert report.pages > 0 and preview.public_dir != public
    assert "http://127.0.0.1:9/" in (preview.public_dir / "index.html").read_text()
    assert {p: p.read_bytes() for p in public.rglob("*") if p.is_file()} == before
    assert build(load_config(site)).unchanged


def test_a_build_puts_off_full_collections_and_restores_the_collector(  # type: ignore[no-untyped-def]
    make_site,
) -> None:
    """Within a build the young generations are collected but no full collection scans the
    heap again (what each stage makes lives on); after it, a failed one too, the collector's
    settings are as they were."""
    import gc

    seen: list[int] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    before = gc.get_threshold(), gc.get_freeze_count()
    site = make_site(config=NO_SEARCH)
    gc.callbacks.append(watch)
    try:
        build(load_config(site))
    finally:
        gc.callbacks.remove(watch)
    assert 0 in seen and 2 not in seen
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    (site / "templates").mkdir()
    (site / "templates" / "article.html").write_text("{{ article.title | nosuchfilter }}\n")
    with pytest.raises(SitegenError):
        build(load_config(site), force=True)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
