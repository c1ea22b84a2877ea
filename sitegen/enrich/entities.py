"""Named entities (first pass; see issue 6)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sitegen.model import EntityMention


@dataclass(frozen=True)
class AliasRules:
    """An editor's aliases file: merge, rename, ignore, retype."""

    merge: tuple[tuple[str, str], ...] = ()  # (alias, canonical)
    ignore: tuple[str, ...] = ()
    retype: tuple[tuple[str, str], ...] = ()  # (name, type)


def load_aliases(path: Path) -> AliasRules:
    return AliasRules()


def extract_entities(title: str, paragraphs: Sequence[str], rules: AliasRules) -> tuple[EntityMention, ...]:
    return ()


def canonicalize_corpus(
    per_article: Sequence[tuple[EntityMention, ...]], rules: AliasRules
) -> list[tuple[EntityMention, ...]]:
    return list(per_article)
