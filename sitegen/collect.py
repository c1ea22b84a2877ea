"""Articles → the indexes the site is browsed by: topics, date archive, entities, related (pure)."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sitegen import urls
from sitegen.config import Config
from sitegen.model import ENTITY_TYPES, Article, DateInfo, EntityType
from sitegen.segment import content_terms

RELATED = 5
CO_OCCURRING = 12


@dataclass(frozen=True)
class TopicRef:
    """A topic as a link with its size: what pages that only link to it need."""

    name: str
    slug: str
    description: str
    count: int

    @property
    def url(self) -> str:
        return urls.topic(self.slug)


@dataclass(frozen=True)
class TopicIndex:
    name: str
    slug: str
    description: str
    articles: tuple[Article, ...]  # newest first

    @property
    def url(self) -> str:
        return urls.topic(self.slug)

    @property
    def ref(self) -> TopicRef:
        return TopicRef(self.name, self.slug, self.description, len(self.articles))


@dataclass(frozen=True)
class EntityRef:
    type: EntityType
    name: str
    slug: str

    @property
    def url(self) -> str:
        return urls.entity(self.type, self.slug)


@dataclass(frozen=True)
class EntityIndex:
    ref: EntityRef
    aliases: tuple[str, ...]
    mentions: int  # total mentions across articles
    articles: tuple[Article, ...]  # newest first
    sentences: dict[str, str]  # article slug → the sentence that mentions it
    first_date: DateInfo | None  # the earliest article's date, at its precision
    last_date: DateInfo | None
    co_occurring: tuple[tuple[EntityRef, int], ...]

    @property
    def name(self) -> str:
        return self.ref.name

    @property
    def url(self) -> str:
        return self.ref.url


@dataclass(frozen=True)
class DayIndex:
    date: dt.date
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class MonthIndex:
    year: int
    month: int
    articles: tuple[Article, ...]  # everything dated in the month, day or month precision
    days: tuple[DayIndex, ...]


@dataclass(frozen=True)
class YearIndex:
    year: int
    articles: tuple[Article, ...]  # everything dated in the year
    months: tuple[MonthIndex, ...]


@dataclass(frozen=True)
class Site:
    config: Config
    articles: tuple[Article, ...]  # newest first; undated last
    topics: tuple[TopicIndex, ...]
    years: tuple[YearIndex, ...]  # newest first
    undated: tuple[Article, ...]
    entities: dict[EntityType, tuple[EntityIndex, ...]]  # most mentioned first
    entity_of: dict[tuple[EntityType, str], EntityIndex]
    related: dict[str, tuple[Article, ...]]
    previous: dict[str, Article]  # older neighbour in date order
    next: dict[str, Article]  # newer neighbour
    topic_of: dict[str, TopicIndex] = field(default_factory=dict)

    def entity_ref(self, type_: EntityType, name: str) -> EntityRef | None:
        idx = self.entity_of.get((type_, name))
        return idx.ref if idx else None


_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def sort_key(a: Article) -> tuple[int, int, int, str, str]:
    """Newest first; a less precise date sorts after precise ones of the same period."""
    if a.date.date is None:
        return (1, 0, 0, a.title.casefold(), a.slug)
    return (0, -a.date.date.toordinal(), _PRECISION_RANK.get(a.date.precision, 2), a.title.casefold(), a.slug)


def collect(config: Config, articles: Sequence[Article]) -> Site:
    ordered = tuple(sorted(articles, key=sort_key))
    topics = _topics(config, ordered)
    entities, entity_of = _entities(ordered)
    years, undated = _archive(ordered)
    dated = [a for a in ordered if a.date.date is not None]
    previous = {a.slug: dated[i + 1] for i, a in enumerate(dated[:-1])}
    nxt = {a.slug: dated[i - 1] for i, a in enumerate(dated) if i > 0}
    return Site(
        config=config,
        articles=ordered,
        topics=topics,
        years=years,
        undated=undated,
        entities=entities,
        entity_of=entity_of,
        related=_related(ordered),
        previous=previous,
        next=nxt,
        topic_of={t.name: t for t in topics},
    )


def _topics(config: Config, ordered: Sequence[Article]) -> tuple[TopicIndex, ...]:
    by_topic: dict[str, list[Article]] = defaultdict(list)
    for a in ordered:
        for t in a.topics:
            by_topic[t].append(a)
    described = {t.name: t.description for t in config.taxonomy}
    names = [t.name for t in config.taxonomy] + sorted(n for n in by_topic if n not in described)
    slugs = urls.unique_slugs(names, "topic")
    return tuple(
        TopicIndex(name, slug, described.get(name, ""), tuple(by_topic.get(name, ())))
        for name, slug in zip(names, slugs, strict=True)
    )


def _archive(ordered: Sequence[Article]) -> tuple[tuple[YearIndex, ...], tuple[Article, ...]]:
    tree: dict[int, dict[int, dict[int, list[Article]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    by_year: dict[int, list[Article]] = defaultdict(list)
    by_month: dict[tuple[int, int], list[Article]] = defaultdict(list)
    undated: list[Article] = []
    for a in ordered:
        d = a.date.date
        if d is None:
            undated.append(a)
            continue
        by_year[d.year].append(a)
        if a.date.precision in ("day", "month"):
            by_month[(d.year, d.month)].append(a)
            tree[d.year][d.month]
        if a.date.precision == "day":
            tree[d.year][d.month][d.day].append(a)
    years = []
    for y in sorted(by_year, reverse=True):
        months = []
        for m in sorted(tree[y], reverse=True):
            days = tuple(
                DayIndex(dt.date(y, m, d), tuple(arts)) for d, arts in sorted(tree[y][m].items(), reverse=True)
            )
            months.append(MonthIndex(y, m, tuple(by_month[(y, m)]), days))
        years.append(YearIndex(y, tuple(by_year[y]), tuple(months)))
    return tuple(years), tuple(undated)


def _entities(
    ordered: Sequence[Article],
) -> tuple[dict[EntityType, tuple[EntityIndex, ...]], dict[tuple[EntityType, str], EntityIndex]]:
    arts: dict[tuple[EntityType, str], list[Article]] = defaultdict(list)
    mentions: Counter[tuple[EntityType, str]] = Counter()
    aliases: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    sentences: dict[tuple[EntityType, str], dict[str, str]] = defaultdict(dict)
    co: dict[tuple[EntityType, str], Counter[tuple[EntityType, str]]] = defaultdict(Counter)
    for a in ordered:
        keys = list(dict.fromkeys((e.type, e.name) for e in a.entities))
        for e in a.entities:
            key = (e.type, e.name)
            if not arts[key] or arts[key][-1] is not a:
                arts[key].append(a)
            mentions[key] += e.count
            aliases[key].update(x for x in e.aliases if x != e.name)
            if e.sentence:
                sentences[key].setdefault(a.slug, e.sentence)
        for k in keys:
            co[k].update(keys)  # itself too (one list, counted in C): taken out below
    refs: dict[tuple[EntityType, str], EntityRef] = {}
    for type_ in ENTITY_TYPES:
        names = sorted(n for t, n in arts if t == type_)
        for name, slug in zip(names, urls.unique_slugs(names, "entity"), strict=True):
            refs[(type_, name)] = EntityRef(type_, name, slug)
    by_type: dict[EntityType, list[EntityIndex]] = {t: [] for t in ENTITY_TYPES}
    entity_of: dict[tuple[EntityType, str], EntityIndex] = {}
    for key, ref in refs.items():
        co[key].pop(key, None)
        first_date, last_date = _first_and_last(arts[key])
        idx = EntityIndex(
            ref=ref,
            aliases=tuple(sorted(aliases[key])),
            mentions=mentions[key],
            articles=tuple(arts[key]),
            sentences=sentences[key],
            first_date=first_date,
            last_date=last_date,
            co_occurring=tuple(
                (refs[k], n) for k, n in sorted(co[key].items(), key=lambda kv: (-kv[1], kv[0][1]))[:CO_OCCURRING]
            ),
        )
        by_type[ref.type].append(idx)
        entity_of[key] = idx
    ranked = {
        t: tuple(sorted(v, key=lambda e: (-len(e.articles), -e.mentions, e.name.casefold())))
        for t, v in by_type.items()
    }
    return ranked, entity_of


def _first_and_last(articles: Sequence[Article]) -> tuple[DateInfo | None, DateInfo | None]:
    """The earliest and the latest date of ``articles``, which are in ``collect``'s order (newest
    first by ``_date_order``, undated last): of several equal, the first and the last of them in a
    stable sort by ``_date_order``. Read from the two ends of the dated run, not from every
    article: an entity in half of 100,000 articles would touch each of them (5 s there, against
    0.2 s at 10,000, as the articles no longer fit the processor's caches)."""
    end = len(articles)
    while end and articles[end - 1].date.date is None:
        end -= 1
    if not end:
        return None, None
    newest = _date_order(articles[0].date)
    i = 0
    while i + 1 < end and _date_order(articles[i + 1].date) == newest:
        i += 1
    oldest = _date_order(articles[end - 1].date)
    j = end - 1
    while j > 0 and _date_order(articles[j - 1].date) == oldest:
        j -= 1
    return articles[j].date, articles[i].date


def _date_order(d: DateInfo) -> tuple[dt.date, int]:
    """Chronological; of two equal dates, the more precise one counts as later (it is inside the
    period the less precise one starts)."""
    assert d.date is not None
    return d.date, _PRECISION_ORDER.get(d.precision, 0)


_PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}


