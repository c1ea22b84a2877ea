"""Publication dates inferred from the text (first pass; see issue 5)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitegen.model import DateInfo

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_FULL = re.compile(rf"\b({_MONTHS})\s+(\d{{1,2}}),\s+(\d{{4}})\b")


@dataclass(frozen=True)
class DateClues:
    """What one article's text says about its date; cacheable, resolved per corpus file."""

    full_dates: tuple[dt.date, ...]


def find_date_clues(title: str, paragraphs: Sequence[str]) -> DateClues:
    found = []
    for m in _FULL.finditer("\n".join([title, *paragraphs])):
        month = _MONTHS.split("|").index(m.group(1)) + 1
        try:
            found.append(dt.date(int(m.group(3)), month, int(m.group(2))))
        except ValueError:
            continue
    return DateClues(tuple(found))


def resolve_dates(clues: Sequence[DateClues]) -> list[DateInfo]:
    out = []
    for c in clues:
        if c.full_dates:
            d = max(c.full_dates)
            out.append(DateInfo(d, "day", f"latest full date in the text: {d:%B %-d, %Y}"))
        else:
            out.append(DateInfo.unknown())
    return out
