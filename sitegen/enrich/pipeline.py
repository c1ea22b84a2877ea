"""Enrich every article: per-article work cached by content hash and run through an Executor.

The per-article step (date clues, topics, entities) is a pure function of the article's text
and the settings, so its result is stored under a hash of both in the cache folder (one small
file per article: shareable between machines). The corpus-wide steps (resolving dates with the
neighbouring articles, merging entity names across articles) run afterwards in one process.
Any ``concurrent.futures.Executor`` can run the per-article step (see docs/scaling.md).
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path

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


def _enrich_chunk(tasks: Sequence[ArticleTask]) -> list[ArticleResult]:
    return [enrich_article(t) for t in tasks]


def settings_hash(taxonomy: tuple[TopicDef, ...], max_topics: int, rules: entities.AliasRules) -> str:
    blob = pickle.dumps((CACHE_VERSION, taxonomy, max_topics, rules, _code_version()))
    return hashlib.sha1(blob).hexdigest()


def _code_version() -> str:
    """Changes whenever the enrichment code changes, so stale cache entries are never used."""
    h = hashlib.sha1()
    for mod in (dates, topics, entities):
        h.update(Path(mod.__file__ or "").read_bytes())
    return h.hexdigest()


class EnrichCache:
    def __init__(self, folder: Path | None, settings: str):
        self.folder = folder
        self.settings = settings

    def key(self, task: ArticleTask) -> str:
        h = hashlib.sha1(self.settings.encode())
        h.update(task.title.encode())
        for p in task.paragraphs:
            h.update(b"\x00" + p.encode())
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> ArticleResult | None:
        if self.folder is None:
            return None
        try:
            value = pickle.loads(self._path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return value if isinstance(value, ArticleResult) else None

    def put(self, key: str, value: ArticleResult) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)


def enrich_all(
    segmentations: Sequence[Segmentation],
    taxonomy: tuple[TopicDef, ...],
    max_topics: int,
    rules: entities.AliasRules,
    cache_dir: Path | None,
    executor: Executor | None = None,
) -> list[list[Enrichment]]:
    """Enrichment for every article of every file, in the same nesting as the input."""
    cache = EnrichCache(cache_dir, settings_hash(taxonomy, max_topics, rules))
    flat: list[RawArticle] = [a for s in segmentations for a in s.articles]
    tasks = [
        ArticleTask(a.title, tuple(b.text for b in a.blocks), taxonomy, max_topics, rules) for a in flat
    ]
    keys = [cache.key(t) for t in tasks]
    results: list[ArticleResult | None] = [cache.get(k) for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    if todo:
        todo_tasks = [tasks[i] for i in todo]
        if executor is not None and len(todo) > CHUNK:
            chunks = [todo_tasks[i : i + CHUNK] for i in range(0, len(todo_tasks), CHUNK)]
            computed = [r for part in executor.map(_enrich_chunk, chunks) for r in part]
        else:
            computed = _enrich_chunk(todo_tasks)
        for i, r in zip(todo, computed, strict=True):
            results[i] = r
            cache.put(keys[i], r)
    done = [r for r in results if r is not None]
    merged_entities = entities.canonicalize_corpus([r.entities for r in done], rules)
    out: list[list[Enrichment]] = []
    pos = 0
    for seg in segmentations:
        n = len(seg.articles)
        part = done[pos : pos + n]
        resolved = dates.resolve_dates([r.clues for r in part])
        out.append(
            [
                Enrichment(d, r.topics, ents)
                for d, r, ents in zip(resolved, part, merged_entities[pos : pos + n], strict=True)
            ]
        )
        pos += n
    return out
