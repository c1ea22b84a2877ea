"""sitegen.enrich.pipeline: per-article results cached by content hash, shareable between machines."""

from __future__ import annotations

from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from sitegen.config import default_taxonomy
from sitegen.enrich import pipeline
from sitegen.enrich.entities import AliasRules
from sitegen.segment import segment
from tests.conftest import CORPUS


class NoExecutor(Executor):
    """Enriches nothing (everything should come from the cache); other work runs here."""

    def map(self, fn: Any, *iterables: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        assert fn is not pipeline._enrich_chunk, "everything should come from the cache"
        return map(fn, *iterables)


def test_workers_store_results_a_second_machine_reuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 4)  # the sample's articles go to the executor in chunks
    segs = [segment(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    n = sum(len(s.articles) for s in segs)
    cache = tmp_path / "cache" / "enrich"
    with ThreadPoolExecutor(2) as pool:
        first = pipeline.enrich_all(segs, default_taxonomy(), 3, AliasRules(), cache, pool)
    stored = list(cache.glob("??/*.pickle"))
    assert len(stored) == n  # one content-hash keyed file per article, written by the workers
    # Another machine with only those files (no index of the last build): nothing to compute.
    other = tmp_path / "other" / "enrich"
    other.mkdir(parents=True)
    for path in stored:
        (other / path.parent.name).mkdir(exist_ok=True)
        (other / path.parent.name / path.name).write_bytes(path.read_bytes())
    second = pipeline.enrich_all(segs, default_taxonomy(), 3, AliasRules(), other, NoExecutor())
    assert second == first


def test_given_a_store_the_workers_write_nothing_and_it_gets_every_new_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 4)
    segs = [segment(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    n = sum(len(s.articles) for s in segs)
    cache = tmp_path / "enrich"
    handed: list[pipeline.Unstored] = []
    with ThreadPoolExecutor(2) as pool:
        first = pipeline.enrich_all(segs, default_taxonomy(), 3, AliasRules(), cache, pool, handed.append)
    assert not cache.exists()  # the workers and enrich_all left the storing to the caller
    [unstored] = handed
    assert len({key for key, _ in unstored.new}) == len(unstored.new) == len(unstored.index) == n
    unstored.save(cache)
    assert len(list(cache.glob("??/*.pickle"))) == n and (cache / pipeline.INDEX).is_file()
    assert pipeline.enrich_all(segs, default_taxonomy(), 3, AliasRules(), cache, NoExecutor()) == first
    (cache / pipeline.INDEX).unlink()  # only the files of the articles: nothing to compute either
    assert pipeline.enrich_all(segs, default_taxonomy(), 3, AliasRules(), cache, NoExecutor()) == first


def test_each_files_dates_are_resolved_on_the_executor_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK", 4)
    segs = [segment(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    ran: list[str] = []

    class Spy(ThreadPoolExecutor):
        def map(self, fn: Any, *iterables: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            ran.append(fn.__name__)
            return super().map(fn, *iterables, **kwargs)

    with Spy(2) as pool:
        spread = pipeline.enrich_all(segs, default_taxonomy(), 3, AliasRules(), None, pool)
    assert ran == ["_enrich_chunk", "resolve_dates"]
    assert spread == pipeline.enrich_all(segs, default_taxonomy(), 3, AliasRules(), None, None)