def _related(ordered: Sequence[Article]) -> dict[str, tuple[Article, ...]]:
    """Related articles: shared entities and shared headline vocabulary, weighted by rarity.

    Each article keeps its most distinctive features (those shared with few other articles), so
    the work grows linearly with the archive.
    """
    n = len(ordered)
    cap = max(5, min(50, n // 20))
    features: list[set[str]] = []
    for a in ordered:
        feats = {f"e:{e.type}:{e.name}" for e in a.entities}
        feats |= {f"w:{t}" for t in content_terms(a.title)}
        features.append(feats)
    df: Counter[str] = Counter(f for fs in features for f in fs)
    posting: dict[str, list[int]] = defaultdict(list)
    kept: list[list[str]] = []
    for i, fs in enumerate(features):
        useful = sorted((f for f in fs if 1 < df[f] <= cap), key=lambda f: (df[f], f))[:12]
        kept.append(useful)
        for f in useful:
            posting[f].append(i)
    out: dict[str, tuple[Article, ...]] = {}
    for i, a in enumerate(ordered):
        scores: dict[int, float] = {}
        for f in kept[i]:
            weight = math.log(1 + n / df[f]) * (1.0 if f.startswith("e:") else 0.7)
            for j in posting[f]:
                if j != i:
                    scores[j] = scores.get(j, 0.0) + weight
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:RELATED]
        out[a.slug] = tuple(ordered[j] for j, _s in best)
    return out
