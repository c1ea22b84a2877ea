"""Plain data that flows one way through the pipeline. No I/O here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "subheading", "note", "url"]
Precision = Literal["day", "month", "year", "unknown"]
EntityType = Literal["person", "organization", "place"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organization", "place")
ENTITY_KEYS: dict[EntityType, str] = {
    "person": "people",
    "organization": "organizations",
    "place": "places",
}


@dataclass(frozen=True)
class Block:
    """One unit of an article body, in corpus order."""

    kind: BlockKind
    text: str
    line: int  # 1-based line in the corpus file


@dataclass(frozen=True)
class Decision:
    """A headline-vs-not call the segmenter made about one candidate line."""

    line: int
    text: str
    headline: bool
    confidence: float  # 0.5 (coin toss) .. 1.0 (certain)
    evidence: str
    forced: bool = False  # set by an editor's override


@dataclass(frozen=True)
class RawArticle:
    """An article as found in a corpus file, before enrichment."""

    source_file: str
    first_line: int  # the headline's 1-based line
    last_line: int
    title: str
    blocks: tuple[Block, ...]
    forced: bool = False  # an editor's override made the first line a headline


@dataclass(frozen=True)
class Segmentation:
    """The articles of one corpus file and every call made to find them."""

    source_file: str
    articles: tuple[RawArticle, ...]
    decisions: tuple[Decision, ...]


@dataclass(frozen=True)
class DateInfo:
    date: dt.date | None
    precision: Precision
    evidence: str

    @staticmethod
    def unknown(evidence: str = "no date found in the text") -> DateInfo:
        return DateInfo(None, "unknown", evidence)


@dataclass(frozen=True)
class TopicAssignment:
    topics: tuple[str, ...]  # 1-3, primary first
    scores: tuple[tuple[str, float], ...] = ()  # every topic's score, best first


@dataclass(frozen=True)
class EntityMention:
    """An entity as one article mentions it."""

    name: str  # canonical name
    type: EntityType
    count: int
    aliases: tuple[str, ...] = ()  # other surface forms seen in this article
    sentence: str = ""  # the first sentence that mentions it


@dataclass(frozen=True)
class Enrichment:
    date: DateInfo
    topics: TopicAssignment
    entities: tuple[EntityMention, ...]  # most mentioned first


@dataclass(frozen=True)
class Article:
    """An enriched article as its Markdown page holds it (editor's changes applied)."""

    slug: str
    title: str
    date: DateInfo
    topics: tuple[str, ...]
    entities: tuple[EntityMention, ...]
    source_file: str
    source_lines: tuple[int, int]
    body_markdown: str
    summary: str
    word_count: int
    topic_scores: tuple[tuple[str, float], ...] = ()
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def entity_names(self, type_: EntityType) -> list[str]:
        return [e.name for e in self.entities if e.type == type_]

    @property
    def reading_minutes(self) -> int:
        return max(1, round(self.word_count / 230))
