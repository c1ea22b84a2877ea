"""Publication dates inferred from the text (issue 5; the method is in docs/dates.md).

:func:`find_date_clues` records every date expression of ONE article as a :class:`Mention` (full
dates, month-days and ranges, months, periods, years, weekdays, relative expressions, ages and
"Yearender" hints), each with its place and tense: future under "will", "shall", "scheduled",
"take effect" or a deadline "by <date>", past otherwise. URLs are blanked first.

:func:`resolve_dates` dates the articles of ONE corpus file. Missing years come from the article's
own explicit dates or from its neighbours; past mentions bound the date from below and future ones
from above; a weekday pins the day only next to a recent dated event (or just before a dated
future one), else the precision drops to month, or to year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal, NamedTuple

from mypy_extensions import mypyc_attr

from sitegen.model import DateInfo, Precision

Kind = Literal[
    "date",
    "month",
    "period",
    "year",
    "yearof",
    "weekday",
    "relative",
    "age",
    "hint",
    "era",
    "daynum",
    "dayname",
    "dayafter",
]

# --- vocabulary ------------------------------------------------------------------------------

_MONTH_NAMES = "january february march april may june july august september october november december".split()
_MONTH_NUM = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)}
_MONTH_NUM.update({name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)})
_MONTH_NUM["sept"] = 9
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAY_NUM = {name: i for i, name in enumerate(_WEEKDAYS)}
_UNIT_WORDS = "one two three four five six seven eight nine".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    **{w: n for n, w in enumerate(_UNIT_WORDS, start=1)},
    **{
        w: n
        for n, w in enumerate(
            "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), start=10
        )
    },
    # "twenty", "fifty-five" ... "ninety-nine"
    **{
        f"{t}{'-' + u if u else ''}": 20 + 10 * i + j
        for i, t in enumerate(_TENS_WORDS)
        for j, u in enumerate(["", *_UNIT_WORDS])
    },
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}

# --- patterns --------------------------------------------------------------------------------

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)\b"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_TO = r"\s*(?:-|–|—|to|through|until|till|and)\s*"
# A number after a day and month is its year ("Oct. 19, 2015", read as such), unless it counts
# days or weeks: "a vote on Oct. 19, 78 days away".
_NOT_A_COUNT = r"\d(?!\d*\s+(?:days?|weeks?)\b)"
# More days of a list ("Nov. 18, 19 and 20"), not a count that follows ("on Nov. 18, 10 days after …").
_MORE_DAYS = rf"(?:,\s*{_DAY}(?!\s+(?:days?|weeks?)\b))*"
_NUMW = (  # (the commonest first)
    r"(?:\d{1,3}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen"
    r"|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine)\b)?)"
)
_REL_YEAR = r"(?:this|last|next|the)\s+year\b"
_PREP = (
    r"(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hroughout"
    r"|[Tt]hrough|[Aa]s\s+of|[Tt]his|[Ll]ast|[Nn]ext|end\s+of|beginning\s+of|start\s+of|middle\s+of"
    # "through the first three weeks of September", "the last days of March"
    r"|(?:first|last|final|second)\s+(?:(?:two|three|four|few)\s+)?(?:weeks?|days|fortnight|half)\s+of)"
)
_YEAR_PREP = (
    r"(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]hrough"
    r"|[Aa]round|[Ff]or|[Oo]f|[Tt]o|[Bb]etween|and|or|[Ee]arly|[Mm]id|[Ll]ate|year|[Aa]s\s+of)"
)

# Holidays: on their day of the year, on a day counted from Easter, or on the nth weekday of a month
# (-1: the last). Only those whose day is the same wherever English is written: not "Independence
# Day" (4 July or 15 August), "National Day", "Labour Day", "Heritage Day", Canada's Thanksgiving
# (the US one is), Mothering Sunday's "Mother's Day", South Africa's "Women's Day"; nor "April
# Fool's Day", more often a joke's than a day's. Names as the text may write them, apostrophes and
# full stops optional.
_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "st. stephen's day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "hogmanay": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "hallowe'en": (10, 31),
    "all saints' day": (11, 1),
    "all souls' day": (11, 2),
    "fourth of july": (7, 4),
    "juneteenth": (6, 19),
    "veterans day": (11, 11),
    "groundhog day": (2, 2),
    "canada day": (7, 1),
    "australia day": (1, 26),
    "anzac day": (4, 25),
    "waitangi day": (2, 6),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "burns night": (1, 25),
    "st. patrick's day": (3, 17),
    "st. andrew's day": (11, 30),
    "st. david's day": (3, 1),
    "st. george's day": (4, 23),
    "bastille day": (7, 14),
    "earth day": (4, 22),
    "international women's day": (3, 8),
    "international yoga day": (6, 21),
    "world aids day": (12, 1),
    "world environment day": (6, 5),
    "gandhi jayanti": (10, 2),
    "pakistan day": (3, 23),
    "kashmir solidarity day": (2, 5),
    "iqbal day": (11, 9),
    "mashujaa day": (10, 20),
    "kenyatta day": (10, 20),
    "jamhuri day": (12, 12),
    "madaraka day": (6, 1),
    "day of reconciliation": (12, 16),
    "rizal day": (12, 30),
    "bonifacio day": (11, 30),
    "ninoy aquino day": (8, 21),
    "malaysia day": (9, 16),
    "merdeka day": (8, 31),
    "gawai dayak": (6, 1),
    "kerala piravi": (11, 1),
}
_EASTER_HOLIDAYS = {
    "easter": 0,
    "easter sunday": 0,
    "easter monday": 1,
    "good friday": -2,
    "holy saturday": -1,
    "maundy thursday": -3,
    "holy thursday": -3,
    "palm sunday": -7,
    "mothering sunday": -21,
    "ash wednesday": -46,
    "shrove tuesday": -47,
    "pancake day": -47,
    "ascension day": 39,
    "whit monday": 50,
}
_NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {  # (month, weekday, nth)
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "martin luther king day": (1, 0, 3),
    "martin luther king, jr. day": (1, 0, 3),
    "MLK day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "president's day": (2, 0, 3),
    "patriots' day": (4, 0, 3),
    "columbus day": (10, 0, 2),
    "indigenous peoples' day": (10, 0, 2),
    "remembrance sunday": (11, 6, 2),
    "melbourne cup day": (11, 1, 1),
}


def _holiday_key(name: str) -> str:
    """A holiday's name as the tables above are looked up by: lower case, no apostrophes, full
    stops or commas, "Saint" as "St" ("St Patrick's Day", "Presidents Day")."""
    words = re.sub(r"['’.,]", "", name).lower().split()
    return " ".join("st" if w == "saint" else w for w in words)


_FIXED_DAYS = {_holiday_key(k): v for k, v in _FIXED_HOLIDAYS.items()}
_EASTER_DAYS = {_holiday_key(k): v for k, v in _EASTER_HOLIDAYS.items()}
_NTH_WEEKDAY_DAYS = {_holiday_key(k): v for k, v in _NTH_WEEKDAY_HOLIDAYS.items()}


def _holiday_words(name: str) -> str:
    """The pattern of a holiday's name as a text writes it: capitalised (not "of"), apostrophes and
    full stops optional, "St." as "Saint" too."""
    out = []
    for w in name.split():
        if w in ("st.", "saint"):
            out.append(r"(?:St\.?|Saint)")
            continue
        word = w if w == "of" else w[0].upper() + w[1:]
        out.append(re.escape(word).replace("'", "['’]?").replace(r"\.", r"\.?").replace(",", ",?"))
    return r"\s+".join(out)


def _by_first_letter(patterns: Sequence[str]) -> str:
    """One alternation of ``patterns`` grouped by their first letter ("C(?:hristmas|anada\\s+Day)"):
    the regex engine tries a group only where its letter is."""
    groups: dict[str, list[str]] = {}
    for pat in patterns:
        head = pat[0] if pat[0].isalpha() else ""
        groups.setdefault(head, []).append(pat[1:] if head else pat)
    return "|".join(f"{head}(?:{'|'.join(rests)})" if head else "|".join(rests) for head, rests in groups.items())


_HOLIDAY_NAMES = sorted((*_FIXED_HOLIDAYS, *_EASTER_HOLIDAYS, *_NTH_WEEKDAY_HOLIDAYS), key=len, reverse=True)
_HOLIDAY_TRIE = _by_first_letter([_holiday_words(n) for n in _HOLIDAY_NAMES])  # every name, longest first
_HOLIDAY = (
    r"\b(?:(?:[Tt]he\s+)?(?:eve\s+of|day\s+before)\s+)?(?:the\s+)?(?:"
    + _HOLIDAY_TRIE
    + r")(?![\w'’])(?:,?\s+(?:1[89]|20)\d\d\b)?"  # "Boxing Day 1912"
)
# A bare feast ("Christmas", "Easter") is a day only after a word of time ("before Christmas",
# "on Easter"), not as a season's name ("Christmas lights", "a Christmas shaped by recession").
_BARE_HOLIDAYS = frozenset({"christmas", "easter", "thanksgiving", "halloween", "hogmanay", "juneteenth"})
_HOLIDAY_BEFORE = frozenset("on before after until till by since over at this last next of".split())
_HOLIDAY_SEASON_AFTER = re.compile(r"\s+(?:weekend|holidays?|period|season|break|recess|week|market|lights|trees?)\b")


_NTH_DAY = "nth:"  # (a holiday's key: "nth:MONTH:WEEKDAY:N", N = -1 for the last)


def _holiday_date(name: str, year: int) -> dt.date:
    """The day of a holiday in ``year``."""
    if name in _FIXED_DAYS:
        return dt.date(year, *_FIXED_DAYS[name])
    if name in _EASTER_DAYS:
        return _easter(year) + dt.timedelta(days=_EASTER_DAYS[name])
    if name.startswith(_NTH_DAY):  # "nth:5:1:1", the first Tuesday of May
        month, weekday, nth = map(int, name.removeprefix(_NTH_DAY).split(":"))
    else:
        month, weekday, nth = _NTH_WEEKDAY_DAYS[name]
    if nth < 0:
        last = _month_end(year, month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


# One alternation, most specific first: at any position the first kind that matches wins.
_KINDS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?:19|20)\d\d(?P<sep>[-/])(?:1[0-2]|0?[1-9])(?P=sep)(?:3[01]|[12]\d|0?[1-9])\b"),
    ("mdy", rf"\b{_MON}\s+{_DAY}{_MORE_DAYS}(?:,?{_TO}(?:{_MON}\s+)?{_DAY})?,?\s+{_YEAR}"),
    ("dmy", rf"\b{_DAY}{_MORE_DAYS}(?:,?{_TO}{_DAY})?\s+(?:of\s+)?{_MON},?\s+{_YEAR}"),
    # "the last day of July"; "the last trading day of March" (its end, or the weekday told with it)
    ("dayof", rf"\b(?:first|last)\s+(?:(?:trading|business|working)\s+)?day\s+of\s+{_MON}(?:,?\s+{_YEAR})?"),
    (
        "half",
        rf"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:half|quarter)\s+of\s+(?:{_YEAR}|{_REL_YEAR})",
    ),
    ("firstn", rf"\bfirst\s+{_NUMW}\s+months\b(?:\s+(?:of\s+)?(?:{_YEAR}|{_REL_YEAR}))?"),
    (
        "mrange",
        rf"\b(?:(?:[Ff]rom|[Bb]etween)\s+)?{_MON}\s*(?:-|–|to|through)\s*{_MON}"
        rf"(?:,?\s+{_YEAR}|\s+(?:of\s+)?{_REL_YEAR})?",
    ),
    ("hq", rf"\b(?:H[12]|Q[1-4])\s+{_YEAR}"),
    (
        "yearend",
        rf"\b(?:end|close|last\s+month|final\s+month|last\s+quarter|final\s+quarter|beginning|start)"
        rf"\s+of\s+{_YEAR}",
    ),
    ("my", rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}"),
    # "on December 2 last year": the year said after the date, as after a month
    (
        "md",
        rf"\b{_MON}\s+{_DAY}{_MORE_DAYS}(?:,?{_TO}(?:{_MON}\s+)?{_DAY})?(?!\s*,?\s*{_NOT_A_COUNT})"
        rf"(?:,?\s+(?:this|last|next)\s+year\b)?",
    ),
    (
        "dm",
        rf"\b{_DAY}{_MORE_DAYS}(?:,?{_TO}{_DAY})?\s+(?:of\s+)?{_MON}(?!\.?\s*,?\s*{_NOT_A_COUNT})"
        rf"(?:,?\s+(?:this|last|next)\s+year\b)?",
    ),
    ("mthis", rf"\b(?:mid-)?{_MON}\s+(?:of\s+)?(?:this|last|next)\s+year\b"),
    (
        "monly",
        rf"\b{_PREP}\s+(?:(?:early|late|mid)[\s-]+)?{_MON}(?!\.?\s*,?\s*\d)(?:\s+(?:of\s+)?(?:this|last|next)\s+year\b)?",
    ),
    ("mmid", rf"\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+{_MON}(?!\.?\s*,?\s*\d)"),
    ("hint", r"\b(?:(?:19|20)\d\d\s+)?[Yy]ear[- ]?[Ee]nder\b|\b[Yy]ear\s+in\s+[Rr]eview\b"),
    (
        "year",
        rf"\b{_YEAR_PREP}[\s-]+(?:(?:early|late|mid)[\s-]+)?{_YEAR}(?:\s*[-–]\s*(?:19|20)?\d\d\b)?(?![-./]\d|,\d|%)",
    ),
    # a year naming what it is the year of: "the 2019 federal election", "the 2019-20 fiscal year",
    # "their side's 2016 season"
    (
        "yearof",
        rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Za-z]+['’]s)\s+{_YEAR}(?:[-–/](?:19|20)?\d\d\b)?(?=\s+[A-Za-z])",
    ),
    ("holiday", _HOLIDAY),
    # "the first Tuesday of May", "the last Friday in June": a day that moves, placed with its year
    (
        "nthday",
        rf"\b(?:[Tt]he\s+)?(?:first|second|third|fourth|last)\s+{_WEEKDAY}\s+(?:of|in)\s+{_MON}(?:,?\s+{_YEAR})?",
    ),
    ("weekday", rf"\b{_WEEKDAY}"),
    (
        "relative",
        r"\b(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:year|month|week)\b"
        r"|\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?:year|month|week)\b(?!\s+of\b)"
        r"|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight)\b"
        rf"|\b{_NUMW}\s+(?:years?|months?|weeks?|fortnights?|days?|decades?)\s+ago\b"
        r"|\b(?:a\s+quarter\s+of\s+a|half\s+a|a)\s+century\s+ago\b"
        rf"|\b{_NUMW}\s+(?:years?|months?|weeks?|fortnights?|days?)(?:\s+to\s+the\s+day\s+since|(?:\s+to\s+the\s+day)?\s+after)\b"
        rf"|\b{_NUMW}\s+(?:weeks?|fortnights?|days?)\s+earlier\b(?!\s+than)"
        # "yesterday, the day after the May 8 poll" (not "a hundred years to the day after")
        r"|(?:(?<=\bthe\s)|(?<=\bThe\s))(?<!\bto\sthe\s)day\s+(?:after|before)\b(?!\s+(?:that|which|when))"
        # "the fourth straight day of the cold spell, which began on January 8": January 11
        r"|\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
        r"\s+(?:(?:straight|consecutive|successive|full)\s+)?day\s+of\b"
        # "on Sunday, the last day of the ten-day festival that began on September 10": September 19
        rf"|\bthe\s+(?:last|final)\s+day\s+of\s+(?:the|a|its|their)\s+{_NUMW}-day\b"
        rf"|\b{_NUMW}\s+(?:days?|weeks?)\s+since\b"  # "570 days since his arrest on Aug. 17, 2020"
        # "which opened on Tuesday, runs for two weeks until Tuesday, February 7": opened two weeks before it
        rf"|\b(?:for\s+)?{_NUMW}\s+(?:weeks?|fortnights?|days?)\s+until\b"
        rf"|\b(?:for|by)\s+{_NUMW}\s+(?:days?|weeks?|fortnights?)\b"  # "set for March 3 but postponed for a week"
        rf"|\b{_NUMW}\s+(?:weeks?|fortnights?|days?)(?:\s+(?:left|remaining|to\s+go)\s+(?:before|until|till)|\s+before|\s+ahead\s+of|,\s+ending)\b"
        # "The Panthers have 10 days to regroup before they open their home schedule … on Sept. 18"
        rf"|(?:(?<=\bhave\s)|(?<=\bhas\s)){_NUMW}\s+(?:weeks?|fortnights?|days?)\s+to\s+[a-z]+\s+before\b"
        rf"|\b{_NUMW}\s+(?:years?|months?|weeks?|fortnights?|days?)\s+away\b"
        rf"|\b{_NUMW}\s+(?:weeks?|fortnights?)\s+(?:today|tomorrow)\b"
        rf"|\b{_NUMW}\s+(?:years?|months?|weeks?|fortnights?|days?)\s+from\s+(?:today|now|yesterday)\b"  # "on Sept 21, a week from today"
        # "go out May 1, two weeks from Thursday" (not a span from a day: "for 21 days from Monday, November 1")
        rf"|\b{_NUMW}\s+(?:weeks?|fortnights?|days?)\s+from\s+{_WEEKDAY}(?!,?\s+(?:{_MON}|\d))"
        rf"|\bin\s+{_NUMW}\s+(?:weeks?|fortnights?|days?)['’]?\s+time\b"  # "on 29 March, in ten days' time"
        rf"|\b(?:in|within)\s+{_NUMW}\s+(?:weeks?|fortnights?|days?),\s+by\b"  # "its report in seven days, by March 5"
        rf"|\bin\s+{_NUMW}\s+(?:weeks?|fortnights?|days?),\s+on\b",  # "will face the Broncos in two weeks, on Feb. 7"
    ),
    ("age", rf"\b{_NUMW}-(?:day|week|month)-old\b|\b{_NUMW}\s+(?:days|weeks|months)\s+old\b"),
)
_SCAN = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _KINDS), re.ASCII)
# A holiday's scan starts at its whole name (_HOLIDAY_TRIE), not at its first word: "Martin",
# "George" or "New" alone start none.
_HOLIDAY_STARTS = sorted(
    {
        ("Sai" if n.startswith("saint") else "St" if n.startswith("st.") else n[0].upper() + n[1:3])
        for n in _HOLIDAY_NAMES
    }
)  # (three letters: "Pre", "Pal", "Pak" let fewer capitalised words through than "Pa", "Pr")
# Matching _SCAN everywhere is slow; it is only tried, anchored, at and just before these words.
# A non-word character (consumed: the text gets a leading space) rather than "\b" lets the engine
# jump from one word start to the next; the look-ahead (how the words start) gives up early.
_TRIGGER = re.compile(
    r"[^\w](?=[JFMASONDTWHQY12]|ye|mo|we|fo|da|ag|to|ha|qu|ol|dec|cen|"
    + _by_first_letter([h for h in _HOLIDAY_STARTS if h[0] not in "JFMASONDTWHQY"])
    + r")(January|February|March|April|May|June|July|August|September|October|November|December|"
    + _HOLIDAY_TRIE
    + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|(?:1[89]|20)\d\d|[Yy]ears?|months?|weeks?|fortnights?|days?|ago|[Yy]esterday|[Tt]oday|[Tt]onight"
    r"|half|quarter|old|decades?|century|[HQ][1-4]|[Yy]ear[- ]?[Ee]nder)\b",
    re.ASCII,
)
_LEADS = frozenset(
    (
        "in within since by from until till before after during throughout through as of this last next end"
        " beginning start middle early late mid between first second third fourth 1st 2nd 3rd 4th earlier"
        " later past coming around for to and or year the its their his her our close final day"
        # "New Year's Day", "Good Friday", "the eve of Father's Day", "St. Patrick's Day", "the last trading day of"
        " new good eve st. st saint trading business working"
        " fifth sixth seventh eighth ninth tenth straight consecutive successive full"
    ).split()
    + list(_NUMBER_WORDS)
)
_OPENERS = "\"'“‘(["

_MONTH_TOKEN = re.compile(_MON, re.ASCII)
_DAY_TOKEN = re.compile(r"(?<!\d)(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]?\d)")
_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d")
_REL_TOKEN = re.compile(r"\b(this|last|next|the)\s+year\b")
_NUM_TOKEN = re.compile(rf"\b({_NUMW})\b", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# Not after a title's abbreviation: "a year to the day after Gov. Mike DeWine announced on March 12",
# nor after a time's: "will be held at 11 a.m. Saturday, Feb. 20".
_TITLE_ABBREVIATIONS = [
    *"Mr Ms Mrs Dr St Jr Sr Sen Rep Gov Gen Col Lt Sgt Capt Prof Supt Insp Cmdr Adm".split(),
    r"a\.m",
    r"p\.m",
]
_SENTENCE_END = re.compile(
    r"[.!?]" + "".join(rf"(?<!\b{a}\.)" for a in _TITLE_ABBREVIATIONS) + r"[\"'”’)\]]*\s+(?=[\"“‘(]?[A-Z])",
    re.ASCII,
)
_ODD_SPACES = ("\xa0", "\u202f", "\u2009")  # ASCII patterns see only plain spaces
_BIRTH = re.compile(r"\b(?:born|birth|hatched)\b", re.IGNORECASE)
_DATELINE = re.compile(
    rf"^\s*(?:(?:Published|Updated|Posted|Date|UPDATE|Update)(?:\s+on)?\s*:?\s*(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?,?\s+)?"
    rf"|[A-Z][A-Za-z.'’ -]{{1,40}},\s*(?:[A-Z][A-Za-z. ]{{1,30}},\s*)?)"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"  # "CARDIFF, Tuesday 4 June (PA) –"
    rf"(?={_MON}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON})"
)
# a wire's dateline with its month in capitals: "OSHAKATI, 07 MAR (NAMPA) –", "COLOMBO, MAR 12 (AFP) -"
_CAPS_DATELINE = re.compile(
    r"^([A-Z][A-Z.'’ -]{1,40},\s*(?:\d{1,2}\s+)?)(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)(?=\.?\s+\d|\s*\()"
)
_TOMORROW_BEFORE = re.compile(
    r"\b((?:the\s+day\s+after\s+)?[Tt]omorrow),\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?$"
)
# A wire's or an editor's note of when the text came out: "This report by The Canadian Press was
# first published June 3, 2022.", "Editor's Note: This article was first published on Monday, June 15".
_FIRST_PUBLISHED = re.compile(
    r"\b(?:this|the)\s+(?:article|report|story|piece)\b[^.]{0,60}?\b(?:was\s+)?(?:first|originally)\s+published\s+"
    r"(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
    re.IGNORECASE,
)
_FIRST_PUBLISHED_REACH = 160  # characters before the date that the note can take
_TODAY_REACH = 48  # characters before a date read for "today": "Today is Civic Holiday Monday, "
_TODAY_BEFORE = re.compile(
    # "opens this evening, Friday October 27", "Today is Civic Holiday Monday, Aug. 6"
    r"\b(?:[Tt]o(?:day|night)(?:\s+is(?:\s+[A-Z][\w'’-]*){0,3})?|this\s+(?:morning|afternoon|evening)),?\s+"
    r"(?:\(?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+|\()?(?:the\s+)?$"  # "today (December 29)"
)
# after the date: "(Reuters) -", ", CMC –" (a wire's name in capitals), "–", ":" or the year
# after the date: a dash or a colon, the agency's name first or not; or the agency's name and the
# sentence ("New Delhi, Oct 7 (PTI) The Supreme Court on Monday ...")
_DATELINE_TAIL = re.compile(
    r"\s*(?:\(\w[\w ]*\)\s*(?:--|—|–|-|:|(?=[A-Z\"“‘']))|(?:,?\s*[A-Z]{2,8}\s+)?(?:--|—|–|-|:|\d))"
)

# Tense: the last marker word before a mention decides, future against past.
_FUTURE_MARKERS = frozenset(
    (
        "will shall would could may might must won't scheduled slated expected expects expecting plan plans planned"
        " planning aim aims aiming intend intends upcoming forthcoming ahead target targets deadline due payable"
        " track"  # "on track for the second half of 2018"
        " promise promises promising pledge pledges pledging"  # "keeps promising an election in 2018"
        " forecast forecasts projection projections outlook"  # "its inflation forecast for 2023"
        " prepare prepares preparing"  # "have begun preparing for the March 2022 state election"
        " want wants hope hopes hoping"  # "I want to win again in front of our own people in 2023"
    ).split()
)
# What is made for a year to come: "the Budget for 2018", "revenue estimates for 2021".
_BUDGET_NOUNS = frozenset("budget budgets estimates appropriation appropriations allocation allocations".split())
_FOR_FISCAL = re.compile(r"\b[Ff]or\s+(?:the\s+)?(?:[Ff]iscal|[Ff]inancial)\s+$")  # "budget for fiscal year 2025"
_HOPED_FOR = (["of"], ["for"], ["to"], ["that"])  # "their hopes of a title in 2016" look ahead
_PLAN_NOUNS = frozenset("plan plans target targets deadline outlook projection projections pledge pledges".split())
_COMPARED = frozenset("forecast forecasts expected".split())
_MODALS = frozenset("will shall would could may might must won't".split())
_EXPECTED = frozenset("expected scheduled slated due set planned".split())
_PAST_AUXILIARIES = frozenset("was were had".split())
# A forecast looks ahead to what it names ("warned of a second surge from Thursday, Dec 31"), not
# at the day it was made ("warned on Monday"): only with words between the two.
_FORECAST_VERBS = frozenset("warn warns warned predict predicts predicted".split())
# Verbs that put something on a calendar: "set a hearing for June 15" looks ahead whatever their tense.
_SCHEDULING = frozenset("set scheduled fixed listed slated booked rescheduled planned".split())
_AMOUNT_UNITS = frozenset("percent per cent points million billion trillion".split())  # (the digits are left out)
# what is left of an amount once its digits are gone ("$110m", "£2bn", "R5bn", "$40k"), and the
# words that may come before it ("about $110m")
_AMOUNT_SUFFIXES = frozenset("m bn mn k".split())
_ABOUT = frozenset("about around roughly nearly almost some approximately".split())


_FROM_COUNT = re.compile(r"\bfrom\s+(?:(?:about|around|some)\s+)?(\d[\d,.]*)(?!\d)(?![-/:]\d)")
_FROM = re.compile(r"\bfrom\b")


def _from_at(before: str, words: Sequence[str], i: int) -> int:
    """Where in ``before`` the "from" at ``words[i]`` stands (the words leave out digits and
    marks), or -1."""
    nth = words[:i].count("from")
    found = list(itertools.islice(_FROM.finditer(before.lower()), nth, nth + 1))
    return found[0].start() if found else -1


def _count_from(before: str, words: Sequence[str], i: int) -> bool:
    """Whether the "from" at ``words[i]`` starts a count, no time: "will expand from 12 to 20 beds
    in 2020" (not a year: "from 2015 to 2019"). Only before the range's other end: "to rise by
    2030 from about 16 in 2023" is of that count's year."""
    at = _from_at(before, words, i)
    count = _FROM_COUNT.match(before, at) if at >= 0 else None
    return count is not None and not (len(count.group(1)) == 4 and count.group(1)[:2] in ("19", "20"))


_FROM_NAME = re.compile(r"\bfrom\s+(?:the\s+)?([A-Z][a-z]{2,})")  # (not a currency's letters: "from Le 9,000")


def _from_who(before: str, words: Sequence[str], i: int) -> bool:
    """Whether the "from" at ``words[i]`` is followed by a name that is no month or weekday ("from
    Albertans", "from the Red Cross"): a source, not a time."""
    at = _from_at(before, words, i)
    name = _FROM_NAME.match(before, at) if at >= 0 else None
    return name is not None and name.group(1).lower() not in _MONTH_NUM and name.group(1).lower() not in _WEEKDAYS


def _amount_at(words: Sequence[str], j: int, ranged: bool) -> bool:
    """Whether an amount starts at ``words[j]``: "11 percent", "$2.5 billion"; where a range's
    other end follows (``ranged``), also "about $110m" (else "from about 22-24 percent in 2023" is
    the year of that amount)."""
    if ranged and j < len(words) and words[j] in _ABOUT:
        j += 1
    return j < len(words) and (words[j] in _AMOUNT_UNITS or (ranged and words[j] in _AMOUNT_SUFFIXES))


_COUNT_UNITS = frozenset("day days week weeks fortnight fortnights month months year years".split())
_EARLIER_PLAN = frozenset("originally initially previously".split())
_PLAN_BEFORE = frozenset("had been".split()) | _EARLIER_PLAN  # "had been scheduled for March 30"


def _scheduled(words: Sequence[str], i: int) -> bool:
    """A scheduling verb a few words before "for" (``words[i]``), not one of an earlier plan."""
    for k in range(max(0, i - 4), i):
        if words[k] in _SCHEDULING:
            return not (k and words[k - 1] in _PLAN_BEFORE)
    return False


_COURT_AHEAD = frozenset("appear reappear stand".split())  # "remanded to appear on", "bailed to stand trial in"
_PAST_MARKERS = frozenset(
    (
        "said told met held made took gave saw went came began rose fell grew won wrote led built brought"
        " sent found left spoke became had was were did sold bought paid kept lost ran stood sought struck"
        " flew drew felt knew heard got ago since from than compared previously earlier last set died tied"
    ).split()
)
# Present-tense verbs of a schedule: "the fair concludes on November 4", "the holiday, which runs
# from April 29": news tells what has happened in the past tense, so these look ahead.
_SCHEDULE_VERBS = frozenset(
    (
        "begins starts opens closes ends concludes runs airs expires resumes kicks culminates wraps"
        " finishes lasts continues convenes reopens steps retires meets hosts faces visits plays travels"
        " apply applies sits continue host start begin hold holds meet play face visit travel starting"
        " turns addresses"  # "Carlsen, who turns 28 on Friday, Nov. 30", "Trump, who addresses the forum on Friday"
    ).split()
)
# A decision to do something: what follows happens later ("voted to place a bond issue on the Nov. 8 ballot").
_DETERMINERS = frozenset("the a an its his her their our my your this that these those".split())
_NOT_TO_DO = frozenset("blame date".split())  # "is to blame", "is to date": no plan
_NOUN_ON = (["on"], ["yesterday"], ["today"])  # what may follow a plan named as a noun before its day
_NOUN_AFTER = frozenset("in at of from with into".split())  # ("living in host communities"; not "to", "and")
_INTENT_VERBS = frozenset(
    (
        "voted agreed decided promised pledged vowed resolved threatened chose opted"
        " votes agrees decides promises pledges vows resolves threatens chooses opts"  # a headline's present
        " bidding seeking trying"  # what one is trying to do: "is still bidding to build a second model … from 2024"
    ).split()
)
_AHEAD_AFTER = re.compile(
    r"\s*(?:(?:(?!(?:and|but|or|so|which|that|as)\b)[\w-]+\s+)?(?:will|'ll)|,?\s*(?:may|might)\s+(?:not\s+)?[a-z]+|(?:is|are)\s+(?:expected|due|set|scheduled))\b"
)  # "in October will show", "2023 guidance will", not "in 2020 and will have to close"
# Moving a date later: what it is moved to lies ahead.
_DELAY_VERBS = frozenset(
    (
        "extended extend extends postponed postpone delayed delay pushed pushes push deferred rescheduled slips slipped slip"
        " adjourned adjourn adjourns remanded"  # a court's: "the case was adjourned to November 18"
    ).split()
)
# Words in "-ed" that are no past tense; "listed" and "proposed" as adjectives: "will announce its
# results, its first as a listed company, on May 30", "will scrutinize the proposed budget for 2023".
_NOT_PAST_ED = frozenset(
    "united hundred indeed need speed proceed exceed succeed red bed seed feed breed shed listed proposed"
    " undefeated unseeded talented".split()  # adjectives of a side or a player: "will play undefeated Western Michigan"
)
_PASSIVE = frozenset("be been being to remain stay".split())  # (and a state to come: "will remain closed from Monday")
_SCHEDULED = frozenset(
    "take takes taking come comes coming enter enters go goes leave leaves".split()
)  # "take effect", "leaves office"
_ENACTED = frozenset("took taken came went entered gone".split())
_TENSE_WORD = re.compile(r"[a-z'][a-z'-]*")
_NAME_WORD = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")  # a capital inside a sentence: a name's word
_CLOCK_DOTS = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)  # "6 p.m.": a time of day, no words
_SEE_IN_BEFORE = re.compile(
    r"\b(?:see|sees|saw|seeing|ring|rings|rang|ringing|usher|ushers|ushered|ushering)\s+$", re.IGNORECASE
)
_LEAD_PREP = re.compile(r"(?:by|before|to|until|till)\s+(?:around\s+)?(?=\S)", re.IGNORECASE)
_BEFORE_THE = re.compile(r"\b(?:before|by|until|till)\s+the\s+$", re.IGNORECASE)  # "… before the end of 2019"
_NEXT_WEEKDAY_BEFORE = re.compile(r"\bnext\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$")
_NEXT_WEEKS = re.compile(r"\bnext\s+week['’]s\s+$", re.IGNORECASE)  # "Next week's Memorial Day weekend"
_NEXT_WEEK_BEFORE = re.compile(
    r"\bnext\s+week,?\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_DEADLINE_OPENING_WORDS = 2  # "By 2020,", "And by the end of 2020,": the sentence's opening
_PAST_AFTER = re.compile(r"\b(?:had|has|have|was|were)\b")
_NEXT_CLAUSE = re.compile(r",\s+(?:as|while|but|when|whereas|although)\b|;")
_NO_LATER = ["no", "later", "than"]
_NAMEABLE = frozenset("mdy md my dm dmy iso mthis mmid".split())
_NOT_WEEKDAY_BEFORE = frozenset("black good cyber super holy ash easter palm maundy bloody giving".split())
# a date's weekday after "a": "Remembrance Day fell on a Sunday"
_FELL_ON_A = re.compile(r"\b(?:fell|falls|fall|falling)\s+on\s+a\s+$", re.IGNORECASE)
_NAME_OK_BEFORE = frozenset(
    (
        "on in by since from until till before after during as of through throughout between and or to"
        " at for late early mid the this last next beginning end starting around about circa also dated"
        " date published updated posted"
    ).split()
    + _WEEKDAYS
)
_COUNT_NOUNS = frozenset(
    (
        "people persons tons tonnes units yuan dollars euros kilometers kilometres meters metres km"
        " miles cars vehicles companies firms enterprises times members visitors participants students"
        " workers troops soldiers households hectares acres pieces items cases deaths jobs projects"
        " flights passengers tourists residents employees sets copies shares seats homes"
    ).split()
)

# after a year naming what it is the year of ("the 2019 season"): not a count ("the 2000 homes")
_YEAR_OF_WORDS = 10  # words after such a year read for its own verb
_NOT_YEAR_OF = frozenset("block hours hrs".split())
_EVENTS_OF_A_YEAR = frozenset(
    (
        "elections polls floods fires bushfires wildfires games olympics playoffs finals championships"
        " nationals midterms riots protests talks awards results accords rains"
    ).split()
)

_LEDE_MIN_CHARS = 60
_EDITORS_NOTE = re.compile(r"(?:editor['’]s\s+note|correction|clarification)\s*:", re.IGNORECASE)
_NEIGHBOURS = 6
_NEIGHBOURS_SPAN = 150  # days: neighbours further apart than this give a year, not a month
_YESTERDAYS_BLOCKS = 3  # the paragraphs after the headline where a date may be yesterday's news
_OWN_BEFORE_AHEAD = 15  # years: a file's own year longer before the nearest year it looks ahead to is background
_IN_ORDER = 0.8  # share of a file's successive day-dated articles in date order: the file runs in date order
_STALE_DAYS = 45
_STALE_YEARS = 3  # when only the neighbours' year is known
_WRAP_PAST_DAYS = 100
_OWN_WRAP_DAYS = 31
_WRAP_FUTURE_DAYS = 31
_MAX_EVIDENCE = 160


# --- clues -----------------------------------------------------------------------------------


@mypyc_attr(native_class=False)  # pickled: see docs/scaling.md, "Compiled modules"
@dataclass(frozen=True)
class Mention:
    """One date expression: what it says, where it is and whether it looks ahead."""

    kind: Kind
    text: str
    block: int  # -1 is the title
    sentence: int
    lede: bool  # in the title or the first two substantial blocks
    future: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    rel_year: int | None = None  # "this year" 0, "last year" -1, "next year" +1
    weekday: int | None = None
    days: int | None = None  # ages ("ten-day-old") and "... ago", in days
    birth: bool = False  # the sentence is about a birth
    deadline: bool = False  # "by <date>"
    dateline: bool = False  # "CITY, Dec. 18 (Agency) --" or "Published: ..."
    pos: int = 0  # where it starts in its block
    next_week: bool = False  # "next week, on Friday, 9 December": in the week after the telling
    next_weekday: bool = False  # "next Monday, March 15": in the seven days after the telling
    current: bool = False  # the year of the telling: "in 1994, a quarter of a century ago" says 2019
    said: bool = False  # a weekday something was said on: "analysts said on Sunday", "told reporters Monday"
    holiday: str = ""  # a holiday placed with its year ("easter", "eve:christmas"): see _holiday_date
    to_yesterday: bool = False  # a count that ends yesterday ("two weeks before yesterday's hearing")
    to_today: bool = False  # a count that ends today ("announced the injury today, three days after ...")
    # a count after a past event that frames the present: "Seven years after ..." opening a
    # sentence, "The appointment comes 10 years after ..."
    framing: bool = False
    origin: bool = False  # the year something began: "Founded in 1987 as …", "born in 1962"
    since: bool = False  # a day a span runs from to the telling: "deaths since August 1"
    ended: bool = False  # the last day of a period reported on: "in the three months ended Dec. 31"


@mypyc_attr(native_class=False)  # pickled: see docs/scaling.md, "Compiled modules"
@dataclass(frozen=True)
class DateClues:
    """What one article's text says about its date; cacheable, resolved per corpus file."""

    mentions: tuple[Mention, ...] = ()
    # years naming what happened in them ("the 2019 federal election"), for the file's year only
    years_of: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class _Parsed:
    """The calendar fields of one expression, before its place in the text is known."""

    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    rel_year: int | None = None


@dataclass(frozen=True)
class _Block:
    """One block of text and its sentences, as the parser sees them."""

    text: str
    index: int
    lede: bool
    starts: tuple[int, ...]  # sentence starts
    ends: tuple[int, ...]  # sentence ends
    sentence_base: int


def find_date_clues(title: str, paragraphs: Sequence[str]) -> DateClues:
    """Every date expression in one article, in reading order."""
    found: list[Mention] = []
    years_of: list[Mention] = []
    texts: dict[int, str] = {}  # each block's text, as read
    sentence_base = 0
    lede_left = 2
    first_body = True
    unmet: tuple[int, list[tuple[int, str]]] | None = None  # a paragraph's anniversaries with nothing to count from
    for index, raw in enumerate([title, *paragraphs], start=-1):
        # (an editor's note before the story is no part of its lede)
        substantial = len(raw) >= _LEDE_MIN_CHARS and not _EDITORS_NOTE.match(raw)
        lede = index == -1 or (lede_left > 0 and substantial)
        dateline_end = -1
        if index >= 0 and substantial:
            lede_left -= 1
            if first_body:
                first_body = False
                if raw[:1].isupper() and raw[1:2].isupper():  # "OSHAKATI, 07 MAR (NAMPA) –"
                    raw = _CAPS_DATELINE.sub(lambda c: c.group(1) + c.group(2).title(), raw, count=1)
                head = _DATELINE.match(raw)
                dateline_end = head.end() if head else -1
        text = _URL.sub(lambda u: " " * len(u.group()), raw) if "/" in raw else raw
        for odd in _ODD_SPACES:
            if odd in text:
                text = text.replace(odd, " ")
        texts[index] = text
        era = _ERA.search(text) if any(h in text for h in _ERA_HINTS) else None
        if era:  # a name that did not exist before a year: "COVID-19" is told in 2020 or later
            found.append(Mention("era", era.group(), index, sentence_base, lede, year=_ERAS[era.lastgroup or ""]))
        matches = _scan(text)
        if not matches and "ast night" not in text:
            sentence_base += 1
            continue
        cuts = list(_SENTENCE_END.finditer(text))
        starts = (0, *(c.end() for c in cuts))
        ends = (*(c.start() + 1 for c in cuts), len(text))
        block = _Block(text, index, lede, starts, ends, sentence_base)
        births: dict[int, bool] = {}
        for m in matches:
            mention = _mention(m, block, births)
            if mention is None:
                continue
            if mention.kind == "yearof":
                years_of.append(mention)
                continue
            if (
                mention.kind == "date"
                and "ublished" in text
                and _FIRST_PUBLISHED.search(text, max(0, m.start() - _FIRST_PUBLISHED_REACH), m.start())
            ):
                mention = replace(mention, dateline=True, future=False)
            if mention.kind == "date" and _TODAY_BEFORE.search(text, max(0, m.start() - _TODAY_REACH), m.start()):
                mention = replace(mention, dateline=True, future=False)  # "on strike today, Tuesday 30 January"
            # a headline's "to": "THA to seek $2.8 billion for Tobago in 2016"
            if index == -1 and not mention.future and mention.year and _HEADLINE_AHEAD.search(text, 0, m.start()):
                mention = replace(mention, future=True)
            # and a headline's day something starts from: "Conditional MCO for Kota Kinabalu from Tuesday"
            if index == -1 and mention.kind == "weekday" and _HEADLINE_FROM.search(text, 0, m.start()):
                mention = replace(mention, future=True)
            tomorrow = (
                _TOMORROW_BEFORE.search(text, max(0, m.start() - 40), m.start())
                if mention.kind == "date" and "omorrow" in text
                else None
            )
            if tomorrow:  # "due to strike tomorrow, Wednesday 31 January": told the day before
                found.append(mention)
                said = tomorrow.group(1)
                days = 2 if said.lower().startswith("the") else 1
                mention = replace(mention, kind="relative", text=said, days=days,
                                  pos=m.end(), year=None, month=None, day=None, future=False)  # fmt: skip
            if m.start() == dateline_end and mention.kind == "date" and _DATELINE_TAIL.match(text, m.end()):
                mention = replace(mention, dateline=True, future=False)
            if mention.kind == "year" and (
                _SO_FAR_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or (_SO_FAR_AFTER.match(text, m.end()) and not m.group().lower().startswith(("from", "since")))
                or (m.group().startswith("of ") and _NTH_OF_BEFORE.search(text, max(0, m.start() - 60), m.start()))
            ):
                # "seized so far in 2017", "in 2019 to date", "we are now in 2015", "the third … of 2015"
                mention = replace(mention, current=True)
            elif mention.kind == "year" and _ORIGIN_BEFORE.search(text, max(0, m.start() - 48), m.start()):
                mention = replace(mention, origin=True)
            if mention.kind == "date" and _SINCE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                mention = replace(mention, since=True)
            if mention.kind == "date" and _ENDED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                mention = replace(mention, ended=True)
            if mention.kind == "date" and not mention.future and _range_end(found, mention, text):
                mention = replace(mention, future=True)
            found.append(mention)
        _share_years(found, index, text)
        if unmet and unmet[0] == index - 1:  # the day the paragraph before has an anniversary of
            found += _anniversaries_told_after(unmet[1], [m for m in found if m.block == index])
        unmet = None
        if "nniversary" in text or "years since" in text or "birthday" in text:
            made, counts = _anniversaries(block, [m for m in found if m.block == index])
            found += made
            unmet = (index, counts) if counts else None
        if "(" in text:
            found += _day_numbers(block)
        if any(w in text for w in _DAY_NAME_WORDS) and any(w in text for w in _WEEKDAY_NAMES):
            found += _day_names(block)
        if "esterday" in text and " after " in text:
            found += _days_after(block)
        if "ast night" in text:  # (looked for as plain text: "night" as a trigger word slows every article)
            found += _last_nights(block)
        sentence_base += len(starts)
    return DateClues(
        tuple(_yesterday(_range_starts(_coming_weekdays(found))) + _years_ago(found, texts)), tuple(years_of)
    )


def _coming_weekdays(ms: list[Mention]) -> list[Mention]:
    """A weekday right before a coming date it names is coming too: "from Friday, Dec. 18, to
    Sunday, Jan. 3" (the range's end is ahead, and so is its Sunday)."""
    return [
        replace(w, future=True)
        if w.kind == "weekday"
        and not w.future
        and k + 1 < len(ms)
        and ms[k + 1].future
        and ms[k + 1].kind == "date"
        and ms[k + 1].day is not None
        and ms[k + 1].end_day is None
        and _tied(w, ms[k + 1])
        and ms[k + 1].pos > w.pos
        else w
        for k, w in enumerate(ms)
    ]


def _range_starts(ms: list[Mention]) -> list[Mention]:
    """The first year of a span that runs on ahead ("jobs between 2017 and 2024") bounds nothing:
    the span is under way, so the first year is not ahead of the telling."""
    out = list(ms)
    for i, (a, b) in enumerate(itertools.pairwise(ms)):
        if (
            a.kind == b.kind == "year"
            and a.future
            and (a.block, a.sentence) == (b.block, b.sentence)
            and a.text.lower().startswith("between ")
            and b.text.lower().startswith("and ")
        ):
            out[i] = replace(a, future=False)
    return out


# The day of the month in brackets after "yesterday", "today" or "tomorrow", as South Asian papers
# write it: "The Election Commission yesterday (10) ordered ...", "from tomorrow (12)"
_DAY_NUMBER = re.compile(r"\b([Yy]esterday|[Tt]oday|[Tt]omorrow)\s+\((3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\)")
# The day a relative word names, from the day of the telling ("last night" and "tonight" too, for
# the weekdays told with them: see _DAY_NAME)
_DAY_OFFSET = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}


# (not "the last night of the festival", "their last night in Paris")
_LAST_NIGHT = re.compile(r"(?<!the )(?<!its )(?<!his )(?<!her )(?<!their )(?<!our )(?<!my )\b[Ll]ast night\b(?! of\b)")


def _last_nights(b: _Block) -> list[Mention]:
    """ "The council last night approved ...": the news is of yesterday, as "yesterday" says."""
    return [
        Mention("relative", n.group(), b.index, b.sentence_base + bisect.bisect_right(b.starts, n.start()) - 1,
                b.lede, pos=n.start())
        for n in _LAST_NIGHT.finditer(b.text)
    ]  # fmt: skip


def _day_numbers(b: _Block) -> list[Mention]:
    out = []
    for n in _DAY_NUMBER.finditer(b.text):
        sentence = b.sentence_base + bisect.bisect_right(b.starts, n.start()) - 1
        offset = _DAY_OFFSET[n.group(1).lower()]
        out.append(
            Mention("daynum", n.group(), b.index, sentence, b.lede, day=int(n.group(2)), days=offset, pos=n.start())
        )
    return out


_ANNIVERSARY = re.compile(
    r"\b(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    # "the 65th Independence Day anniversary", "the 143rd birth anniversary"
    r"\s+(?:(?-i:[A-Z])[\w'’]*\s+|(?:birth|death|founding|wedding)\s+){0,3}(?:anniversary|birthday)\b"
    # "celebrations marking 54 years since Jamaica gained Independence from Britain on August 6, 1962"
    r"|\b(?:mark(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))\s+(\d{1,3})\s+years\s+since\b",
    re.IGNORECASE,
)
_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()
_LAST_YEAR = dt.date.today().year + 1  # no text is told after it
# an anniversary of another year than the telling's: "next year's 100th anniversary", "its 100th anniversary last September"
_ANNIVERSARY_YEAR_BEFORE = re.compile(r"\b(?:last|next)\s+year['’]s\s+(?:\w+\s+)?$", re.IGNORECASE)
_ANNIVERSARY_YEAR_AFTER = re.compile(r"\s+(?:last|next)\b", re.IGNORECASE)
_ANNIVERSARY_GAP = 200  # characters between "the second anniversary of" and the year it counts from


def _anniversaries(b: _Block, ms: Sequence[Mention]) -> tuple[list[Mention], list[tuple[int, str]]]:
    """The year of the telling from an anniversary and the year it counts from, in one sentence:
    "marks the 50th anniversary of its opening in 1972" (2022), "marking 54 years since Jamaica
    gained Independence from Britain on August 6, 1962" (2016); of a day, the anniversary's day:
    "two days after the second anniversary of the death of his father, who died Oct. 25, 2020"
    (October 25, 2022, and two days after it). And the counts of the anniversaries "of" something
    that no year in their sentence counts from (the next paragraph may tell its day)."""
    out = []
    unmet: list[tuple[int, str]] = []
    for a in _ANNIVERSARY.finditer(b.text):
        if a.group().endswith("birthday") and not _BIRTHDAY_KEPT.search(b.text, max(0, a.start() - 40), a.start()):
            continue  # (only one kept: "a week after celebrating his 71st birthday"; not "days short of his 91st")
        n = int(a.group(1) or a.group(3) or 0) or _ORDINAL_WORDS.index(a.group(2).lower()) + 1
        sentence = b.sentence_base + bisect.bisect_right(b.starts, a.start()) - 1
        if _ANNIVERSARY_YEAR_BEFORE.search(b.text, max(0, a.start() - 24), a.start()) or _ANNIVERSARY_YEAR_AFTER.match(
            b.text, a.end()
        ):
            continue
        of_year = [m for m in ms if m.sentence == sentence and m.kind in ("year", "date", "month")]
        base = next(
            (
                m
                for m in of_year
                if m.year is not None and m.end_year is None and 0 < m.pos - a.start() <= _ANNIVERSARY_GAP
            ),
            None,
        ) or next(  # before it, the year something began or the day it happened: "which opened in 1994,
            # is celebrating its 25th anniversary", "on the morning of Dec. 7, 1941, … marked the 73rd anniversary"
            (
                m
                for m in reversed(of_year)
                if m.year is not None
                and (m.origin or (m.kind == "date" and m.day and not m.end_day))
                and 0 < a.start() - m.pos <= _ANNIVERSARY_GAP
            ),
            None,
        )
        # (of something, or named: "the country's 55th Independence anniversary")
        if (
            base is None
            and not of_year
            and (
                _OF_AFTER.match(b.text, a.end())
                or _NAMED_ANNIVERSARY.match(a.group())
                or a.group().endswith("birthday")
            )
        ):
            unmet.append((n, a.group()))
        if base is None or base.year is None or base.year + n > _LAST_YEAR:
            continue  # (the year the anniversary falls in, not the one it counts from: "the 400th … in 2020")
        out.append(_anniversary(base, n, a.group()))
    return out, unmet


_OF_AFTER = re.compile(r"\s+of\b")
# a birthday kept, not one still ahead: "after celebrating his 71st birthday", "Manitoba's 150th birthday arrived"
_BIRTHDAY_KEPT = re.compile(
    r"\b(?:after|celebrat\w+|marked|marking)\s+(?:\w+\s+){0,2}$|[A-Z]\w+['’]s\s+$", re.IGNORECASE
)
_NAMED_ANNIVERSARY = re.compile(r"\w+\s+(?-i:[A-Z])[\w'’]*\s+(?:\w+\s+)*anniversary")


def _anniversary(base: Mention, n: int, said: str) -> Mention:
    """The ``n``th anniversary of ``base``: its day, or its year."""
    text = f"{said} … {base.text}"
    if base.kind == "date" and base.month and base.day and not base.end_day:  # the anniversary's day
        return replace(base, text=text, year=(base.year or 0) + n, future=False, current=True)
    return replace(base, kind="year", text=text, year=(base.year or 0) + n, month=None, day=None,
                   end_month=None, end_day=None, future=False, current=True)  # fmt: skip


def _anniversaries_told_after(counts: Sequence[tuple[int, str]], ms: Sequence[Mention]) -> list[Mention]:
    """An anniversary the paragraph before tells with nothing to count from, of the first day with
    its year this paragraph tells: "… gathered on Friday, the 10th anniversary of the disaster." /
    "Flight IX 812 … overshot the runway on the morning of May 22, 2010" (May 22, 2020)."""
    day = next(
        (m for m in ms if m.kind == "date" and m.year and m.month and m.day and not m.end_day and not m.future), None
    )
    if day is None or day.year is None:
        return []
    return [_anniversary(day, n, said) for n, said in counts if day.year + n <= _LAST_YEAR]


_RANGE_JOIN = re.compile(
    r",?\s*(?:to|until|till|through|-|–)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
)


def _range_end(found: Sequence[Mention], m: Mention, text: str) -> bool:
    """Is ``m`` the end of a coming range its weekdays split: "from Thursday, Dec 31, to Saturday,
    Jan 2" (the end is as far ahead as the start)?"""
    first = next((f for f in reversed(found) if f.kind != "weekday"), None)
    if (
        first is None
        or not first.future
        or first.kind != "date"
        or (first.block, first.sentence) != (m.block, m.sentence)
    ):
        return False
    join = _RANGE_JOIN.match(text, first.pos + len(first.text))
    return join is not None and join.end() == m.pos


# Names of things that did not exist before a year: an article that uses one was written in that
# year or later. Only names with no earlier meaning ("the pandemic" alone could be 1918's or 2009's).
_ERAS = {"covid": 2020, "chatgpt": 2022, "brexit": 2012, "iphone": 2007, "bitcoin": 2009, "instagram": 2010,
         "tiktok": 2017, "omicron": 2021}  # fmt: skip
_ERA = re.compile(
    r"\b(?:(?P<covid>COVID|Covid|covid|SARS-CoV-2|[Cc]oronavirus)|(?P<chatgpt>ChatGPT)|(?P<brexit>Brexit)"
    r"|(?P<iphone>iPhone)|(?P<bitcoin>[Bb]itcoin)|(?P<instagram>Instagram)|(?P<tiktok>TikTok)|(?P<omicron>Omicron))"
)
# (looked for first, as plain text: much faster than the pattern)
_ERA_HINTS = tuple("ovid OVID oronavirus SARS-CoV ChatGPT Brexit iPhone itcoin Instagram TikTok Omicron".split())
_BOUND_WORDS = ("since ", "before ", "after ", "until ", "till ", "by ", "from ")  # a year they bound is no current one
_ORIGIN_BEFORE = re.compile(
    r"\b(?:founded|established|incorporated|formed|born|opened)(?:\s+[\w'’-]+){0,4}?\s+$", re.IGNORECASE
)
_SO_FAR_BEFORE = re.compile(
    r"\b(?:so\s+far|(?:we|it)\s+(?:are|is)\s+now|(?:we|it)['’](?:re|s)\s+now)\s+$", re.IGNORECASE
)
# (not a change's "to": "Rates rise to record in 2015")
_HEADLINE_FROM = re.compile(r"^(?!.*\b(?:was|were|had|has)\b).*\b(?:from|starting|until|till)\s+(?:next\s+)?$")
_HEADLINE_AHEAD = re.compile(
    r"^[^,:;]*?\b(?!(?:rise|fall|jump|climb|slip|drop|return|move|head|go|come|turn|soar|sink|slide|surge|plunge"
    r"|tumble|switch|shift|grow|rebound|recover|cut|lift|raise|boost)(?:s|es)?\b)[\w'’-]+\s+to\s+(?!be\b)[a-z]+\b[^,:;]*$"
)
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
_ENDED_BEFORE = re.compile(r"\b(?:months|quarter|year|weeks|half|period)\s+(?:that\s+)?ended\s+(?:on\s+)?$")
_SO_FAR_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date)\b", re.IGNORECASE)
# "the first big mine closure of 2015", "the city's 12th homicide of 2018": a count of the year so far
_NTH_OF_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))"
    r"(?:\s+(?!(?:since|after|before|during|from|until|in|at|on|for|to)\b)[a-z][a-z'’-]*){1,4}\s+$"
)  # (not "the third time since the summer of 2008")
_SAID_TOGETHER = re.compile(r"[\s,;:(—–-]*(?:(?:some|about|nearly|almost|roughly|around|just|only|or|and)\s+)?")
_DATES_NOUN = re.compile(r",\s*[a-z]+(?:\s+[a-z]+)?,\s*")  # what a date is the date of: ", election, "
_YEARS_AGO_GAP = 12  # characters between "in 1994" and ", a quarter of a century ago"
_SINCE_GAP = 80  # between "570 days since" or "Seven years after" and the date they count from


def _years_ago(ms: Sequence[Mention], texts: Mapping[int, str]) -> list[Mention]:
    """The year of the telling from a past year and how long ago it was, said together: "since
    it took power in 1994, a quarter of a century ago" (2019), "reopened three years ago, in 2018";
    or a coming year and how far away: "due to open in 2019, two years from now" (2017);
    and the day of the telling from a day and the days or weeks since: "put off a vote two weeks
    ago, on Feb. 13" (Feb. 27)."""
    out = []
    for a, b in itertools.pairwise(ms):
        before, rel = (b, a) if a.kind == "relative" else (a, b)  # "reopened three years ago, in 2018" too
        if rel.kind != "relative" or not rel.days or (before.block, before.sentence) != (rel.block, rel.sentence):
            continue
        gap = abs(rel.pos - before.pos) - len((before if before.pos < rel.pos else rel).text)
        first = before if before.pos < rel.pos else rel
        between = texts.get(rel.block, "")[first.pos + len(first.text) : max(rel.pos, before.pos)]
        # said together ("the April 7, 2014, election, 13 months ago"), not of two clauses: "first
        # drawn up more than ten years ago, shelved in 2015"
        together = _SAID_TOGETHER.fullmatch(between) is not None or (
            first is before and _DATES_NOUN.fullmatch(between) is not None
        )
        ago = rel.text.lower().endswith("ago") and 0 <= gap <= _YEARS_AGO_GAP and together
        # "due to open in 2019, two years from now": told two years before it
        ahead = rel.text.lower().endswith(("from now", "from today", "away")) and 0 <= gap <= _YEARS_AGO_GAP
        # "570 days since his arrest on Aug. 17, 2020"; a sentence that opens "Seven years after the
        # plan became law in November 2012," tells of the present, seven years on
        since = rel.text.lower().endswith("since") and rel.pos < before.pos and gap <= _SINCE_GAP
        framing = rel.framing and rel.pos < before.pos and gap <= _SINCE_GAP
        if not (ago or since or framing or ahead):
            continue
        assert rel.days is not None
        if since:
            told = _days_later(before, rel, any_count=True)
            if told is not None:
                out.append(told)
            continue
        if framing and (rel.days < 365 or before.year is None):
            continue
        if ahead:  # (a year only: a month or a day ahead is told by _told_offsets)
            if before.kind == "year" and before.year is not None and before.end_year is None and rel.days >= 365:
                text = f"{before.text}, {rel.text}"
                year = before.year - round(rel.days / 365)
                out.append(replace(before, text=text, year=year, future=False, current=True))
            continue
        if rel.days < 365:
            told = _days_later(before, rel)
            if told is not None:
                out.append(told)
            continue
        if before.kind in ("year", "date", "month") and before.year is not None and before.end_year is None:
            year = before.year + round(rel.days / 365)
            text = f"{before.text}, {rel.text}"
            kind: Kind = "month" if before.month and rel.days < 400 else "year"  # "December 2014, a year ago": Dec 2015
            month = before.month if kind == "month" else None
            if before.month and " month" in rel.text:  # "in October 2015, some 16 months ago": February 2017
                year, month0 = divmod(before.year * 12 + before.month - 1 + rel.days // 30, 12)
                kind, month = "month", month0 + 1
            out.append(
                replace(before, kind=kind, text=text, year=year, month=month, day=None, end_month=None, end_day=None,
                        future=False, current=True)
            )  # fmt: skip
    return out


# The weekday of a day told by its relation to the telling, with no date after it: "crews were
# still clearing debris yesterday (Wednesday)", "The crackdown continues today, Tuesday", "will go
# before the board tomorrow (Wednesday)". The telling's weekday follows (``days``: the named day
# from the telling, as "yesterday (10)"'s).
_DAY_NAME = re.compile(
    r"\b([Yy]esterday|[Ll]ast\s+night|[Tt]oday|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]omorrow)"
    rf"\s*(?:\(\s*({_WEEKDAY})\s*\)|,\s+({_WEEKDAY})(?!,?\s+(?:the\s+)?(?:\d|{_MON})))"
)
# (looked for first, as plain text: the pattern is slow to try on every paragraph)
_DAY_NAME_WORDS = ("esterday", "oday", "onight", "omorrow", "ast night", "his morning", "his afternoon", "his evening")
_WEEKDAY_NAMES = tuple(w.title() for w in _WEEKDAYS)


def _day_names(b: _Block) -> list[Mention]:
    out = []
    for n in _DAY_NAME.finditer(b.text):
        said = " ".join(n.group(1).lower().split())
        weekday = _WEEKDAY_NUM[(n.group(2) or n.group(3)).lower()]
        sentence = b.sentence_base + bisect.bisect_right(b.starts, n.start()) - 1
        days = _DAY_OFFSET.get(said, 0)  # ("this morning": today)
        out.append(Mention("dayname", n.group(), b.index, sentence, b.lede, weekday=weekday, days=days, pos=n.start()))
    return out


# A count from an event the text does not date again to yesterday: "the park stayed shut
# yesterday, a day after the eruption", "Speaking yesterday, the second day of trading" is not
# read (the event is the latest reported day; ``days``: from it to the telling).
_DAY_AFTER = re.compile(
    r"\b[Yy]esterday,?\s+(?:a|the|one|two|three|four|five|six)\s+days?\s+(?:after|since)\s+"
    r"(?:the|a|an|his|her|their|its)\s+[a-z]"  # (not a date: "a day after the February 3 vote" is counted so)
)


def _days_after(b: _Block) -> list[Mention]:
    out = []
    for n in _DAY_AFTER.finditer(b.text):
        count = _NUMBER_WORDS.get(n.group().split()[1].lower(), 1)  # ("the day after": one)
        sentence = b.sentence_base + bisect.bisect_right(b.starts, n.start()) - 1
        out.append(Mention("dayafter", n.group(), b.index, sentence, b.lede, days=count + 1, pos=n.start()))
    return out


_YESTERDAY_GAP = 30  # characters between "yesterday" and the date it names


def _yesterday(ms: list[Mention]) -> list[Mention]:
    """A date that "yesterday" names ("announced yesterday, Monday, 27 November", "jailed yesterday -
    on Valentine's Day") is the day before the telling: the article's day is the next one, as a
    dateline's is."""
    said = [m for m in ms if m.kind == "relative" and m.text.lower() == "yesterday"]
    if not said:
        return ms
    out: list[Mention] = []
    named: list[Mention] = []  # the weekdays of the days "yesterday" names: "yesterday, Monday, 27 November"
    for m in ms:
        y = next((r for r in said if (r.block, r.sentence) == (m.block, m.sentence)), None)
        if (
            y is not None
            and m.kind == "date"
            and m.day
            and m.month
            and not m.end_day
            and not m.future
            and 0 <= m.pos - (y.pos + len(y.text)) <= _YESTERDAY_GAP
            # (not one a count between them runs from: "yesterday, a day after the September 14 walk")
            and not any(
                r.kind == "relative"
                and r.days
                and (r.block, r.sentence) == (m.block, m.sentence)
                and y.pos < r.pos < m.pos
                for r in ms
            )
        ):
            told = _days_later(m, replace(y, text="1 day after", days=1))
            if told is not None:
                named += [w for w in ms if w.kind == "weekday" and _tied(w, m)]
                m = replace(told, text=f"{y.text}, {m.text}")
        out.append(m)
    return [m for m in out if not any(m is w for w in named)]


_DAYS_OR_WEEKS = re.compile(r"\b(?:days?|weeks?|fortnight)\b", re.IGNORECASE)


def _days_later(day: Mention, rel: Mention, any_count: bool = False) -> Mention | None:
    """The day of the telling, ``rel``'s days after ``day`` ("Feb. 13" and "two weeks ago"),
    when ``day`` is one day and ``rel`` counts days or weeks (``any_count``: however many, "570
    days since"). Without a year, only when the count stays within the year and off February's
    end (a leap day would shift it)."""
    if day.kind != "date" or not (day.month and day.day) or day.end_day or not _DAYS_OR_WEEKS.search(rel.text):
        return None
    if rel.days is not None and rel.days >= 365 and not any_count:
        return None
    assert rel.days is not None
    try:
        start = dt.date(day.year or 2001, day.month, day.day)
    except ValueError:
        return None
    told = start + dt.timedelta(days=rel.days)
    if day.year is None and (told.year != start.year or (start.month <= 2 < told.month)):
        return None
    return replace(
        day, text=f"{day.text}, {rel.text}", year=told.year if day.year else None, month=told.month, day=told.day,
        end_month=None, end_day=None, future=False, dateline=True,
    )  # fmt: skip


def _scan(text: str) -> list[re.Match[str]]:
    """The date expressions of one block, left to right, without overlaps."""
    found: list[re.Match[str]] = []
    done = 0
    for t in _TRIGGER.finditer(" " + text):
        at = t.start(1) - 1
        if at < done:
            continue
        for start in _lead_starts(text, at, done):
            m = _SCAN.match(text, start)
            if m and m.end() > at:
                found.append(m)
                done = m.end()
                break
    return found


def _lead_starts(text: str, at: int, lo: int) -> list[int]:
    """Where an expression covering the word at ``at`` may begin ("in early | 2024"), furthest first."""
    starts = [at]
    cur = max(text.rfind(" ", lo, at) + 1, lo)  # the hyphenated word holding it: "ten-day-old"
    if cur < at:
        starts.append(cur)
    for _ in range(5):  # "on 21, 23 and 25 June"
        if cur - 1 <= lo:
            break
        begin = max(text.rfind(" ", lo, cur - 1) + 1, lo)
        while begin < cur and text[begin] in _OPENERS:
            begin += 1
        word = text[begin:cur].rstrip().rstrip(",").lower()
        # (a possessive leads a year it names: "their side's 2016 season")
        if not word or not (word in _LEADS or word[0].isdigit() or word.endswith(("'s", "’s"))):
            break
        starts.append(begin)
        cur = begin
    return starts[::-1]


def _prev_word(before: str) -> tuple[str, bool]:
    """The word before a mention, and whether punctuation separates them."""
    if not before or not before[-1].isspace():
        return "", True
    tail = before.rstrip()
    if not tail:
        return "", True
    word = tail.rsplit(None, 1)[-1]
    return word, not word[-1].isalnum()


_BEFORE_CHARS = 160  # of the sentence before a mention, read for its tense


def _mention(m: re.Match[str], b: _Block, births: dict[int, bool]) -> Mention | None:
    kind = m.lastgroup or ""
    s = m.group()
    start = m.start()
    local = bisect.bisect_right(b.starts, start) - 1
    sent_start, sent_end = b.starts[local], b.ends[local]
    before = b.text[max(sent_start, start - _BEFORE_CHARS) : start]
    if start - _BEFORE_CHARS > sent_start:  # cut inside a word: "…ned to launch" is not "planned to launch"
        before = before[before.find(" ") + 1 :]
    shown = s.strip()
    if shown.endswith(".") and shown[:-1].rsplit(None, 1)[-1].lower() in _MONTH_NAMES:
        shown = shown[:-1]  # the sentence's full stop, not an abbreviation's
    sentence = b.sentence_base + local
    prev, separated = _prev_word(before)
    if (
        kind in _NAMEABLE
        and not separated
        and prev[:1].isupper()
        and prev.lower() not in _NAME_OK_BEFORE
        and not prev.endswith(("'s", "’s"))  # "Kasich's May 4 announcement" is a date
    ):
        return None  # "Red October 5" names something
    after = b.text[m.end() : sent_end][:60]
    if kind == "weekday":
        if not separated and prev.lower() in _NOT_WEEKDAY_BEFORE:
            return None
        if not separated and prev.lower() == "a" and not _FELL_ON_A.search(before):
            return None  # no one day: "on a Friday night in Orchard Road" (but "the holiday fell on a Sunday")
        if not separated and prev.lower() == "last":  # "a record low last Thursday": a day of some
            return None  # week before, which places neither the telling nor the events told with it
        # a day of a plan, kept or not, is no reported day: "had been scheduled to meet Tuesday"
        future = (
            prev.lower() == "next"
            or _is_future(before, after)
            or _PLANNED_DAY.search(before) is not None
            or _FALLS_ON_BEFORE.search(before) is not None
        )
        said = _SAID_BEFORE.search(before) is not None
        if said and future and prev.lower() != "next" and _AHEAD_AFTER.match(after):
            future = False  # the day of the saying, whatever it says is ahead: "said Friday they will build"
        return Mention(
            "weekday", shown, b.index, sentence, b.lede, future, weekday=_WEEKDAY_NUM[s.lower()], pos=start, said=said
        )
    if kind == "holiday":
        return _holiday_mention(s, shown, b, sentence, start, before, after, prev, separated)
    if kind == "nthday":
        words = s.lower().removeprefix("the ").split()
        future = _is_future(before, after)
        if _RULE_BEFORE.search(before):  # a rule: "the annual holiday, held on the second Tuesday of
            at = s.lower().index(words[1])  # February, fell on February 12": only its weekday is told
            return Mention("weekday", s[at : at + len(words[1])], b.index, sentence, b.lede, future,
                           weekday=_WEEKDAY_NUM[words[1]], pos=start + at)  # fmt: skip
        month = _months_in(s)[0]
        year_said = _YEAR_TOKEN.search(s)
        nth = -1 if words[0] == "last" else _ORDINALS[words[0]]
        key = f"{_NTH_DAY}{month}:{_WEEKDAY_NUM[words[1]]}:{nth}"
        return Mention("date", shown, b.index, sentence, b.lede, future, year=int(year_said.group()) if year_said else None,
                       month=month, pos=start, holiday=key)  # fmt: skip
    if kind == "relative":
        if s.endswith("to the day since"):  # "168 years to the day since … stormed the stockade on December 3, 1854"
            s, shown = s.removesuffix("since") + "after", shown.removesuffix("since") + "after"
        if (
            not separated
            and prev.lower() == "the"
            and s.lower().endswith(("before", "after"))
            and s.lower() not in ("day before", "day after")  # (one day: "yesterday, the day after the May 8 poll")
        ):
            return None  # "peaks in the two weeks before Christmas": a span, counted from no day
        if s.lower() in ("day before", "day after"):
            s = "a " + s
        # a span to a day: "runs for two weeks until Tuesday, February 7" (counted back from it)
        if s.startswith("for ") and s.endswith("until"):
            s, shown = s[4:], shown[4:]
        elif s.startswith(("for", "by")):  # only a delay's: "set sentencing for March 3 but postponed it for a week"
            if not _PUT_OFF_BEFORE.search(before):
                return None
            delay = _counted_days(s)
            if delay is None:
                return None
            return Mention("relative", f"put off {shown}", b.index, sentence, b.lede, days=delay, pos=start)
        if s.endswith(_DAY_OF) and not _BEGAN.search(after):
            return None  # only the day of something that began on a date: "..., which began on January 8"
        days = _ago_days(s)
        if days is not None and days >= _YEAR_DAYS and s.endswith("after") and _LESS_THAN_BEFORE.search(before):
            return None  # "less than five years after the discovery was announced in May 2015": not May 2020
        # "on Sept 28, two weeks before yesterday's hearing": the telling is the day after the count's end
        yesterday = days is not None and (
            (s.endswith("before") and after.lstrip().lower().startswith("yesterday"))
            or (s.endswith("after") and _YESTERDAY_BEFORE.search(before) is not None)
        )
        framing = s.endswith("after") and (s[:1].isupper() or _PRESENT_BEFORE.search(before) is not None)
        if _EXACTLY_BEFORE.search(before):  # "exactly a year after ... December 20, 2017": to the day
            shown = f"exactly {shown}"
        return Mention(
            "relative", shown, b.index, sentence, b.lede, days=days + 1 if days and yesterday else days, pos=start,
            to_yesterday=yesterday, framing=framing,
            to_today=days is not None and s.endswith("after") and _TODAY_COUNT_BEFORE.search(before) is not None,
        )  # fmt: skip
    if kind == "age":
        num = _NUM_TOKEN.search(s)
        count = _number(num.group(1)) if num else None
        unit = next(u for u in _UNIT_DAYS if u in s.lower())
        days = None if count is None else count * _UNIT_DAYS[unit]
        return Mention("age", shown, b.index, sentence, b.lede, days=days, pos=start)
    if kind == "year":
        nxt = after.split(None, 1)
        if nxt and nxt[0] in _COUNT_NOUNS:
            return None  # "of 2000 tons"
    if kind == "yearof":
        noun = after.split(None, 1)[0].rstrip(",.;:")
        if (
            noun in _COUNT_NOUNS
            or noun in _NOT_YEAR_OF
            or (noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and noun not in _EVENTS_OF_A_YEAR)
        ):
            return None  # a count: "the 2000 residents", "the 1500 block of Main Street"
        of_tense = _year_of_tense(after)
    else:
        of_tense = None
    p = _parse("year" if kind == "yearof" else kind, s)
    if p is None:
        return None
    if p.year is None and p.kind in ("date", "month", "period") and "ly" in before and _HABITUAL.search(before):
        return None  # "The rains usually ease in August": any year's, no event
    lead = _LEAD_PREP.match(s)
    if lead:  # "by 2027": the preposition is part of the match
        before += lead.group()
    # "next year" is ahead and "last year" behind, whatever the verb ("will exceed last year's")
    future = (
        (
            (_is_future(before, after) if of_tense is None else of_tense)
            or (kind == "monly" and s[:4].lower() == "next")
            # "before the end of 2019", "before the end of December"
            or (
                (kind == "yearend" or (kind == "monly" and s[:1] in "ebsm"))
                and _BEFORE_THE.search(before) is not None
                and not _PAST_AFTER.search(after)
                # (a month's, not with a past perfect: "had received 400,000 claims by the end of June")
                and not (kind == "monly" and _PAST_AFTER.search(before, max(0, len(before) - 80)))
            )
            or p.rel_year == 1
            # (a date with its year counted down to tells the year of the telling: see _told_offsets)
            or (p.year is None and _LEFT_BEFORE.search(before) is not None)
            or (p.kind == "year" and _PLAN_NOUN_AFTER.match(after) is not None)  # "points to 2025 completion"
            # what is so for a year, in the present: "the writing is on the wall for 2022"
            or (
                p.kind == "year"
                and s[:4].lower() == "for "
                and {"is", "are"} & set(_TENSE_WORD.findall(before.lower())[-8:])
                and not _PAST_AFTER.search(after.split(",", 1)[0])
            )
            # the year a new year's night welcomes: "gathered on Main Beach to see in 2016"
            or (p.kind == "year" and s[:3].lower() == "in " and _SEE_IN_BEFORE.search(before) is not None)
            # "presented a Budget of SR 7.9 billion for 2018" (or "for the 2017 fiscal year", "for
            # fiscal year 2025"): the year it provides for
            or (
                p.kind == "year"
                and (
                    s[:4].lower() == "for "
                    or (kind == "yearof" and before.lower().endswith(" for "))
                    # (one year: a span's first is that of the telling, "for the fiscal year 2019-20")
                    or (s[:5].lower() == "year " and p.end_year is None and _FOR_FISCAL.search(before) is not None)
                )
                and not _BUDGET_NOUNS.isdisjoint(_TENSE_WORD.findall(before.lower())[-6:])
            )
        )
        and (p.rel_year != -1)
        and not s.startswith(("since", "Since"))  # a span's past start: "have been preparing for this since 2013"
        # a year an earlier plan named, no year ahead: "were originally due to be completed by 2015"
        and not (p.kind == "year" and not _EARLIER_PLAN.isdisjoint(_TENSE_WORD.findall(before.lower())[-8:]))
    )
    if local not in births:
        births[local] = bool(_BIRTH.search(b.text, sent_start, sent_end))
    deadline = future and _is_deadline(before)
    return Mention(
        "yearof" if kind == "yearof" else p.kind, shown, b.index, sentence, b.lede, future=future, birth=births[local], deadline=deadline,
        year=p.year, month=p.month, day=p.day, end_year=p.end_year, end_month=p.end_month,
        end_day=p.end_day, rel_year=p.rel_year, pos=start,
        next_week=future and _NEXT_WEEK_BEFORE.search(before) is not None,
        next_weekday=future
        and p.kind == "date"
        and (_NEXT_WEEKDAY_BEFORE.search(before) is not None or _NEXT_WEEKS.search(before) is not None),
    )  # fmt: skip


_HABIT_WORDS = r"usually|typically|normally|traditionally|customarily"
# a habit, told in the same clause before a month or day: "usually ease in August before returning in
# September" (not a day fixed every year: "Emancipation Day, which is observed every year on August 1")
_HABITUAL = re.compile(rf"\b(?:{_HABIT_WORDS})\b[^,;:()]*$", re.IGNORECASE)
# a rule for a day that moves: "the annual holiday, held on the second Tuesday of February"
_RULE_BEFORE = re.compile(rf"\b(?:annual|annually|yearly|every|each|{_HABIT_WORDS})\b")


_PUT_OFF_BEFORE = re.compile(
    r"\b(?:postponed|delayed|adjourned|deferred|shifted|rescheduled|pushed\s+back|put\s+off|moved\s+back)\b(?:\s+[\w'-]+){0,3}\s*$",
    re.IGNORECASE,
)


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?\w+|announced|confirmed|stated)\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


_EVE_OF = re.compile(r"(?:the\s+)?(?:eve\s+of|day\s+before)\s+", re.IGNORECASE)  # "the day before Thanksgiving"


# a holiday's weekday told after it: "Christmas, which falls on Tuesday" (still ahead), "which fell on a Sunday"
_FALLS_ON = re.compile(rf",?\s+which\s+(falls|fell|is|was)\s+on\s+(?:a\s+)?{_WEEKDAY}")
_STILL_FALLS = ("falls", "is")
# the weekday itself: "…, which falls on Tuesday" is the holiday's, no day of the news
_FALLS_ON_BEFORE = re.compile(r"\bwhich\s+(?:falls|is)\s+on\s+(?:a\s+)?$", re.IGNORECASE)
# "this" before a holiday: the coming one ("pay your respects this Anzac Day"), but "on this" is today
_THIS_COMING = re.compile(r"(?<!\bon )(?<!\bOn )\bthis\s+$")


def _holiday_mention(
    s: str, shown: str, b: _Block, sentence: int, start: int, before: str, after: str, prev: str, separated: bool
) -> Mention | None:
    """A holiday named as a day: a date (a fixed one) or a day of its own (one that moves)."""
    eve = _EVE_OF.match(s)
    year_said = _YEAR_TOKEN.search(s)
    year = int(year_said.group()) if year_said else None
    name = _holiday_key(s[eve.end() if eve else 0 : year_said.start() if year_said else None]).removeprefix("the ")
    bare = name in _BARE_HOLIDAYS and not eve
    falls = _FALLS_ON.match(after)  # "to spend Christmas, which falls on Tuesday": the day, its weekday told
    if bare and not falls and (separated or prev.lower() not in _HOLIDAY_BEFORE or _HOLIDAY_SEASON_AFTER.match(after)):
        return None  # "Christmas lights", "a Christmas shaped by recession", "over the Easter weekend"
    if name not in _FIXED_DAYS and name not in _EASTER_DAYS and name not in _NTH_WEEKDAY_DAYS:
        return None
    if falls:
        future = falls.group(1).lower() in _STILL_FALLS
    else:  # ("this Anzac Day": the coming one, as a story before it says; "on this New Year's Eve": today)
        future = bool(_THIS_COMING.search(before)) or _is_future(before, after)
    if eve or name not in _FIXED_DAYS:  # its day moves, or the day before it: placed with the year (_place)
        key = f"eve:{name}" if eve else name
        month = _holiday_date(name, 2001).month  # (about: for the years lent to it)
        return Mention("date", shown, b.index, sentence, b.lede, future, year=year, month=month, pos=start, holiday=key,
                       next_weekday=future and _NEXT_WEEKS.search(before) is not None)  # fmt: skip
    month, day = _FIXED_DAYS[name]
    return Mention("date", shown, b.index, sentence, b.lede, future, year=year, month=month, day=day, pos=start,
                   next_weekday=future and _NEXT_WEEKS.search(before) is not None)  # fmt: skip


def _is_deadline(before: str) -> bool:
    words = before.lower().replace(",", " ").split()
    if words and words[-1] in _WEEKDAYS:  # "by Wednesday, Aug. 10"
        words.pop()
    words = words[-3:]
    return bool(words) and (words[-1] in ("by", "before") or words[-2:] == ["by", "around"] or words == _NO_LATER)


def _modal_passive(words: Sequence[str]) -> bool:
    """A modal and a passive after it, and no past tense after that: "will be debated on every
    campaign platform"."""
    k = max((j for j, w in enumerate(words) if w in _MODALS), default=-1)
    if k < 0 or words[k + 1 : k + 2] != ["be"] or k + 2 >= len(words):
        return False
    return not any(w in _PAST_MARKERS or w in _PAST_AUXILIARIES for w in words[k + 3 :])


_TO_DO_AFTER = re.compile(r",?\s+to\s+(?!(?:the|a|an|be)\b)[a-z]+\b")
_CAPITAL_MAY = re.compile(r"\bMay\b")
_IN_TIME_FOR = re.compile(r"\bin\s+time\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_DAYS_BEFORE = re.compile(r"\b(?:days?|weeks?|fortnights?)\s+before\s+(?:the\s+)?$", re.IGNORECASE)
# "with 87 days left before the opening ceremonies on March 15": a day counted down to is ahead
_LEFT_BEFORE = re.compile(
    r"\b(?:days?|weeks?|months?)\s+(?:left|remaining|to\s+go)\s+(?:before|until|till)\b[^.;]{0,60}$"
)


def _year_of_tense(after: str) -> bool | None:
    """Whether what a year names is ahead, by its own verb after it, if it has one: "the 2019
    federal election defied almost every opinion poll" (past), "the 2020 Arctic Winter Games,
    which Whitehorse hosts next March" (ahead)."""
    words = _TENSE_WORD.findall(re.split(r"[.;:!?]", after, maxsplit=1)[0].lower())[:_YEAR_OF_WORDS]
    for i, w in enumerate(words):
        if w in _MODALS or (w in ("next", "later") and _coming(words, i)) or w in ("upcoming", "coming"):
            return w not in ("would", "could", "might", "may")
        if w in ("is", "are") and words[i + 1 : i + 2] and words[i + 1] in _EXPECTED | {"due", "set", "to"}:
            return True
        if w in _PAST_MARKERS or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED):
            return False
    return None


def _past_word(w: str) -> bool:
    """A verb's past tense, as the tense scan tells it: "said", "unveiled"."""
    return w in _PAST_MARKERS or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED)


def _is_future(before: str, after: str) -> bool:
    """Whether the last tense marker before a mention looks ahead ("will", "shall", "by 2030")."""
    if ".m." in before:  # a time of day is no word: "will offer free rides from 6 p.m. to 3 a.m. on"
        before = _CLOCK_DOTS.sub(r"\1m", before)
    if _is_deadline(before):  # "By 2020, output had doubled" looks back ("…, as new figures show …" is another clause)
        # (after a clause of its own, only its own words count: "have pledged to halve emissions by
        # 2030, putting pressure on suppliers that have yet to upgrade")
        words: list[str] = _TENSE_WORD.findall(before.lower())
        own_clause = "by" in words[_DEADLINE_OPENING_WORDS:]  # (not "employees hired before March 28, 2019, the day …")
        if own_clause:  # (an earlier plan's: "had hoped to begin construction by March 1, a target that passed")
            tense = next((w for w in reversed(words) if w == "had" or w in _MODALS), None)
            return tense != "had" and not _PAST_AFTER.search(after.split(",", 1)[0])
        return not _PAST_AFTER.search(_NEXT_CLAUSE.split(after, 1)[0])
    if _DAYS_BEFORE.search(before):  # "held its rate on Wednesday, 18 days before the Oct. 7 first round"
        return True
    if _IN_TIME_FOR.search(before):  # "the busiest day in a year, just in time for the Fourth of July weekend"
        return True
    if _AHEAD_AFTER.match(after):  # "Follow-up dives in October will show ...", "2023 is expected to"
        return True
    if "May" in before:  # the month (or Mrs May), not the modal: "the first Tuesday of May, was …"
        before = _CAPITAL_MAY.sub("month", before)
    words = _TENSE_WORD.findall(before.lower())
    said = words  # every word, the weekday too
    tail = words[:-1] if words and words[-1] in _WEEKDAYS else words  # "until Thursday, October 19"
    if len(tail) > 1 and tail[-1].endswith(("'s", "’s")) and tail[-2] in ("is", "are"):
        tail = tail[:-1]  # whose day it is: "The next statewide election is Idaho's May 17, 2022, primary"
    if len(words) > 1 and words[-1] in _WEEKDAYS and words[-2] == "this" and words[-3:-2] != ["past"]:
        return True  # "from this Friday, May 15": the coming one
    if len(tail) > 1 and tail[-1] in ("the", "a", "an") and tail[-2] in ("until", "till", "is", "are", "to", "through"):
        tail = tail[:-1]  # "until the Nov. 26 certification", "is a Sept. 15 home date"
    # (the words before a delay's length: "adjourned the suit by two weeks to July 18")
    delay = tail[:-4] if len(tail) >= 4 and tail[-4] == "by" and tail[-2] in _COUNT_UNITS else tail[:-1]
    if tail and tail[-1] in ("until", "till", "to", "through") and not _DELAY_VERBS.isdisjoint(delay[-4:]):
        return True  # "has been extended until May 31", "slips to 2022", "was postponed to March", "has
        # extended its cuts to the end of 2018", "agree to extend cuts through end of 2018"
    if tail[-2:] == ["moved", "to"]:  # "They were moved to June 7" (not "moved from May to Friday, October 16, …")
        return True
    if (
        tail[-1:] == ["through"]
        and tail[-2:-1] in (["run"], ["runs"])
        and not {"had", "has", "have"} & set(tail[-4:-2])
    ):
        return True  # a schedule: "ceremonies began Tuesday morning and run through Friday, June 10"
    if tail and tail[-1] in ("until", "till"):  # "old rules apply until March 31": still ahead,
        if _TO_DO_AFTER.match(after):  # "given until July 24 to remove the structures": a deadline
            return True
        if len(tail) > 1 and tail[-2] in _SCHEDULE_VERBS:  # "which opened on Saturday, runs until Tuesday, October 4"
            return True
        clause = tail[-6:-1]  # unless told in the past ("the road stayed closed until May 3")
        if not _MODALS.isdisjoint(tail[-9:-1]):  # "schools would remain closed until Monday, June 5"
            return True
        if _modal_passive(tail[-9:-1]):  # "will be debated on every campaign platform until 2021"
            return True
        if any(a == "to" and b in _LASTING_VERBS for a, b in itertools.pairwise(tail[-7:-1])) and (
            _PAST_AUXILIARIES.isdisjoint(tail[-9:-1])  # (not an earlier plan: "had been scheduled to run until 2017")
        ):
            return True  # "ordered all schools to remain closed till Saturday, January 13": from the order on
        if not _EXPECTED.isdisjoint(clause) and _PAST_AUXILIARIES.isdisjoint(clause):
            return True  # "the download is expected to last until late 2016"
        return not any(
            w in _PAST_MARKERS or w == "known" or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED)
            for w in clause  # ("known until 2007 as the Greater Vancouver Regional District")
        )
    if tail[-1:] == ["expect"]:  # what is expected of a day: "they expect Friday, Dec. 20, to be one of the busiest"
        return True
    if tail[-2:] in (["now", "not"], ["today", "not"]):
        return True  # a time set against now is one still to come: "see the money set aside now, not in 2024"
    words = tail  # "strikes from Sunday, April 4": the weekday names the date
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _COMPARED and i and words[i - 1] in ("than", "as"):
            continue  # "grew more slowly than forecast in July", "as expected": a comparison, no tense
        if (w in _SCHEDULING or w in _EXPECTED) and i and words[i - 1] in _PLAN_BEFORE:
            # "The hearing had been scheduled for March 30 but was postponed", "were originally due to
            # be completed by 2015": an earlier plan
            return False
        if w == "after" and words[i + 1 : i + 2] and words[i + 1].endswith("ing") and len(words[i + 1]) > 5:
            return False  # what happened first: "will have to go through the play-offs after missing out … on Saturday"
        if w == "after" and i and words[i - 1] in _COUNT_UNITS:
            # a count starts a clause of its own: "(a rescue that will create a giant,) three days
            # after the collapse of Lehman on 15 September"
            return False
        if (
            w in _FUTURE_MARKERS
            and not _DETERMINERS.isdisjoint(words[max(0, i - 2) : i])
            and words[i + 1 :] in _NOUN_ON
        ):
            continue  # a noun: "the Chancellor set out his £500bn plan on 8 October", "announced the plans yesterday (Monday"
        if (
            w in ("plan", "plans", "promise", "pledge", "target", "deadline")
            and i > 1
            and words[i - 1] in _DETERMINERS
            and any(map(_past_word, words[max(0, i - 4) : i - 1]))  # ("backed down on its plan")
        ):
            continue  # the noun of a past deed: "backed down on its plan to cut funding … on Monday, April 3"
        if w in _PLAN_NOUNS and words[i + 1 : i + 2] == ["at"]:
            continue  # a noun, and where: "announced the LGWM plan at Te Papa on Thursday, May 16"
        if w in ("hope", "hopes") and (
            words[i + 1 : i + 2] == ["alive"]
            or (i and words[i - 1] in _DETERMINERS and words[i + 1 : i + 2] not in _HOPED_FOR)
        ):
            continue  # a noun, not what it hopes for: "kept their finals hopes alive with a win on Saturday"
        if w in _FUTURE_MARKERS and w.capitalize() in before and w in {n.lower() for n in _NAME_WORD.findall(before)}:
            continue  # a name's word: "lodged its appeal with the Planning Inspectorate on Friday 17 March"
        if w in _FUTURE_MARKERS or (w in ("to", "for") and i and words[i - 1] in ("set", "going")):
            return True
        if w == "to" and words[i - 2 : i] in (["is", "likely"], ["are", "likely"]):
            return True  # "the issue is likely to come up at the council meeting on Saturday, February 26" (not a
            # forecast reported in the past, of the day of the telling: "was likely to cross the coast late on Monday")
        if w == "for" and _scheduled(words, i):
            return True  # "set a hearing for June 15", "listed the matter for compliance on November 7"
        if w == "to" and i + 1 < len(words) and words[i + 1] in _COURT_AHEAD:
            return True  # "remanded in custody to appear at Bolton Crown Court on Monday, 4 December"
        if w == "to" and i and words[i - 1] in ("is", "are") and i + 1 < len(words) and words[i + 1] not in _NOT_TO_DO:
            return True  # "Lai is to be sworn in on May 20", "staff are to report back in January 2018"
        if w in _FORECAST_VERBS and i < len(words) - 2:
            return True
        if w in ("next", "later") and _coming(said, i):  # "next week, on Friday, 9 December"
            return True
        if w == "coming" and i == len(words) - 1:  # "shut for ten days from the coming Saturday, April 21"
            return True
        if w in ("from", "since") and i == len(words) - 1:
            continue  # "will visit from July 27": the range's own preposition says nothing of tense
        if w == "from" and words[i + 1 : i + 2] in (["am"], ["pm"], ["noon"], ["midnight"]):
            continue  # nor a clock's: "will be allowed to stay open from 7 am to 4 pm on weekdays"
        if (
            w == "from"
            and (
                _amount_at(words, i + 1, "to" in words[i + 2 :])
                or ("to" in words[i + 1 :] and _count_from(before, words, i))
            )
            and words[i - 1] not in ("down", "up")
        ):
            # a change's starting value, no time: "VAT will rise to 12 percent from 11 percent on
            # Jan. 1, 2025", "would rise from about $110m now to a peak of about $290m in 2027"
            # (but "down from $44 million in 2019" compares with the past, and so does a starting
            # value's own year: "by 2030, from about 22-24 percent in 2023")
            continue
        if (w == "on" and i == len(words) - 1 and i and words[i - 1] in ("is", "are")) or (
            w in ("is", "are") and i == len(words) - 1
        ):
            return True  # a schedule: "Polling day is on 12 December", "The last day of school is May 25"
        if w in (
            "effect",
            "force",
            "office",
        ):  # "take effect on March 1", "takes office on 1 December" are ahead, "came into force" is not
            verbs = set(words[max(0, i - 2) : i])
            if verbs & _SCHEDULED:
                return True
            if verbs & _ENACTED:
                return False
        # a noun: "to the steps of Founders Hall on Thursday", "his visits", "in host communities", "a
        # flying start on Friday night"
        if (
            w in _SCHEDULE_VERBS
            and i
            and (
                words[i - 1] in _DETERMINERS
                or words[i - 1] in _NOUN_AFTER
                # (a bare form: "as a whole concludes on November 4" is a verb's)
                or (words[i - 2 : i - 1] in (["a"], ["an"]) and not w.endswith("s"))
            )
        ):
            continue
        tally = i + 1 < len(words) and (words[i + 1] in _NUMBER_WORDS or words[i + 1].isdigit())  # "voted 8 to 1"
        if w == "to" and not tally and not _INTENT_VERBS.isdisjoint(words[max(0, i - 5) : i]):
            k = max(j for j in range(max(0, i - 5), i) if words[j] in _INTENT_VERBS)
            # "a year after Parliament voted to remove the limit on December 20, 2017": the
            # decision a count runs from is past, and so is its date; so is the meeting that took
            # it ("voted 10-3 to adopt the budget at a special meeting on Tuesday, June 27")
            if words[-2:] == ["meeting", "on"] or words[-1:] == ["meeting"]:
                return False
            return not any(words[j] == "after" and words[j - 1] in _COUNT_UNITS for j in range(max(1, k - 4), k))
        if w in _SCHEDULE_VERBS:
            return True
        if w == "from" and _from_who(before, words, i):
            continue  # whom from, no time: "will take questions from Albertans during a town hall on Monday, April 18"
        if w in _PAST_MARKERS:
            if w == "last" and i and words[i - 1] == "to":
                continue  # a verb: "expected to last three days, opening on Tuesday 6 June"
            if i and words[i - 1] in ("be", "being"):
                continue  # "will be held on", "is being made"
            if i and words[i - 1] in _MODALS:
                continue  # "will set them back on Nov. 3": "set" after a modal is no past tense
            return False
        if w in ("if", "unless"):
            return True  # "if the UK leaves the EU without an agreement on 31 October"
        if w == "before" and not {"is", "are"}.isdisjoint(words[max(0, i - _PRESENT_BEFORE_WORDS) : i]):
            return True  # told in the present: "This is the last Sunday market before the Lunar New Year on Jan 25"
        if (
            w in ("before", "when", "once")
            and not _PRESENT_EVENTS.isdisjoint(words[i + 1 :])
            and not (i and (words[i - 1] in _COUNT_UNITS or words[i - 1] in ("left", "remaining", "go")))
        ):
            # a time clause in the present tells of what is still to come (no past tense after it,
            # or the scan would have stopped there): "before ballots go out in the mail on
            # Thursday, Oct. 17", "when the aluminium smelter closes at the end of 2024" (not a
            # count to it, which tells the day of the telling: "18 days left before voters go to
            # the polls on Oct. 15, 2016")
            return True
        if (
            w.endswith("ed")
            and len(w) > 4
            and w not in _NOT_PAST_ED
            and not (i and words[i - 1] in _PASSIVE)
            # an adjective after a modal's verb: "would be distributed to the affected families from Tuesday"
            and not (i and words[i - 1] in _DETERMINERS and not _MODALS.isdisjoint(words[max(0, i - 8) : i]))
        ):
            return False
    return False


_COMING_UNITS = frozenset(
    "week weekend month year season spring summer autumn fall winter".split() + _WEEKDAYS + list(_MONTH_NUM)
)


def _coming(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ("next", "later") starts a time still to come as the story is told:
    "next week", "next Monday", "later this month"; not the narrative "the next day", "a week later"."""
    after = words[i + 1 : i + 3]
    if words[i] == "later":
        return len(after) == 2 and after[0] in ("this", "next") and after[1] in _COMING_UNITS
    # "next year's Independence Day ceremony, on August 17, 2024"; "The regents meet next in June"
    return (
        (bool(after) and after[0].removesuffix("'s") in _COMING_UNITS)
        or i == len(words) - 1  # right before the date: "meet next in June", "sits next on Tuesday"
    ) and not (i and words[i - 1] in ("the", "a", "that"))


def _number(token: str) -> int | None:
    token = token.lower()
    return int(token) if token.isdigit() else _NUMBER_WORDS.get(token)


def _ago_days(s: str) -> int | None:
    if s.endswith(" day of"):  # "the fourth straight day of": three days after its first
        nth = s.split()[1]
        n = _ORDINAL_WORDS.index(nth) + 1 if nth in _ORDINAL_WORDS else int(nth[:-2]) if nth[:-2].isdigit() else 0
        return n - 1 if n > 1 else None
    if s.endswith("-day"):  # "the last day of the ten-day": nine days after its first
        n = _counted_days(s) or 0
        return n - 1 if n > 1 else None
    if not s.endswith(_COUNT_ENDINGS):
        return None
    if "century" in s:  # "a quarter of a century ago"
        return 365 * (25 if "quarter" in s else 50 if "half" in s else 100)
    days = _counted_days(s)
    if days is None:
        return None
    # "on Friday, 26 May, a week tomorrow"; "by March 4, two weeks from yesterday"
    return days + 1 if s.endswith("tomorrow") else days - 1 if s.endswith("yesterday") else days


def _counted_days(s: str) -> int | None:
    """The days a count says: "two weeks" 14, "ten days" 10 (a month 30, a year 365)."""
    num = _NUM_TOKEN.search(s)
    count = _number(num.group(1)) if num else None
    unit = _COUNT_UNIT.search(s)
    if count is None or unit is None:
        return None
    return (
        count * {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365, "decade": 3650}[unit.group(1).lower()]
    )


# How a count of days ends: from a date back ("ago", "earlier", "before") or on ("after"), or
# on from the telling to a coming date ("away", "today", "from now", "in ten days' time")
# "with eight days to go until polling day on Friday, May 25", "two weeks ahead of the Dec. 5 deadline": as "before"
_UNTIL = ("until", "till", "ahead of", ", ending")  # ("gave vendors two weeks, ending Thursday, June 3")
# verbs of a state that lasts, after "to", up to a day ("ordered to remain closed till …")
_LASTING_VERBS = frozenset("remain stay continue run last be keep operate wait hold serve apply".split())
_TOLD_ENDINGS = ("away", "today", "tomorrow", "yesterday", "now", "time", "by", ", on", *(w.title() for w in _WEEKDAYS))
# ("in seven days, by", "two weeks from Thursday": the weekday of the news)
_COUNT_ENDINGS = ("ago", "after", "earlier", "before", "since", *_UNTIL, *_TOLD_ENDINGS)
_LEFT = re.compile(r"\s(?:left|remaining|to [a-z]+)\s")
_TIME_TO_DO = re.compile(r"\sto (?!go\s)[a-z]+\s")  # "10 days to regroup before", not "to go before"
# "The appointment comes 10 years after ...": a count from a past event to the present
_PRESENT_BEFORE = re.compile(r"\b(?:comes|marks|is|are)\s+(?:(?:exactly|just|almost|nearly|some|about)\s+)?$")
# "yesterday, exactly a week after ... on October 11": the count ends the day before the telling
_DAY_OF = (" day of", "-day")  # how a day counted in a span ends: "the fourth day of", "the last day of the ten-day"
_BEGAN = re.compile(r"\b(?:began|begun|started|opened|commenced)\s+(?:on\s+)?(?:[A-Z][a-z]+,?\s+)?(?:[A-Z][a-z]{2}|\d)")
_TODAY_COUNT_BEFORE = re.compile(r"\btoday,?\s+(?:exactly\s+|just\s+|precisely\s+|only\s+)?$", re.IGNORECASE)
_YESTERDAY_BEFORE = re.compile(
    r"\byesterday,?\s+(?:exactly\s+|just\s+|precisely\s+|only\s+)?(?:the\s+)?$", re.IGNORECASE
)
_TO_THE_DAY = re.compile(r"\bto the day\b|^exactly ", re.IGNORECASE)
_PLAN_NOUN_AFTER = re.compile(r"\s(?:completion|deadline|target|goal|opening|launch)\b")
_PLANNED_DAY = re.compile(
    r"\b(?:had|has|have)\s+been\s+(?:scheduled|slated|set|due|expected|planned)\s+to\s+[a-z]+\s+(?:on\s+)?$"
)
_EXACTLY_BEFORE = re.compile(r"\bexactly\s+$", re.IGNORECASE)
_YEAR_DAYS = 365
# what may stand between months told together: "in August and September last year", "June, July or August 2022"
_BETWEEN_MONTHS = re.compile(rf"(?:\s*(?:,|and|or|{_MON}))*\s*")


def _share_years(found: list[Mention], block: int, text: str) -> None:
    """A month told together with the next, which has its year, has the same year: "in August
    and September last year" are both last year's (the year is said once, after the last); and a
    day told in a "when" clause after a year is of that year ("in 2009, when … on Christmas Eve")."""
    i = len(found) - 1  # (the block's own mentions are the last ones found)
    while i > 0 and found[i - 1].block == block == found[i].block:
        a, b = found[i - 1], found[i]
        if (
            a.kind == "month" == b.kind
            and a.year is None
            and a.rel_year is None
            and (b.year is not None or b.rel_year is not None)
            and _BETWEEN_MONTHS.fullmatch(text, a.pos + len(a.text), b.pos)
        ):
            found[i - 1] = replace(a, year=b.year, rel_year=b.rel_year, future=a.future or b.future)
        elif (
            a.kind == "year"
            and a.year is not None
            and a.end_year is None
            and b.kind in ("date", "month")
            and b.year is None
            and b.rel_year is None
            and _WHEN_BETWEEN.fullmatch(text, a.pos + len(a.text), b.pos)
        ):  # "the last one came in 2009, when a blizzard on Christmas Eve dropped …": that year's
            found[i] = replace(b, year=a.year, future=a.future)
        i -= 1


_WHEN_BETWEEN = re.compile(r",?\s+when\s+[^.;:!?]{0,80}")


_LESS_THAN_BEFORE = re.compile(r"\b(?:less|fewer)\s+than\s+$|\bunder\s+$", re.IGNORECASE)  # (an upper bound)
_COUNT_UNIT = re.compile(r"\b(day|week|fortnight|month|year|decade)s?\b", re.IGNORECASE)


def _months_in(s: str) -> list[int]:
    return [_MONTH_NUM[t.group().rstrip(".").lower()] for t in _MONTH_TOKEN.finditer(s)]


def _rel_year(s: str) -> int | None:
    rel = _REL_TOKEN.search(s)
    if not rel:
        return None
    return {"this": 0, "the": 0, "last": -1, "next": 1}[rel.group(1)]


@lru_cache(maxsize=4096)
def _parse(kind: str, s: str) -> _Parsed | None:
    """The calendar fields of a match of ``kind`` (its year may stay unknown)."""
    years = [int(y.group()) for y in _YEAR_TOKEN.finditer(s)] if kind not in ("md", "dm") else []
    year = years[-1] if years else None
    if kind == "iso":
        y, mo, d = (int(part) for part in re.split(r"[-/]", s))
        return _Parsed("date", y, mo, d)
    if kind == "year":
        tail = re.search(r"[-–]\s*(\d{2,4})$", s)
        last = int(tail.group(1)) if tail else None
        if last is not None and last < 100:
            last += years[0] // 100 * 100
        return _Parsed("year", years[0], end_year=last if last and last > years[0] else None)
    if kind == "hint":
        return _Parsed("hint", year)
    if kind in ("half", "hq", "firstn"):
        return _period(kind, s)
    rel = _rel_year(s)
    if kind == "yearend":
        return _Parsed("month", year, 1 if s[:5].lower() in ("begin", "start") else 12)
    months = _months_in(s)
    if not months:
        return None
    if kind in ("mdy", "md", "dmy", "dm"):
        body = s if year is None else s[: s.rfind(str(year))]
        days = [int(d.group(1)) for d in _DAY_TOKEN.finditer(_MONTH_TOKEN.sub(" ", body))]
        if not days:
            return None
        if len(days) == 1:
            return _Parsed("date", year, months[0], days[0], rel_year=rel)
        return _Parsed("date", year, months[0], days[0], end_month=months[-1], end_day=days[-1], rel_year=rel)
    if kind == "dayof":  # "the last day of July"
        last = _month_end(year or 2001, months[0]).day  # (a February without its year: the 28th)
        return _Parsed("date", year, months[0], 1 if s[:5].lower() == "first" else last)
    if kind in ("my", "mthis", "monly", "mmid"):
        return _Parsed("month", year, months[0], rel_year=rel)
    if kind == "mrange":
        return _Parsed("period", year, months[0], end_month=months[-1], rel_year=rel)
    return None


def _period(kind: str, s: str) -> _Parsed | None:
    """Halves, quarters and "the first N months"."""
    low = s.lower()
    years = [int(y.group()) for y in _YEAR_TOKEN.finditer(s)]
    year = years[-1] if years else None
    if kind == "firstn":
        num = _NUM_TOKEN.search(low[5:])
        n = _number(num.group(1)) if num else None
        if n is None or not 1 <= n <= 12:
            return None
        return _Parsed("period", year, 1, end_month=n, rel_year=_rel_year(low))
    if kind == "hq":
        n, size = int(low[1]), 6 if low[0] == "h" else 3
    else:
        n, size = _ORDINALS[low.split()[0]], 6 if "half" in low else 3
    if n * size > 12:
        return None
    return _Parsed("period", year, (n - 1) * size + 1, end_month=n * size, rel_year=_rel_year(low))


# --- resolution ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ref:
    """A reference date for years a mention leaves out."""

    date: dt.date
    month_known: bool
    label: str
    floor: dt.date | None = None  # the article's latest reported event with its year: a lower bound
    earliest: dt.date | None = None  # the earliest and latest of the neighbours' dates it is the median of
    latest: dt.date | None = None
    wrap: int = 0  # days a past month without a year may lie after it (0: _WRAP_PAST_DAYS, for the neighbours' spread)
    before: dt.date | None = None  # the date of the nearest of them before the article in the file


@dataclass(frozen=True)
class _Dated:
    """A mention placed on the calendar."""

    m: Mention
    start: dt.date
    end: dt.date
    precision: Precision
    year_src: str  # "" when the mention states its year
    refit: int = 0  # years it was moved from the lent year, for a weekday to fit (``_fitting_year``)
    telling: bool = False  # the day of the telling itself, counted from a date ("two weeks ago", "78 days away")
    # a day counted from a date that falls on the weekday told with it: recent, whatever the neighbours
    named: bool = False
    next_told: bool = False  # a bound of the days before "next Thursday, May 26" (``_told_next_weekday``)

    @property
    def lower(self) -> dt.date:
        """The earliest publication date a past mention allows: a period's figures ("in the first
        10 months") are reported once it is over, from the day after its end; a day said with "last
        year" ("convicted on December 2 last year") is told in the year after it."""
        if self.m.kind == "period":
            return self.end + dt.timedelta(days=1)
        if self.m.rel_year == -1 and self.precision == "day":
            return dt.date(self.start.year + 1, 1, 1)
        return self.start

    @property
    def upper(self) -> dt.date:
        """The latest publication date a future mention allows."""
        return self.start if self.precision == "day" else self.end


@dataclass(frozen=True)
class _Result:
    info: DateInfo
    point: dt.date | None  # best single guess, for the neighbours
    level: int  # 2 day, 1 month, 0 year, -1 unknown


_RANK: dict[str, int] = {"day": 2, "month": 1, "year": 0}


_LENT = "neighbouring articles"  # where a year comes from when the text leaves it out


def resolve_dates(clues: Sequence[DateClues]) -> list[DateInfo]:
    """Publication dates for the articles of one corpus file, in file order."""
    told = [_told_year(c.mentions) for c in clues]
    own = [_own_anchor(ms) for ms, _current in told]
    years = [o.start.year for o in own if o]
    if (not years or not _not_long_before_ahead(years, clues, keep=False)) and _weekday_dates(
        clues
    ) >= _WEEKDAY_DATES_ALONE:
        # no article says its year (or every year one says is long before the years the file looks
        # ahead to: "the Armistice of November 11, 1918" in a paper that looks ahead to 2020), but
        # weekdays told with dates do: the background years only bound the span they are fitted in
        # ("Saturday, March 13" with "since 2019": 2021)
        years = _file_years(clues, ahead=False)
    if not years:
        years = _between_past_and_ahead(clues)
    era = max((m.year for c in clues for m in c.mentions if m.kind == "era" and m.year), default=None)
    if era is not None and years and max(years) < era:
        # the file names "COVID-19" and its explicit years are 1975's: they are background (not when
        # one of them is after it: "Brexit" in a paper that tells of 2016's events and looks ahead)
        years = [era]
    elif era is not None and years:  # "commemorates the Lahore Resolution of March 23, 1940" beside "Covid"
        years = [y for y in years if y >= era]
    years = _not_long_before_ahead(years, clues)
    told_in = [current for _ms, current in told if current is not None]
    year_ref = (
        _Ref(dt.date(_weekdays_year(_later_twin(_file_year(years, clues, told_in), clues), clues), 7, 1), False, _LENT)
        if years
        else None
    )
    first = [_resolve(t, year_ref) for t in told]
    levels = {lv: [i for i, r in enumerate(first) if r.level == lv and r.point] for lv in (2, 1)}

    def near(i: int) -> _Ref | None:
        for lv in (2, 1):
            found = _nearest(levels[lv], i)
            if found:
                dates = [d for j in found if (d := first[j].point)]
                close = (max(dates) - min(dates)).days <= _NEIGHBOURS_SPAN  # else their month says little
                # an article before (after) all its neighbours, as a file's first (last) one:
                # its dates may lie before (after) their median by more than the usual margins
                first_one, last_one = all(j > i for j in found), all(j < i for j in found)
                return _Ref(
                    _median(dates),
                    close,
                    _LENT,
                    earliest=min(dates) if first_one else None,
                    latest=max(dates) if last_one else None,
                    before=first[max(j for j in found if j < i)].point if not first_one else None,
                )
        return year_ref

    return _between_neighbours([_resolve(t, near(i)).info for i, t in enumerate(told)])


def _between_neighbours(infos: list[DateInfo]) -> list[DateInfo]:
    """In a file whose articles run in date order (most of its successive articles dated to the
    day do), an article dated only to a month (a year) outside the months (years) of the dated
    articles just before and after it, a few months apart at most, misread its month ("the final
    is in October", told in May) or year ("the new line opens in 2022"): it is of the month (year)
    of the article before it."""
    days = [(i, x.date) for i, x in enumerate(infos) if x.precision == "day" and x.date]
    pairs = list(itertools.pairwise(days))
    if len(pairs) < 3 or sum(a <= b for (_i, a), (_j, b) in pairs) < _IN_ORDER * len(pairs):
        return infos
    out = list(infos)
    for (i, before), (j, after) in pairs:
        if not 0 <= (after - before).days <= _NEIGHBOURS_SPAN:
            continue
        for k in range(i + 1, j):
            x = infos[k]
            if x.date is None or x.precision == "day":
                continue
            if x.precision == "month" and not before.replace(day=1) <= x.date <= after:
                fixed, told = before.replace(day=1), f"{before:%B %Y}"
            elif x.precision == "year" and not before.year <= x.date.year <= after.year:
                fixed, told = dt.date(before.year, 1, 1), str(before.year)
            else:
                continue
            why = f"{told}: after the article before it (the file runs in date order), not {x.evidence}"
            out[k] = DateInfo(fixed, x.precision, _cap(why))
    return out


def _not_long_before_ahead(years: list[int], clues: Sequence[DateClues], keep: bool = True) -> list[int]:
    """A file's own years long before the nearest year it looks ahead to are background, when it
    has others (without ``keep``, even when it has none): "attained independence from Britain on
    6 July 1964" in a daily of 2019 that looks ahead to 2021."""
    ahead = _file_years(clues, ahead=True, spans=False)
    if not ahead:
        return years
    kept = [y for y in years if min(ahead) - y <= _OWN_BEFORE_AHEAD]
    return kept or (years if keep else [])


def _upper_quartile(years: Sequence[int]) -> int:
    return sorted(years)[3 * (len(years) - 1) // 4]


def _file_years(clues: Sequence[DateClues], ahead: bool, spans: bool = True) -> list[int]:
    """The years a file's articles name as years ("in 2009", "by 2025"), past or ahead, in file
    order; without ``spans``, not those that open a span of years ("2019-20")."""
    return [
        m.year
        for c in clues
        for m in c.mentions
        if m.kind == "year" and m.year and m.future == ahead and (spans or m.end_year is None)
    ]


def _years_of(clues: Sequence[DateClues], ahead: bool = False) -> list[int]:
    """The years a file names as what happened in them, not ahead: "the 2019 federal election
    defied almost every opinion poll", "the showpiece of the 2019 Carnival of Flowers" (or, ``ahead``,
    those it looks ahead to: "a budget proposal for the 2017 fiscal year")."""
    return [m.year for c in clues for m in c.years_of if m.year and m.future == ahead]


def _between_past_and_ahead(clues: Sequence[DateClues]) -> list[int]:
    """A file no article of which says its year, nor any weekday with a date: it is told after the
    years it tells of (their upper quartile, "in 2008", "in 2009") and before the ones it looks
    ahead to (the nearest, "likely in 2011", not "by 2013"): the year before it. The years it names
    as what happened in them count with the first ("the Matchday 4 fixture of the 2016 season"), those
    it names as what is to come with the second ("ahead of the 2017 NPFL season"). (Their lower
    quartile served while a past span's start, "planning for the Olympics since 2003", was read as
    ahead.)"""
    past = _file_years(clues, ahead=False) + _years_of(clues)
    ahead = _file_years(clues, ahead=True) + _years_of(clues, ahead=True)
    if not past or not ahead:
        return []
    lo, hi = _upper_quartile(past), min(ahead)
    return [hi - 1] if lo < hi else []


def _later_twin(year: int, clues: Sequence[DateClues]) -> int:
    """A file's year well before every year it looks ahead to is a calendar twin of its true one
    when its weekdays fit a later year the text names, a few years before those: a Karachi daily
    whose explicit years are 1876's, 1940's and 1991's events, which names 2019 and looks ahead to
    2022–2025, and whose six weekdays with dates fit 1991 and 2019 alike, is of 2019; an Auckland
    daily whose weekdays fit 2017 ("in 2017") and 2023, which names 2023 and looks ahead to 2025, of 2023."""
    ahead = _file_years(clues, ahead=True)
    if not ahead or min(ahead) - year <= _YEARS_AHEAD_FAR:
        return year
    pairs = [p for p in _weekday_date_pairs(clues) if not p.loose]
    if len(pairs) < _WEEKDAY_DATES_ALONE:
        return year
    named = set(_file_years(clues, ahead=False))
    twins = [
        t
        for t in range(min(ahead) - _YEARS_AHEAD_NEAR, min(ahead))
        if t > year and t in named and _on_calendar(t, pairs)
    ]
    return max(twins, default=year)


def _on_calendar(year: int, pairs: Sequence[_Pair]) -> bool:
    """Whether every weekday told beside a date falls on that date in ``year``."""
    return all(_weekday_of(year, p.month, p.day) == p.weekday for p in pairs)


def _weekdays_year(year: int, clues: Sequence[DateClues]) -> int:
    """A file's year on whose calendar not all its weekdays told beside dates fall yields to the
    year from the upper quartile of the years it tells of to a little after the latest on whose
    calendar they all fall (of calendar twins, the one nearest the latest year told of): a Townsville daily of 2012 whose one year of its own is "since the
    floods of January 1998", and whose "Saturday, January 21", "Friday, March 23", "Saturday, March
    24" and "Tuesday, November 13" fit 2012; a Swansea paper of 2012 whose "programme of events for
    2014" read as its own year, and whose seven weekdays with dates fit 2012; a Gold Coast daily of
    2018 whose "July 2014" was its own year and whose ten weekdays fit 2007 and 2018 alike."""
    pairs = [p for p in _weekday_date_pairs(clues) if not p.loose]
    if len(pairs) < _WEEKDAY_DATES_ALONE or _on_calendar(year, pairs):
        return year
    told = _file_years(clues, ahead=False) or [year]
    span = range(_upper_quartile(told), max(told) + _YEARS_AFTER_LATEST + 1)
    fits = [y for y in span if _on_calendar(y, pairs)]
    # of calendar twins (2007 and 2018), the one nearest the latest year told of
    return min(fits, key=lambda y: (abs(y - max(told)), -y), default=year)


def _file_year(years: Sequence[int], clues: Sequence[DateClues], told_in: Sequence[int] = ()) -> int:
    """The year of a corpus file's articles, for the dates that leave it out: the articles' own
    explicit years vote, and so does every weekday named beside a date without a year ("Sunday
    (May 4)"), for the years in which that date falls on that weekday from the year before the
    upper quartile of the explicit years to three years after the latest (two votes, shared among
    the years that fit: explicit years are often background, "since taking office in May 2024").
    The explicit years are past events, so the articles were written in their latest years or a
    little after, not their middle one: the weekdays are not fitted to the years before (an
    obituary's or a feature's old years pulled the quartile back, and March to December of 2015
    have the weekdays of 2020's), and a local paper of 2022 whose latest explicit year is 2020's
    arrest is of the one year in which its weekdays all fit. Ties go to the latest of them when the
    weekdays chose it (a daily of 2015 whose weekdays fit only 2015 told of 2014's events in as many
    articles; a daily of 2017 that tells of a club founded in 1967, whose calendar 2017 repeats),
    else to the year nearest the upper quartile, or, between years only the weekdays chose, to the
    one nearest the latest explicit year."""
    around = _upper_quartile(years)
    latest = max(years) + _YEARS_AFTER_LATEST
    # the years the file looks ahead to: it is told before the nearest, and may be told later
    # than its latest past year allows ("by the end of 2024", "by 2025" with 2018 the latest)
    ahead = _file_years(clues, ahead=True, spans=False)
    widened = bool(ahead) and latest < min(ahead) <= max(years) + _YEARS_AHEAD_NEAR
    if widened:
        latest = min(ahead) - 1
    # a year naming what happened in it ("the 2019 federal election defied every poll") is no later
    # than the telling: the weekdays may fit up to it
    of_years = _years_of(clues)
    latest = max([latest, *of_years])
    span = range(around - 1, latest + 1)
    votes: dict[int, float] = dict(Counter(years))
    for y in told_in:  # an article that says the year it is told in votes twice
        votes[y] = votes.get(y, 0.0) + 1
    for y in of_years:  # and so does a year an article names as what it tells of ("to open the 2011 session")
        votes[y] = votes.get(y, 0.0) + 1
    weekday_votes: set[int] = set()
    pairs = [(p, [y for y in span if _weekday_of(y, p.month, p.day) == p.weekday]) for p in _weekday_date_pairs(clues)]
    # a dateline's pair may be a day off (a wire filed on the day after the lede's news): only the
    # years that two or more of them fit count
    loose = Counter(y for p, fits in pairs if p.loose for y in fits)
    for p, fits in pairs:
        if p.loose:
            fits = [y for y in fits if loose[y] >= 2]
        for y in fits:
            votes[y] = votes.get(y, 0.0) + 2 / len(fits)
        weekday_votes.update(fits)
    best = max(votes.values())
    tied = sorted(y for y, n in votes.items() if n > best - 1e-9)  # (shares of two votes: no exact sums)
    if not set(tied) & set(years):  # twins of the calendar only the weekdays chose: 2011 and 2016 share
        # their weekdays from March, and a file that tells of 2015 is of 2016; of 2017 and 2023, a file
        # that tells of 2018 and looks ahead to 2025 is of the later
        named = [y for y in tied if y in of_years]
        if named:  # of 2013 and 2019, a file that tells of "the 2019 federal election"
            return max(named)
        return max(tied) if widened else min(tied, key=lambda y: (abs(y - max(years)), -y))
    if len(tied) > 1 and tied[-1] in weekday_votes:
        return tied[-1]  # the weekdays tell the present; explicit years, past events
    return min(tied, key=lambda y: (abs(y - around), -y))


class _Pair(NamedTuple):
    """A day without a year told with its weekday: "Saturday, March 13"; or, ``loose``, a wire's
    dated dateline and its lede's one weekday: "NICOSIA, July 9 (Reuters) - … on Thursday"."""

    weekday: int
    month: int
    day: int
    date: Mention
    loose: bool = False


def _weekday_date_pairs(clues: Sequence[DateClues]) -> Iterator[_Pair]:
    """Each day without a year the text tells with its weekday, or counts from a date to a weekday."""
    for c in clues:
        by_sentence = _weekdays_by_sentence(c.mentions)
        for m in c.mentions:
            if m.kind != "date" or m.year is not None or not m.month or not m.day or m.end_day is not None:
                continue
            said = by_sentence.get(m.sentence, ())
            for w in said:
                if w.weekday is not None and _tied(w, m):
                    yield _Pair(w.weekday, m.month, m.day, m)
            if m.dateline and len(said) == 1 and said[0].weekday is not None and not _tied(said[0], m):
                yield _Pair(said[0].weekday, m.month, m.day, m, loose=True)
            if len(said) == 1 and not _tied(said[0], m) and (counted := _counted_pair(said[0], m, c.mentions)):
                yield counted


def _counted_pair(w: Mention, m: Mention, ms: Sequence[Mention]) -> _Pair | None:
    """The day a sentence counts from its one date to its one weekday: "announced Friday, two days
    after the vote on Jan. 9" (Friday, Jan. 11), "a hearing for May 14, four weeks after Tuesday's
    verdict" (Tuesday, April 16). Not across February's end (a leap day would shift it)."""
    if w.weekday is None or not m.month or not m.day:
        return None
    counts = [
        r
        for r in ms
        if r.kind == "relative" and r.sentence == m.sentence and r.block == m.block and r.days
        and r.days < _COUNTED_PAIR_DAYS and r.text.endswith(("after", "before")) and _DAYS_OR_WEEKS.search(r.text)
    ]  # fmt: skip
    if len(counts) != 1:
        return None
    r = counts[0]
    days = (r.days or 0) if r.text.endswith("after") else -(r.days or 0)
    if m.pos < r.pos < w.pos:  # "May 14, four weeks after Tuesday's verdict": the date is counted from the weekday
        days = -days
    elif not w.pos < r.pos < m.pos:  # "Friday, two days after … Jan. 9": the weekday is counted from the date
        return None
    start = dt.date(2001, m.month, min(m.day, 28 if m.month == 2 else m.day))
    day = start + dt.timedelta(days=days)
    if day.year != start.year or min(start, day).month <= 2 < max(start, day).month:
        return None
    return _Pair(w.weekday, day.month, day.day, m)


def _weekday_dates(clues: Sequence[DateClues]) -> int:
    """How many dates without a year the text tells with their weekday."""
    return len({id(p.date) for p in _weekday_date_pairs(clues) if not p.loose})


_COUNTED_PAIR_DAYS = 60  # the longest count from a date to a weekday that pairs them
_WEEKDAY_DATES_ALONE = 3  # weekday-and-date pairs that fix a file's year with no year of its own
_YEARS_AHEAD_FAR = 6  # a file's year more than this before every year it looks ahead to may be a calendar twin's
_YEARS_AHEAD_NEAR = 8  # how far beyond a file's latest past year the years it looks ahead to may widen its span
_YEARS_AFTER_LATEST = 3  # how long after a file's latest explicit past year its articles may be written


def _weekdays_by_sentence(ms: Sequence[Mention]) -> dict[int, list[Mention]]:
    weekdays: dict[int, list[Mention]] = {}
    for m in ms:
        if m.kind == "weekday" and m.weekday is not None:
            weekdays.setdefault(m.sentence, []).append(m)
    return weekdays


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def _median(dates: Sequence[dt.date]) -> dt.date:
    ordered = sorted(dates)
    return ordered[(len(ordered) - 1) // 2]


def _nearest(indices: Sequence[int], i: int) -> list[int]:
    """Up to ``_NEIGHBOURS`` entries of the sorted ``indices`` closest to ``i``, ``i`` itself left out."""
    hi = bisect.bisect_left(indices, i)
    lo = hi - 1
    if hi < len(indices) and indices[hi] == i:
        hi += 1
    out: list[int] = []
    while len(out) < _NEIGHBOURS and (lo >= 0 or hi < len(indices)):
        if hi >= len(indices) or (lo >= 0 and i - indices[lo] <= indices[hi] - i):
            out.append(indices[lo])
            lo -= 1
        else:
            out.append(indices[hi])
            hi += 1
    return out


def _own_anchor(mentions: Sequence[Mention]) -> _Dated | None:
    """The latest past mention that states its own year; a bare year only when it reads as current.
    Not one after the nearest year the text looks ahead to: told "before the end of 2022", the
    article tells of no past "December 2024" (a coming one, misread)."""
    best: _Dated | None = None
    ahead = min((m.year for m in mentions if m.future and m.year and not m.end_year), default=None)
    for m in mentions:
        if m.future or m.year is None or m.kind not in ("date", "month", "period", "year", "hint"):
            continue
        if ahead is not None and m.year > ahead:
            continue
        if m.kind == "year" and not m.current and not _current_year(m, mentions):
            continue  # "founded in 1999" is background
        d = _place(m, m.year, "")
        if d and (best is None or (d.lower, _RANK[d.precision]) > (best.lower, _RANK[best.precision])):
            best = d
    return best


def _place(m: Mention, year: int, src: str) -> _Dated | None:
    try:
        if m.holiday:  # "Thanksgiving", "the eve of Father's Day"
            eve = m.holiday.startswith("eve:")
            day = _holiday_date(m.holiday.removeprefix("eve:"), year) - dt.timedelta(days=1 if eve else 0)
            return _Dated(m, day, day, "day", src)
        if m.kind == "date" and m.month and m.day:
            start = dt.date(year, m.month, m.day)
            end = start
            if m.end_day:
                end_month = m.end_month or m.month
                end = dt.date(year + (end_month < m.month), end_month, m.end_day)
            return _Dated(m, start, max(start, end), "day", src)
        if m.kind in ("month", "period") and m.month:
            end_month = m.end_month or m.month
            return _Dated(m, dt.date(year, m.month, 1), _month_end(year, end_month), "month", src)
        if m.kind == "year":
            return _Dated(m, dt.date(year, 1, 1), dt.date(m.end_year or year, 12, 31), "year", src)
        if m.kind == "hint":
            return _Dated(m, dt.date(year, 12, 1), dt.date(year, 12, 31), "month", src)
    except ValueError:
        return None
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _current_year(year: Mention, ms: Sequence[Mention]) -> bool:
    """Whether a bare year reads as the current one: said twice, or near "this year" (in its
    sentence or the next of its paragraph, and not after it in a series: "2.5% this year, 2.2% in
    2025 and 1.9% in 2026" are the years that follow). Never the year something began: "Founded
    in 1987 as a small partnership … down from about 355 million this year"; nor "took her to the
    parade in 1947" after a paragraph that ends "carried extra weight this year"."""
    this_year = any(
        (m.rel_year == 0 or m.text.lower().endswith("this year"))
        and abs(m.sentence - year.sentence) <= 1
        and m.block == year.block
        and not (m.sentence == year.sentence and m.pos < year.pos)
        for m in ms
    )
    said = sum(m.year == year.year and not m.text.lower().startswith(_BOUND_WORDS) for m in ms)
    return not year.origin and not year.text.lower().startswith(_BOUND_WORDS) and (this_year or said >= 2)


def _told_year(ms: Sequence[Mention]) -> tuple[Sequence[Mention], int | None]:
    """The year the text says it is told in ("so far in 2017", "in 1994, a quarter of a century
    ago"), if it says one, and the mentions with any past date after that year read as ahead:
    "its previous target was the summer of 2021" (a plan, in a text of 2020)."""
    current = max((m.year for m in ms if m.current and m.year), default=None)
    if current is None:
        return ms, None
    return [replace(m, future=True) if m.year and m.year > current and not m.future else m for m in ms], current


def _reference(own: _Dated | None, ref: _Ref | None, current: int | None = None) -> _Ref | None:
    """Where missing years come from: the later of the article's own explicit date and the
    neighbours, or the article's own when it is of the year the text says it is told in."""
    mine = None
    if own:
        month_known = own.precision != "year"
        when = own.lower if month_known else dt.date(own.start.year, 7, 1)
        mine = _Ref(when, month_known, f"'{_short(own.m.text)}'", own.lower)
    if mine is None or ref is None or (current is not None and mine.date.year == current):
        return mine or ref
    if mine.date.year != ref.date.year:
        later = mine if mine.date.year > ref.date.year else ref
    elif mine.month_known and ref.month_known:
        later = max(mine, ref, key=lambda r: r.date)
    else:
        later = mine if mine.month_known else ref
    label = mine.label if later.date.year == mine.date.year else ref.label
    return _Ref(later.date, later.month_known, label, mine.floor)


def _year_for(m: Mention, r: _Ref, weekdays: Sequence[int]) -> int:
    """The year of a mention that leaves it out."""
    if m.rel_year is not None:
        return r.date.year + m.rel_year
    y = r.date.year
    if m.dateline and m.month and m.day and r.month_known:  # the article's own date: the year nearest the reference
        cands: tuple[int, ...] = (y - 1, y, y + 1)
        # the year in which its weekday fits ("CARDIFF, Tuesday 4 June (PA)"), whatever else it says
        cands = tuple(c for c in cands if _weekday_of(c, m.month, m.day) in weekdays) or cands
        if r.floor is not None:  # not before an event the article reports ("since the start of 2022")
            cands = tuple(c for c in cands if _safe_date(c, m.month, m.day) >= r.floor) or cands
        return min(cands, key=lambda c: abs((_safe_date(c, m.month or 1, m.day or 1) - r.date).days))
    # Weekday consistency: "Sunday (May 4)"; without a month to go by, also a range's weekday
    # ("On Friday ... from November 1 to 4"), which may be the day it was announced instead.
    if m.kind == "date" and m.month and m.day and weekdays and (m.end_day is None or not r.month_known):
        for cand in (y, y - 1, y + 1):
            if _weekday_of(cand, m.month, m.day) in weekdays:
                return cand
    if _last_named_month(m) and m.month:
        # "last October": the one before the month of the telling, not one that may follow it
        for cand in (y + 1, y, y - 1):
            if dt.date(cand, m.month, 1) < r.date.replace(day=1):
                return cand
    if m.future and m.month and r.latest is not None and not r.month_known:
        # a file's last article, after all its neighbours, far apart: its coming days are after the
        # latest of them ("will resume training on January 9" after December's news)
        for cand in (y, y + 1):
            if dt.date(cand, m.month, min(m.day or 1, 28)) >= r.latest - dt.timedelta(days=_WRAP_FUTURE_DAYS):
                return cand
    if r.month_known and m.month:
        month = (m.end_month or m.month) if m.kind == "period" else m.month  # "the first 10 months"
        day = min(m.day or 1, 28)
        if m.future:
            for cand in (y - 1, y, y + 1):
                if dt.date(cand, month, day) >= r.date - dt.timedelta(days=_WRAP_FUTURE_DAYS):
                    return cand
        # not after the neighbours (the latest of them: the last article of a file has only earlier ones)
        latest = max(r.date, r.latest or r.date)
        if r.earliest is not None:  # the first article of a file: not after the first of those that follow it
            latest = r.earliest
        wrap = r.wrap if r.wrap and m.kind == "month" else _WRAP_PAST_DAYS  # (a day may be one counted back from)
        for cand in (y + 1, y, y - 1):
            if dt.date(cand, month, day) <= latest + dt.timedelta(days=wrap):
                return cand
    return y


def _safe_date(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, _month_end(year, month).day))


def _tied(weekday: Mention, date: Mention) -> bool:
    """The weekday names the day of the date: "Friday, November 1", "On Friday, ... from November 1 to 4"."""
    if date.kind != "date" or weekday.block != date.block:
        return False
    if date.end_day is not None:
        return True
    gap = min(abs(weekday.pos + len(weekday.text) - date.pos), abs(date.pos + len(date.text) - weekday.pos))
    return gap <= 4


def _short(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fmt(d: dt.date) -> str:
    return f"{d:%B} {d.day}"


def _quote(d: _Dated, limit: int = 32) -> str:
    note = f" (year {d.start.year} from {d.year_src})" if d.year_src else ""
    return f"'{_short(d.m.text, limit)}'{note}"


def _cap(evidence: str) -> str:
    return evidence if len(evidence) <= _MAX_EVIDENCE else evidence[: _MAX_EVIDENCE - 1] + "…"


def _result(d: dt.date, precision: Precision, evidence: str, point: dt.date | None = None) -> _Result:
    shown = {"day": d, "month": d.replace(day=1), "year": dt.date(d.year, 1, 1)}[precision]
    return _Result(DateInfo(shown, precision, _cap(evidence)), point or d, _RANK[precision])


def _fresh(when: dt.date, ref: _Ref | None) -> bool:
    """Not long before the neighbours' dates (the earliest of them: the first article of a file
    has only later ones), so no background date an article recalls."""
    if ref is None:
        return True
    if not ref.month_known:  # only their year is known: not years before it ("on December 2, 1971")
        return when.year >= min(ref.date, ref.earliest or ref.date).year - _STALE_YEARS
    # (nor, in a file told in date order, before the article before it: "on Thursday for Waitangi
    # Day" between a story of January 28 and April's)
    return when >= min(ref.date, ref.earliest or ref.date, ref.before or ref.date) - dt.timedelta(days=_STALE_DAYS)


def _resolve(told: tuple[Sequence[Mention], int | None], ref: _Ref | None) -> _Result:
    """One article's date from its mentions and the year it says it is told in (``_told_year``),
    given the neighbours' reference (None for a lone article)."""
    ms, current = told
    r = _not_before_its_era(_reference(_own_anchor(ms), ref, current), ms)
    if r is None:
        if any(m.kind in ("date", "month", "period") for m in ms):
            return _Result(DateInfo.unknown("dates without a year, and no other article to supply one"), None, -1)
        return _Result(DateInfo.unknown(), None, -1)

    placed = _placed(ms, r)
    for d in placed:
        if d.m.dateline:
            return _result(d.start, "day", f"dateline {_quote(d)}")
    past, anchor, future = _bounded(ms, placed, r)
    refit = next((d for d in past if d.refit), None)
    if refit is not None:  # a day counted from a date lands on the weekday the text names a year off the lent one
        way = "on" if refit.refit > 0 else "back"
        # the article's own counted day: a month without a year is not one after the next
        r = _Ref(refit.start, True, f"{r.label}, a year {way} for the weekday to fit", r.floor, wrap=_OWN_WRAP_DAYS)
        placed = _placed(ms, r)
        past, anchor, future = _bounded(ms, placed, r)
    ahead = [
        d
        for d in placed
        if anchor is not None
        and anchor.year_src
        and d.m.future
        and not d.year_src
        and d.upper < anchor.lower
        and d.upper.year == r.date.year
    ]
    if ahead:  # "who steps down in May 2022": the dates without a year are of the year before
        r = _Ref(_year_back(r.date), r.month_known, f"the year before {_quote(ahead[0], 20)}")
        past, anchor, future = _bounded(ms, _placed(ms, r), r)
    upper = min(future, key=lambda d: d.upper, default=None)
    found = None
    if anchor is not None and _yesterdays_count(ms, anchor) and _counted_to_yesterday(ms, anchor):
        found = _day_after(anchor)  # "yesterday, the seventh day of the lockdown that began on April 5"
    found = found or _pin_weekday(ms, past, anchor, future, ref)
    if found is not None and anchor is not None and _yesterdays_news(ms, anchor, found):
        found = _day_after(anchor)
    if found is None and anchor is not None and anchor.telling and anchor.precision == "day":
        found = _result(anchor.start, "day", f"the day of the telling, {_quote(anchor, 40)}")  # "a fortnight today"
    if found is None and anchor is not None and (_yesterdays_count(ms, anchor) or _yesterdays_date(ms, anchor, r)):
        found = _day_after(anchor)
    found = found or _fallback(ms, anchor, upper, ref, r)
    found = _told_day_number(ms, found, ref, upper) or found
    found = _told_weekday(ms, found, anchor, upper) or found
    found = _day_after_event(ms, found, anchor, upper) or found
    return replace(found, point=None) if ahead else found  # a year apart: no reference for the neighbours


def _day_after(yesterday: _Dated) -> _Result:
    """The day of the telling when the latest reported event was yesterday's."""
    day = yesterday.start + dt.timedelta(days=1)
    return _result(day, "day", f"the day after yesterday's {_quote(yesterday, 40)}")


def _moves_on(day: dt.date, found: _Result, upper: _Dated | None) -> bool:
    """Whether a day of the telling read from yesterday's or today's weekday, or from a count to
    yesterday, improves on the date found: another day of its year (not one of a background year,
    "a day after the gala" beside "August 6, 1962"), and not after a coming day."""
    if found.info.date is None or day == found.info.date or day.year != found.info.date.year:
        return False
    return upper is None or upper.precision != "day" or day <= upper.start


def _told_weekday(ms: Sequence[Mention], found: _Result, anchor: _Dated | None, upper: _Dated | None) -> _Result | None:
    """The day of the telling from "yesterday (Wednesday)" ("today, Tuesday", "tomorrow
    (Wednesday)"): the first day of the telling's weekday on or after the latest reported day
    ("Storm Eleanor struck on Tuesday night, January 2" … "yesterday (Wednesday)": Thursday,
    January 4), not after a coming day."""
    named = next((m for m in ms if m.kind == "dayname" and m.weekday is not None and m.days is not None), None)
    if named is None or named.weekday is None or named.days is None:
        return None
    if anchor is not None and anchor.precision == "day":
        base = anchor.lower
    elif found.info.precision == "day" and found.info.date is not None:
        base = found.info.date
    else:
        return None
    weekday = (named.weekday - named.days) % 7
    day = base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    if not _moves_on(day, found, upper):
        return None
    return _result(day, "day", f"{_short(named.text)}: the {_WEEKDAYS[weekday].title()} after {_fmt(base)}")


def _day_after_event(
    ms: Sequence[Mention], found: _Result, anchor: _Dated | None, upper: _Dated | None
) -> _Result | None:
    """The day of the telling from "yesterday, a day after the eruption": the count runs from the
    latest reported day ("late on Sunday, November 8") to yesterday."""
    after = next((m for m in ms if m.kind == "dayafter" and m.days), None)
    if after is None or after.days is None or anchor is None or anchor.precision != "day":
        return None
    day = anchor.lower + dt.timedelta(days=after.days)
    if not _moves_on(day, found, upper):
        return None
    return _result(day, "day", f"'{_short(after.text, 40)}' {_quote(anchor)}")


def _told_day_number(ms: Sequence[Mention], found: _Result, ref: _Ref | None, upper: _Dated | None) -> _Result | None:
    """The day of the telling from "yesterday (10)" ("today (11)", "tomorrow (12)"): the day of
    that number nearest the neighbours' date (else the date found), or the last before a coming
    day ("from next Friday, March 1, ... said yesterday (21)": February 21)."""
    told = next((m for m in ms if m.kind == "daynum" and m.day and m.days is not None), None)
    if told is None or told.day is None or told.days is None or found.info.date is None:
        return None
    if ref is not None and ref.month_known:
        around = ref.date
    elif found.info.precision != "year":
        around = found.info.date
    else:
        return None
    cands = []
    for step in (-1, 0, 1):
        year, month0 = divmod(around.year * 12 + around.month - 1 + step, 12)
        if told.day <= _month_end(year, month0 + 1).day:
            cands.append(dt.date(year, month0 + 1, told.day))
    ahead = upper.start if upper is not None and upper.precision == "day" else None
    before = [c - dt.timedelta(days=told.days) for c in cands]  # (the days of the telling)
    fits = [c for c, t in zip(cands, before, strict=True) if ahead is not None and t <= ahead]
    named = max(fits) if fits else min(cands, key=lambda c: abs((c - around).days))
    day = named - dt.timedelta(days=told.days)
    return _result(day, "day", f"{_short(told.text)}: {_fmt(named)}")


def _yesterdays_news(ms: Sequence[Mention], anchor: _Dated, found: _Result) -> bool:
    """Is the day a weekday pins the latest reported event, in an article whose lede tells of
    yesterday and not of today? ("The council said yesterday ... figures released on Tuesday, 18
    April": the paper is of the 19th.)"""
    lede = _lede_relatives(ms)
    return (
        anchor.precision == "day"
        and not anchor.telling
        and found.info.date == anchor.start
        and ("yesterday" in lede or "last night" in lede)
        and "today" not in lede
        and "tonight" not in lede
    )


def _lede_relatives(ms: Sequence[Mention]) -> list[str]:
    """The days the lede tells of by their relation to the telling: "yesterday", "today", …"""
    return [m.text.lower() for m in ms if m.kind == "relative" and m.lede]


def _yesterdays_date(ms: Sequence[Mention], anchor: _Dated, r: _Ref) -> bool:
    """Is the latest reported event a day of the month, of this year or the last, told near the
    top or beside a "yesterday", in an article whose lede tells of yesterday and not of today?
    ("Hermes Airports said yesterday … According to Hermes' October 14 announcement": the paper
    is of October 15; not "the Quaid, born on December 25, 1876", nor "New Year's Eve".)"""
    lede = _lede_relatives(ms)
    m = anchor.m
    return (
        anchor.precision == "day"
        and not anchor.telling
        and m.kind == "date"
        and not m.future
        and any(c.isdigit() for c in m.text)
        and (m.year is None or 0 <= r.date.year - m.year <= 1)
        and "yesterday" in lede
        and "today" not in lede
        and "tonight" not in lede
        and (
            m.block <= _YESTERDAYS_BLOCKS
            or any(y.kind == "relative" and y.text.lower() == "yesterday" and y.block == m.block for y in ms)
        )
    )


def _counted_to_yesterday(ms: Sequence[Mention], anchor: _Dated) -> bool:
    """Does the count behind ``anchor`` sit in a sentence that says "yesterday"? ("The decision came
    yesterday, the seventh day of ...": the count lands on yesterday, whatever weekdays follow.)"""
    return any(
        m.kind == "relative"
        and m.text.lower() == "yesterday"
        and (m.block, m.sentence) == (anchor.m.block, anchor.m.sentence)
        for m in ms
    )


def _yesterdays_count(ms: Sequence[Mention], anchor: _Dated) -> bool:
    """Is the latest reported event a day counted from a date, in an article whose lede tells of
    yesterday? ("sentenced yesterday ... found guilty on Feb 2, exactly two weeks earlier": the
    count lands on yesterday, the day before the telling.)"""
    return (
        anchor.precision == "day"
        and not anchor.telling
        and anchor.m.kind == "date"
        and "…" in anchor.m.text  # (a count and its date: see _told_offsets)
        and any(m.kind == "relative" and m.lede and m.text.lower() == "yesterday" for m in ms)
    )


def _not_before_its_era(r: _Ref | None, ms: Sequence[Mention]) -> _Ref | None:
    """The reference moved to the first year of a name the article uses, when it lies before it
    ("COVID-19" in a file whose explicit years are 2003's SARS and 2009's H1N1)."""
    era = max((m for m in ms if m.kind == "era" and m.year), key=lambda m: m.year or 0, default=None)
    if era is None or era.year is None or (r is not None and r.date.year >= era.year):
        return r
    return _Ref(dt.date(era.year, 7, 1), False, f"'{era.text}' (not before {era.year})", dt.date(era.year, 1, 1))


def _placed(ms: Sequence[Mention], r: _Ref) -> list[_Dated]:
    """The mentions on the calendar, the years they leave out taken from ``r``."""
    weekdays = _weekdays_by_sentence(ms)
    placed: list[_Dated] = []
    for m in ms:
        if m.kind in ("date", "month", "period", "year", "hint"):
            ties = [w.weekday for w in weekdays.get(m.sentence, ()) if w.weekday is not None and _tied(w, m)]
            y = m.year if m.year is not None else _series_year(m, ms)
            y = y if y is not None else _last_years_sequel(m, placed)
            y = y if y is not None else _year_for(m, r, ties)
            d = _place(m, y, "" if m.year is not None else r.label)
            if d:
                placed.append(d)
    placed = _after_the_next(_before_the_news(_before_the_days(placed), weekdays), weekdays)
    return [_before_the_others(d, placed) for d in placed]


def _before_the_days(placed: list[_Dated]) -> list[_Dated]:
    """A month a span runs from to the telling ("has spread 52,000 tons of salt since November") is
    no later than the days the article reports: after "the Feb. 13 storm" (or "January 16", the
    drive's opening day) it is the year before's. So is a day a span runs from ("on the sand every
    day since Boxing Day" beside "on Saturday, January 3"), and the end of a period reported on
    ("earned $42-million in the three months ended Dec. 31" beside "reported on Feb. 17")."""

    days = [d for d in placed if d.precision == "day" and not d.m.future and d.m.year is None and not d.m.ended]
    if not days:
        return placed
    first = min(d.start for d in days)
    first_told = min((d.start for d in days if not d.m.since), default=None)  # not a span's own first day

    def moved(d: _Dated) -> bool:
        if d.m.year is not None or d.m.future:
            return False
        if d.m.kind == "date" and d.m.since:  # ("since Boxing Day" is no later than the days told)
            return first_told is not None and first_told < d.start
        spans = (d.m.kind == "month" and d.m.text[:6].lower() == "since ") or (d.m.kind == "date" and d.m.ended)
        return spans and first < d.start

    return [(_place(d.m, d.start.year - 1, d.year_src) or d) if moved(d) else d for d in placed]


_CLAUSE = 30  # characters between a weekday and the day it names in one clause


def _on_its_weekday(d: _Dated, ms: Iterable[Mention]) -> bool:
    """Whether the text tells the day with its weekday: "Tuesday, Dec. 20", "Friday (Dec. 11)", or in
    its clause: "came to a close on Sunday with an Australia Day concert"."""
    weekdays = [w for w in ms if w.kind == "weekday"]
    if any(_tied(w, d.m) for w in weekdays):
        return any(w.weekday == d.start.weekday() and _tied(w, d.m) for w in weekdays)
    return d.m.kind == "date" and any(  # (not the day of a saying: "1 April, the government said on Thursday")
        w.weekday == d.start.weekday()
        and not w.said
        and (w.block, w.sentence) == (d.m.block, d.m.sentence)
        and abs(w.pos - d.m.pos) <= _CLAUSE
        for w in weekdays
    )


def _after_the_next(placed: list[_Dated], weekdays: dict[int, list[Mention]]) -> list[_Dated]:
    """A coming day told with its weekday ("at next week's meeting, Tuesday, Dec. 20") is days away:
    another coming date whose year the text leaves out is not months before it ("the law takes
    effect Jan. 1" is the next January)."""
    soon = [
        d.start
        for d in placed
        if d.m.future
        and d.precision == "day"
        and d.m.year is None
        and _on_its_weekday(d, weekdays.get(d.m.sentence, ()))
    ]
    if not soon:
        return placed
    telling = min(soon) - _NAMED_AHEAD
    out = []
    for d in placed:
        if d.m.future and d.m.year is None and d.m.rel_year is None and d.upper < telling:
            d = _place(d.m, d.start.year + 1, d.year_src) or d
        out.append(d)
    return out


_NEWS_SPAN = dt.timedelta(days=7)
_COUNTED_ON_GAP = 32  # characters from a weekday to the count after it ("Tuesday afternoon, a day after")
_NAMED_AHEAD = dt.timedelta(days=60)  # how far ahead a coming day told with its weekday may be


def _before_the_news(placed: list[_Dated], weekdays: dict[int, list[Mention]]) -> list[_Dated]:
    """A day the lede tells with its weekday ("sold ... on Friday, Jan. 5") is the news: the other
    reported days whose year the text leaves out came before it ("landed on Dec. 29": the December
    before), not months after it."""
    news = [
        d
        for d in placed
        if d.m.lede
        and d.year_src
        and d.precision == "day"
        and not d.m.future
        and d.m.rel_year is None  # (not "in the early hours of Sunday, October 12 last year")
        and _on_its_weekday(d, weekdays.get(d.m.sentence, ()))
    ]
    if not news:
        return placed
    latest = max(d.start for d in news) + _NEWS_SPAN
    out = []
    for d in placed:
        if d.year_src and not d.m.future and d.m.rel_year is None and d.start > latest:
            moved = _place(d.m, d.start.year - 1, d.year_src)
            d = moved if moved is not None and moved.start <= latest else d
        out.append(d)
    return out


def _series_year(m: Mention, ms: Sequence[Mention]) -> int | None:
    """The year of a past month or day told after a dated one in its sentence, later in the
    calendar: "announced on Oct. 26, 2022, and the notes went into circulation in December"
    (December 2022, whatever the year of the telling)."""
    if m.future or m.rel_year is not None or m.kind != "month" or m.month is None:
        return None
    same = [o for o in ms if (o.block, o.sentence) == (m.block, m.sentence)]
    if any(o.kind == "relative" for o in same):  # "in March 2018, just over a year ago, … in March": this year's
        return None
    dated = [
        o
        for o in same
        if o.kind == "date"
        and o.year is not None
        and o.month is not None
        and o.day is not None
        and not o.future
        and o.pos < m.pos
    ]
    if not dated:
        return None
    o = dated[-1]
    assert o.month is not None and o.year is not None
    return o.year if m.month >= o.month else None


_SEQUEL_DAYS = 14


def _last_years_sequel(m: Mention, earlier: Sequence[_Dated]) -> int | None:
    """The year of a past day told after one said to be last year's, a few weeks later in the
    calendar: "robbed the store on October 3 last year" … "since his arrest on October 11" (that
    October too, whatever the year of the telling)."""
    if m.kind != "date" or m.future or m.rel_year is not None or m.month is None or m.day is None:
        return None
    for e in earlier:
        if e.m.rel_year == -1 and e.precision == "day" and not e.m.future and (e.m.block, e.m.pos) < (m.block, m.pos):
            gap = (_safe_date(e.start.year, m.month, m.day) - e.start).days
            if 0 < gap <= _SEQUEL_DAYS:
                return e.start.year
    return None


def _last_named_month(m: Mention) -> bool:
    """ "last October": a month named as the last one before the telling."""
    return m.kind == "month" and m.month is not None and not m.future and m.text.lower().startswith("last ")


def _before_the_others(d: _Dated, placed: Sequence[_Dated]) -> _Dated:
    """ "last October" came before the article's own reported events, whatever year the
    neighbours lend it: told with "Thursday, March 1" (2018), it is October 2017."""
    m = d.m
    if not _last_named_month(m) or m.year is not None:
        return d
    others = [o.lower for o in placed if o is not d and not o.m.future and o.precision == "day" and o.year_src]
    if not others or d.start < max(others):
        return d
    moved = _place(m, d.start.year - 1, d.year_src)
    return moved if moved is not None and moved.start < max(others) else d


def _before_the_named(placed: list[_Dated], offsets: Sequence[_Dated]) -> list[_Dated]:
    """A past month without a year lies before a day counted from a date to the weekday told with
    it, the article's news: with "voted on Friday ... Ten days earlier, on Feb. 12" (Feb. 22),
    "the Faculty Senate's vote in December" is of the December before."""
    named = [d.start for d in offsets if d.named and not d.telling]
    # and before a coming day whose year was lent: "schools will not reopen until Monday, Feb. 2"
    # with "Hurricane Ike in September" (the September before)
    named += [d.start for d in placed if d.m.future and d.precision == "day" and d.year_src and not d.m.holiday]
    if not named:
        return placed
    out = []
    for d in placed:
        m = d.m
        if m.kind == "month" and m.year is None and m.rel_year is None and not m.future and d.start > min(named):
            d = _place(m, d.start.year - 1, d.year_src) or d
        out.append(d)
    return out


def _bounded(ms: Sequence[Mention], placed: list[_Dated], r: _Ref) -> tuple[list[_Dated], _Dated | None, list[_Dated]]:
    """The reported events, the latest of them (the lower bound) and the coming ones after it."""
    offsets, ahead = _told_offsets(ms, placed)
    placed = _before_the_named(placed, offsets)
    told = _told_month(ms, placed) + offsets + _told_next_weekday(placed)
    # a date counted back from ("18 days before the Oct. 7 first round", "Oct. 19, 78 days away") is ahead
    # and so is the same day named elsewhere ("as Feb. 10 deadline nears" in the headline)
    days_ahead = {d.start for d in ahead if d.precision == "day"}
    placed = [
        replace(d, m=replace(d.m, future=True)) if d in ahead or (d.precision == "day" and d.start in days_ahead) else d
        for d in placed
    ] + told
    limit = r.date + dt.timedelta(days=400)  # a "past" date that far ahead was misread
    # so was one after the time the text says it is told in, when that is said with a date
    # whose year it leaves out ("report next month, on Sept. 10")
    limit = min([limit, *(d.upper for d in told if d.m.future and d.year_src)])
    # and so was one after the lede's news, a day counted to the weekday told with it ("on
    # Wednesday, a day after the Nov. 8 midterm elections"): the "announcement on Nov. 15" is ahead
    # and one after a coming day told with its weekday ("was due to come into force on Saturday,
    # January 1"): "the bandh it had planned for January 3" was a plan
    news = min(
        [
            limit,
            *(d.start + dt.timedelta(days=1) for d in offsets if d.named and d.m.lede and d.year_src),
            *(d.start for d in placed if d.m.future and d.precision == "day" and d.year_src and _on_its_weekday(d, ms)),
        ]
    )
    past = [d for d in placed if not d.m.future and d.lower <= (news if d.year_src else limit)]
    anchor = max(past, key=lambda d: (d.lower, _RANK[d.precision]), default=None)
    after = _last_month(ms, anchor, told)
    if after:
        placed += after
        past.append(after[0])
        anchor = after[0]
    # a "2024 Yearender" runs in December; a coming year long before the years around was misread
    # ("first drawn on the plan for Perth in 1955", in a file of 2015)
    stale = r.date - dt.timedelta(days=400)
    bounds = [
        _soonest(d, anchor, r)
        for d in placed
        if (d.m.future or d.m.kind == "hint") and not (d.m.year is not None and d.upper < stale)
    ]
    return past, anchor, [d for d in bounds if anchor is None or d.upper >= anchor.lower]


def _year_back(d: dt.date) -> dt.date:
    return d.replace(year=d.year - 1, day=min(d.day, 28))


_MONTH_STEPS = {"next month": -1, "last month": 1, "this month": 0, "earlier this month": 0, "later this month": 0}
_TOLD_GAP = 60  # characters between "next month" and the date it goes with
_AFTER_GAP = 160  # between "a week after" and the date of the event it names


def _told_month(ms: Sequence[Mention], placed: Sequence[_Dated]) -> list[_Dated]:
    """The month of publication, when "next month", "last month" or "(earlier, later) this month"
    goes with a date ("this month" only with a day: "this month, with the final on April 16"):
    "sign-off next month, at a meeting scheduled for October 16" is told in September, "Earlier
    this month, on August 2, it completed the deal" in August. Returned as the month's start (a
    reported event) and its end (a coming one), so it bounds the date both ways."""
    told: list[_Dated] = []
    for rel in ms:
        step = _MONTH_STEPS.get(rel.text.lower()) if rel.kind == "relative" else None
        if step is None:
            continue
        near = [
            d
            for d in placed
            if d.m.kind in ("date", "month")
            and (d.m.block, d.m.sentence) == (rel.block, rel.sentence)
            and abs(d.m.pos - rel.pos) <= _TOLD_GAP
            and (step == 0 or d.m.future == (step < 0))
            # (nor a coming first of the month: "starting Jan. 1 after the council approved it
            # earlier this month", a month before it)
            and not (d.m.future and d.m.day == 1 and rel.text.lower().startswith("earlier"))
            # (not "in October … from September, and this month")
            and (d.m.kind == "date" or rel.text.lower() != "this month")
        ]
        if near:  # the nearest: "in October and … earlier this month, on Nov 26" goes with Nov 26
            d = min(near, key=lambda d: abs(d.m.pos - rel.pos))
            first, second = sorted((rel, d.m), key=lambda x: x.pos)
            told += _month_bounds(d, step, f"{first.text} … {second.text}")
    return told


def _told_next_weekday(placed: Sequence[_Dated]) -> list[_Dated]:
    """ "Bookings open next Monday, March 15": told in the seven days before it (March 8 to 14),
    as a reported event on the first of them and a coming one on the last."""
    told: list[_Dated] = []
    for d in placed:
        if not d.m.next_weekday or d.precision != "day":
            continue
        for ahead, day in ((False, d.start - dt.timedelta(days=7)), (True, d.start - dt.timedelta(days=1))):
            bound = _day_bound(d, day, f"next {d.m.text}", ahead)
            if bound is not None:
                told.append(replace(bound, next_told=True))
    return told


def _day_bound(d: _Dated, day: dt.date, text: str, ahead: bool) -> _Dated | None:
    """``d``'s mention moved to ``day``: a reported event there, or (``ahead``) a coming one."""
    # (no holiday's day any more: "a week after Thanksgiving")
    at = replace(d.m, kind="date", text=text, future=ahead, year=day.year, month=day.month, day=day.day,
                 end_year=None, end_month=None, end_day=None, rel_year=None, deadline=False,
                 next_weekday=False, holiday="")  # fmt: skip
    return _place(at, day.year, d.year_src)


_WEEKDAY_OFFSET_GAP = 16  # characters between "on Saturday night," and "three days after"
_WEEKDAY_SPAN = 3  # days a weekday said with no date lies from the dated day it is told with
_PRESENT_BEFORE_WORDS = 8  # words before "before" read for a present "is" / "are"
# verbs of events in the present tense, whose past differs ("go" / "went"), in a time clause
_PRESENT_EVENTS = frozenset(
    "go goes open opens close closes start starts begin begins end ends meet meets arrive arrives"
    " return returns resume resumes reopen reopens expire expires come comes leave leaves".split()
)
_TOLD_WEEK = 6  # days after a date told with its weekday ("Friday, March 12") that the news lies at most


def _weekday_said_before(ms: Sequence[Mention], rel: Mention) -> int | None:
    """The weekday said just before an offset ("on Saturday night, three days after"), if any."""
    for w in ms:
        gap = rel.pos - (w.pos + len(w.text))
        same = (w.block, w.sentence) == (rel.block, rel.sentence)
        if w.kind == "weekday" and w.weekday is not None and same and 0 <= gap <= _WEEKDAY_OFFSET_GAP:
            # (not the weekday of a date: "on Friday, January 9, three days before the meeting")
            return None if _dates_a_day(w, ms) else w.weekday
    return None


def _dates_a_day(weekday: Mention, ms: Sequence[Mention]) -> bool:
    """Is the weekday told with a date ("on Friday, January 9"), naming that date's day?"""
    return any(_tied(weekday, m) for m in ms if m.kind == "date")


def _report_weekday(ms: Sequence[Mention], rel: Mention) -> int | None:
    """The weekday an offset's event most likely fell on: one said earlier in its sentence, else
    the first one of the lede."""
    # (not the weekday of a date: "tomorrow, Friday, April 15" names April 15's)
    said = [w for w in ms if w.kind == "weekday" and not w.future and w.weekday is not None and not _dates_a_day(w, ms)]
    before = [w for w in said if (w.block, w.sentence) == (rel.block, rel.sentence) and w.pos < rel.pos]
    if before:
        return before[-1].weekday
    lede = [w for w in said if w.lede]
    return lede[0].weekday if lede else None


def _named_day(weekday: int | None, day: dt.date) -> dt.date:
    """The day ``weekday`` names near the counted ``day``: within three days of it (counts are
    loose), or the counted day when no weekday is said."""
    span = _WEEKDAY_SPAN
    return day if weekday is None else day + dt.timedelta(days=(weekday - day.weekday() + span) % 7 - span)


def _fitting_year(d: _Dated, days: int, weekday: int | None, telling: bool = False) -> _Dated:
    """``d``, a day whose year was lent (by the neighbours), moved a year back or on when the day
    ``days`` after it falls on ``weekday`` only then: "on Friday, three weeks after a jury found
    him guilty on 18 November" is of the one year near the lent one in which 9 December is a
    Friday. A day of the telling ("a week from today, on Feb. 24") fits the weekday of the news
    it tells on that day or the day before ("voted on Tuesday": told on Tuesday or Wednesday)."""

    if weekday is None or d.year_src != _LENT or d.precision != "day":
        return d

    def fits(start: dt.date, back: int = 0) -> bool:
        return (start + dt.timedelta(days=days - back)).weekday() == weekday

    # (nor when the weekday is the date's own: "Two days after the Oct. 15 election" … "took 61 per
    # cent of the vote on Saturday")
    if fits(d.start) or (telling and fits(d.start, back=1)) or d.start.weekday() == weekday:
        return d
    moved = [
        replace(m, refit=year - d.start.year)
        for year in (d.start.year - 1, d.start.year + 1)
        if (m := _place(d.m, year, d.year_src)) is not None and fits(m.start)
    ]
    return moved[0] if len(moved) == 1 else d


def _told_offsets(ms: Sequence[Mention], placed: Sequence[_Dated]) -> tuple[list[_Dated], list[_Dated]]:
    """Offsets from a dated event in the same sentence. "N months (weeks, days) ago" tells the time
    of writing, bounding it both ways like a told month ("a white paper in March 2023, seven months
    ago": October 2023; years are left alone: "almost two years ago" says too little). "A week
    (N months) after <date>" is a reported event of its own ("came a week after the justices, on
    Monday, June 10, declined": June 17), and so is the event "<date>, a week earlier" names ("had
    adjourned the case on July 13, exactly a week earlier": July 20). "<date>, N days away" tells
    the time of writing, N days before the date (``_fitting_year``: the year the weekdays fit).
    Also returns the dates counted back from: they lie ahead."""
    told: list[_Dated] = []
    ahead: list[_Dated] = []
    for rel in ms:
        ago = rel.text.lower().endswith("ago")
        # years ago, and years from a past event to the present ("comes 10 years after"): see _years_ago
        if rel.kind != "relative" or not rel.days or ((ago or rel.framing) and rel.days >= 365):
            continue
        months = rel.days // 30 if " month" in rel.text else round(rel.days / 365) * 12 if " year" in rel.text else 0
        before = rel.text.endswith(("before", *_UNTIL))
        # "a vote on Oct. 19, 78 days away", "closes on Friday 25 October, a fortnight today": told so long before it
        # and "with 18 days left before voters go to the polls on Oct. 15"
        left = before and _LEFT.search(rel.text) is not None
        # (not counted from a coming day before it: "classes end on Monday, March 16, and instructors
        # have two days to prepare before …")
        if left and _TIME_TO_DO.search(rel.text) and any(p.m.future and _told_after(rel, p.m) for p in placed):
            continue
        away = rel.text.endswith(_TOLD_ENDINGS) or left
        put_off = rel.text.startswith("put off ")  # "set for March 3 but postponed for a week": March 10
        after = rel.text.endswith(("after", *_DAY_OF)) or put_off
        # a date after "N days after" first; then, a coming one before it ("will be held on June 4,
        # two weeks after the results": the results came two weeks before June 4)
        for source in sorted(placed, key=lambda p: p.m.pos < rel.pos) if after else placed:
            d, m = source, source.m
            since = after and not put_off and m.future and not months and 0 < rel.pos - m.pos <= _TOLD_GAP
            # a reported day and the count from the event it follows: "charges were approved on Friday,
            # May 8, three days after the raid" (the raid, the lede's "on Tuesday": May 5)
            prior = after and not put_off and not m.future and not months and 0 < rel.pos - m.pos - len(m.text) <= 2
            # "18 days before the Oct. 7 first round": 18 days before that date, coming or not
            back = (before and m.pos > rel.pos) or away or since
            if left:
                near = 0 < m.pos - rel.pos <= _AFTER_GAP
            elif away:  # "on Sept 21, a week from today", "opens two years from today, on October 20, 2020"
                near = 0 < abs(rel.pos - m.pos) <= _TOLD_GAP
            elif since or prior:
                near = True
            elif ago or rel.text.endswith("earlier"):  # "on July 13, exactly a week earlier": July 20
                near = abs(m.pos - rel.pos) <= _TOLD_GAP
            elif before and not back:  # "on Dec. 30, two days before his term ended": Jan. 1
                near = 0 < rel.pos - m.pos <= _TOLD_GAP
            elif put_off:
                near = 0 < rel.pos - m.pos <= _AFTER_GAP
            else:  # "a week after Bank Negara kept its rate at 3 per cent on Nov 23"
                near = 0 < m.pos - rel.pos <= _AFTER_GAP
            if (
                m.kind not in ("date", "month")
                or (m.future and not back and not put_off)  # (a plan put off: "was fixed for October 8")
                or (m.block, m.sentence) != (rel.block, rel.sentence)
                or not near
                or (not months and d.precision != "day")
            ):
                continue
            first, second = sorted((rel, m), key=lambda x: x.pos)
            text = f"{first.text} … {second.text}"
            named = False
            exact = months and not ago and _TO_THE_DAY.search(rel.text) is not None and d.precision == "day"
            if months and away:  # "on October 20, 2020, two years from today": October 20, 2018
                if d.precision == "day":
                    year, month0 = divmod(d.start.year * 12 + d.start.month - 1 - months, 12)
                    day = _safe_date(year, month0 + 1, d.start.day)
                    told += [
                        replace(b, telling=True)
                        for coming in (False, True)
                        if (b := _day_bound(d, day, text, coming)) is not None
                    ]
                else:  # "opens in October 2020, some 31 months away": March 2018
                    told += [replace(b, telling=True) for b in _month_bounds(d, -months, text)]
                ahead.append(source)
            elif months and not exact:  # "six months after the eruption on January 15": a reported event, in July
                told += _month_bounds(d, months, text) if ago else _month_bounds(d, months, text)[:1]
            else:  # a count of days, or "a year to the day after ... March 12, 2020": March 12, 2021
                if exact:
                    year, month0 = divmod(d.start.year * 12 + d.start.month - 1 + months, 12)
                    day = _safe_date(year, month0 + 1, d.start.day)
                elif prior:
                    day = d.start - dt.timedelta(days=rel.days)
                    bound = _day_bound(d, day, text, False)
                    if bound is not None and day.weekday() == _report_weekday(ms, rel):  # the lede's day:
                        # the news, which the later reported days follow
                        told.append(replace(bound, m=replace(bound.m, lede=True), named=True))
                    break
                else:
                    days = -rel.days if back else rel.days
                    said = None if ago or away or since else _weekday_said_before(ms, rel)  # (else the date's own)
                    # the year lent to the date must let the counted day fall on the weekday told
                    # with it, or on the lede's (a day counted on to or back from is the reported one)
                    # ("87 days left before … March 15", said on Thursday: told on the report's weekday)
                    weekday = said if said is not None or (before and not left) else _report_weekday(ms, rel)
                    if not put_off:  # (a plan moved on tells no year: "fixed for March 2 … shifted by one week")
                        d = _fitting_year(d, days, weekday, telling=away)
                    # "on Saturday night, three days after ... Thursday, March 1": that Saturday
                    day = _named_day(said, d.start + dt.timedelta(days=days))
                    named = weekday is not None and day.weekday() == weekday
                telling = ago or away or rel.to_yesterday or rel.to_today
                for coming in (False, True) if telling else (False,):
                    bound = _day_bound(d, day, text, coming)
                    if bound is not None:
                        told.append(replace(bound, refit=d.refit, telling=telling, named=named))
                if back:
                    ahead.append(source)
            break
    return told, ahead


def _last_month(ms: Sequence[Mention], anchor: _Dated | None, told: Sequence[_Dated]) -> list[_Dated]:
    """ "Last month" on its own ("after what happened last month against India") most often
    names the latest reported event, told elsewhere with its date ("on Oct. 23"): the article is
    of the month after it. Not when that date gives its year ("tested positive in March 2024"):
    recent events are told without one."""
    if anchor is None or anchor.precision == "year" or not anchor.year_src or anchor.telling:
        return []
    if any(step in d.m.text.lower() for d in told for step in _MONTH_STEPS):  # "March 19, last month" used
        return []  # already, or the month is told: "this month, with the final on April 16"
    if anchor.m.text.lower().startswith("this "):  # the month of the telling: "enters its third week this April"
        return []
    if not any(m.kind == "relative" and m.text.lower() == "last month" for m in ms):
        return []
    if anchor.precision == "day" and any(
        m.kind == "weekday"
        and not m.future
        and m.weekday == anchor.start.weekday()
        and (((anchor in told or (anchor.m.lede and m.said)) and m.lede) or _tied(m, anchor.m))
        for m in ms
    ):  # a counted day on the lede's weekday ("said on Wednesday", "four weeks to the day after"; the
        # lede's day on the day of the report: "signed in Toulouse on 19 January", "said on Wednesday"), or a
        # date told with its weekday ("on Thursday, February 18, approved … the draft tabled last month"):
        # this week's news
        return []
    return _month_bounds(anchor, 1, f"last month = {_short(anchor.m.text, 24)}")


def _month_bounds(d: _Dated, step: int, text: str) -> list[_Dated]:
    """The month ``step`` months from ``d``'s, as its start (a reported event) and its end (a coming one)."""
    year, month = divmod(d.start.year * 12 + d.start.month - 1 + step, 12)
    out = []
    for ahead in (False, True):
        m = replace(d.m, kind="month", text=text, future=ahead, year=year, month=month + 1, day=None,
                    end_year=None, end_month=None, end_day=None, rel_year=None, deadline=False)  # fmt: skip
        bound = _place(m, year, d.year_src)
        if bound is not None:
            out.append(bound)
    return out


def _soonest(d: _Dated, anchor: _Dated | None, r: _Ref) -> _Dated:
    """A coming event whose year the text leaves out is the next one after the latest reported
    event ("In March ... the May Day holiday, which runs from April 29"), rather than the next one
    after the neighbouring articles' date, as long as it stays in the reference's year (the
    latest reported event may be background: "tested positive in March 2024")."""
    if anchor is None or not d.year_src or not d.m.future:
        return d
    for year in (anchor.lower.year, anchor.lower.year + 1):
        moved = _place(d.m, year, d.year_src)
        if moved is not None and moved.upper >= anchor.lower:
            return moved if r.date.year <= moved.start.year < d.start.year else d
    return d


def _pin_weekday(
    ms: Sequence[Mention],
    past: Sequence[_Dated],
    anchor: _Dated | None,
    future: Sequence[_Dated],
    ref: _Ref | None,
) -> _Result | None:
    """The day, when a weekday sits close enough to a dated event to be unambiguous."""
    lower = anchor.lower if anchor else None
    # the first of the days before "next Thursday, May 26": the lede's weekday is of the days around
    # it, and the news may come before the telling
    anchor_next = anchor is not None and anchor.next_told
    if lower is not None and anchor_next:
        lower -= _NEWS_SPAN
    # a weekday that names an earlier reported day ("two days after ... on Tuesday, Sept 13") is not
    # one more reported day after the latest
    earlier = [d.m for d in past if d.precision == "day" and lower is not None and d.upper < lower]
    weekdays = [
        (m, m.weekday)
        for m in ms
        if m.kind == "weekday" and not m.future and m.weekday is not None and not any(_tied(m, e) for e in earlier)
    ]
    if not weekdays:
        return None
    upper = min((d.upper for d in future), default=None)
    base: dt.date | None = None
    approx = False
    base_note = ""
    if anchor and anchor.precision == "day":
        base, base_note = anchor.lower, _quote(anchor)
    births = [d for d in past if d.precision == "day" and d.m.birth]
    ages = [m for m in ms if m.kind == "age" and m.days]
    if births and ages:  # a "ten-day-old" foal "born on March 3": published about March 13
        born = max(births, key=lambda d: d.start)
        aged = born.start + dt.timedelta(days=ages[0].days or 0)
        if lower is None or aged >= lower:
            base, approx = aged, True
            base_note = f"{_quote(born, 20)} + '{ages[0].text}'"
    anchor_told = (
        anchor is not None
        and anchor.precision == "day"
        and anchor.m.year is None
        and anchor.m.rel_year is None  # (not "Last year Ramadan began on Saturday, May 27")
        and _on_its_weekday(anchor, ms)
    )
    # (a lede's day told with its weekday is the news, however far from the neighbours: "approved the
    # budget on Monday, February 18")
    if (
        base is not None
        and not _fresh(base, ref)
        and not _this_week(ms, anchor)
        and not (anchor and (anchor.named or (anchor_told and anchor.m.lede)))
    ):
        base = None

    day_future = [d for d in future if d.precision == "day"]
    deadlines = [d.start for d in day_future if d.m.deadline]
    # A coming date given with its weekday ("runs until Thursday, October 19") is close at hand:
    # the weekdays the text reports happened in the days before it.
    named = [d for d in day_future if _on_its_weekday(d, ms)]
    soon = min(named, key=lambda d: d.start, default=None)
    # the day a span runs from ("deaths since August 1") is no news day when a coming one is weeks after it
    since_base = anchor is not None and anchor.m.since and soon is not None and soon.start - anchor.lower > _NEWS_SPAN
    cands: list[tuple[dt.date, str, bool]] = []
    own: list[tuple[dt.date, str, bool]] = []  # the weekdays said with the latest reported day
    said: list[tuple[dt.date, str, bool]] = []  # the weekdays of a report ("his family said on Friday")
    yesterday_told = _tells_yesterday(ms)
    for w, wd in weekdays:
        name = _WEEKDAYS[wd].title()
        lede = (w.lede or w.said) and not any(_tied(w, d.m) for d in past)
        # "will visit from July 27 to 31, ... announced on Thursday", or a coming date given with
        # its weekday when no recent event is dated: the weekday is in the week before the nearest
        linked = [d for d in day_future if d.m.sentence == w.sentence and not _counted_back(d, past)]
        if not linked and soon is not None and soon.m.lede and soon.m.block == w.block >= 0 and not w.said:
            linked = [soon]  # "go to the polls this Saturday, October 14. As of Wednesday, …": that week's
        if (
            linked
            and anchor is not None
            and (
                any(x.weekday == wd and _tied(x, anchor.m) for x in ms if x.kind == "weekday")
                or (anchor.named and anchor.start.weekday() == wd)
            )
        ):
            # the latest reported day is told with it: "announced Tuesday" … "on Tuesday, Dec. 15", or
            # counted to it: "on Monday approved the extension until December 31, two days after … July 22"
            linked = []
        if linked or (soon is not None and (base is None or since_base)):
            event = min([*linked, *([soon] if soon else [])], key=lambda d: d.start)
            # the weekday of the week before the event's ("next week, on Friday", "next Friday, 1 April",
            # however else the text names the day)
            if event.m.next_week or any(d.m.next_weekday and d.start == event.start for d in day_future):
                when = event.start - dt.timedelta(days=event.start.weekday() + 7 - wd)
            else:
                when = event.start - dt.timedelta(days=(event.start.weekday() - wd) % 7 or 7)
            # (not a week or more after the latest reported day told with its weekday, unless the
            # coming one is told with its own: "cases on Friday, March 12" … "on Saturday extended
            # the curfew till March 31" is the day after it)
            if not (base is not None and anchor_told and event not in named and (when - base).days > _TOLD_WEEK):
                if (lower is None or when >= lower) and (upper is None or when <= upper):
                    cands.append((when, f"{name} before future {_quote(event)}", lede))
                    continue
                if anchor is None or not _tied(w, anchor.m):
                    continue  # (one told with the latest reported day names that day: "on Wednesday, July 12")
        if base is None:
            continue
        delta = (wd - base.weekday()) % 7
        # (a weekday after the latest day told with its weekday, in its sentence, is of the days
        # around it: "at midday Tuesday, Feb. 16, after ERCOT ordered … early Monday" is the day
        # before; one said first is the news: "on Friday … a session that began Monday, Oct. 10")
        if (
            approx
            or not w.lede
            or anchor_next
            or (
                anchor_told
                and anchor is not None
                and (_told_after(w, anchor.m) or (anchor.m.lede and w.sentence > anchor.m.sentence))
            )
        ):
            delta = delta if delta <= 3 else delta - 7
        when = base + dt.timedelta(days=delta)
        relation = "near" if approx else "=" if delta == 0 else "after" if delta > 0 else "before"
        why = f"{name} {relation} {base_note}"
        if delta == 0 and not approx and yesterday_told:
            when += dt.timedelta(days=1)
            why += "; the text tells of 'yesterday', so a day later"
        if w.lede and not approx and deadlines:
            moved = _deadline_match(when, deadlines)
            if moved != when:
                when, why = moved, f"{why}; whole months before a deadline"
        cands.append((when, why, lede))
        if w.said or _counted_on(w, ms):
            said.append(cands[-1])
        if (
            delta == 0
            and anchor is not None
            and ((w.block, w.sentence) == (anchor.m.block, anchor.m.sentence) or (anchor.named and w.lede))
        ):  # (or the lede's weekday a count lands on: "took action Sunday ... came 12 days after ... March 3")
            own.append(cands[-1])
    if not cands:
        return None
    fits = [c for c in cands if (lower is None or c[0] >= lower) and (upper is None or c[0] <= upper)]
    if not fits:
        return None
    if any(
        c[2] for c in fits
    ):  # the lede's weekday: the news; later ones may be background (one given with its date names that date)
        fits = [c for c in fits if c[2]]
        # when a lede's weekday names the latest reported day in its sentence ("on Monday, two days
        # after a downpour that began on Saturday, July 8"), another one (" … most of Sunday") is of
        # the days around it, not the next week's
        if base is not None and any(c in own for c in fits):
            fits = [c for c in fits if c in own or (c[0] - base).days <= _WEEKDAY_SPAN]
            if anchor is not None and anchor.named:  # the count names the news day (or the report's)
                fits = [c for c in fits if c in own or c in said]
    best, why, _ = max(fits, key=lambda c: c[0])
    return _result(best, "day", why)


def _told_after(w: Mention, m: Mention) -> bool:
    """Whether ``w`` comes after ``m`` in ``m``'s sentence."""
    return (w.block, w.sentence) == (m.block, m.sentence) and w.pos > m.pos


def _counted_on(w: Mention, ms: Sequence[Mention]) -> bool:
    """Whether a weekday is counted on from an event just after it: "had uncovered 10 coffins by
    Tuesday afternoon, a day after the search resumed" (the day after the count's Monday)."""
    return any(
        m.kind == "relative"
        and m.text.lower().endswith("after")
        and (m.block, m.sentence) == (w.block, w.sentence)
        and 0 < m.pos - w.pos <= _COUNTED_ON_GAP
        for m in ms
    )


def _tells_yesterday(ms: Sequence[Mention]) -> bool:
    """Whether the text tells of yesterday ("said yesterday", "last night"): a paper of the day after
    the news, so a day it names by weekday and date ("sentencing him on Monday, July 15") is not
    the day of the telling, which it would call "today"."""
    return any(m.kind == "relative" and m.text.lower() in ("yesterday", "last night") and not m.future for m in ms)


def _counted_back(d: _Dated, past: Sequence[_Dated]) -> bool:
    """Whether a reported day was counted back from the coming date ``d`` ("on Wednesday, 18 days
    before the Oct. 7 first round"): then that day, not ``d``, places the weekdays told with it."""
    return any(p.m.block == d.m.block and p.m.pos == d.m.pos and not p.m.future for p in past)


def _this_week(ms: Sequence[Mention], anchor: _Dated | None) -> bool:
    """Whether the text puts its latest dated event in this week ("walkouts this week, on 21, 23
    and 25 June"): recent, whatever the neighbouring articles' dates."""
    return anchor is not None and any(
        m.kind == "relative" and m.text.lower().endswith("this week") and m.sentence == anchor.m.sentence for m in ms
    )


def _deadline_match(when: dt.date, deadlines: Sequence[dt.date]) -> dt.date:
    """Statutory periods run in whole months: prefer the weekday whose day of month a deadline repeats."""
    for weeks in range(4):
        cand = when + dt.timedelta(weeks=weeks)
        if any(d.day == cand.day and d > cand + dt.timedelta(days=27) for d in deadlines):
            return cand
    return when


def _fallback(ms: Sequence[Mention], anchor: _Dated | None, upper: _Dated | None, ref: _Ref | None, r: _Ref) -> _Result:
    """Month or year when no weekday pins the day."""
    if anchor is None:
        year = r.date.year if upper is None else min(r.date.year, upper.upper.year)
        src = _LENT if ref is not None and r.label == ref.label else r.label
        return _result(dt.date(year, 1, 1), "year", f"no dated event in the text; year {year} from {src}", r.date)

    this_month = any(m.kind == "relative" and m.text.lower() in ("this month", "earlier this month") for m in ms)
    if anchor.precision == "day" and (_fresh(anchor.lower, ref) or this_month):
        note = _weekday_before(ms, anchor.lower) or "no weekday pins the day"
        return _result(anchor.lower, "month", f"latest reported event {_quote(anchor)}; {note}")

    point = anchor.lower
    precision: Precision = "month" if anchor.precision != "year" else "year"
    why = f"after {_quote(anchor)}"
    if (
        ref is not None
        and ref.date > point
        and (ref.month_known or ref.date.year > point.year)
        # (not past the year the article tells itself: "in 1997, 17 years ago", whose text labels it)
        and not (ref.date.year > point.year and anchor.year_src[:1] == anchor.year_src[-1:] == "'")
    ):
        own_month = any(m.kind in ("date", "month", "period", "hint") for m in ms)
        point = ref.date
        precision = "month" if ref.month_known and own_month else "year"
        why += f"; {'month' if precision == 'month' else 'year'} from neighbouring articles"
    capped = upper is not None and point > upper.upper
    if upper is not None and capped:
        point = max(upper.upper, anchor.lower)
    if precision == "year" and upper is not None:  # the year's part the bounds leave is one month
        lo = max(anchor.lower, dt.date(point.year, 1, 1))
        if lo.year == upper.upper.year == point.year and lo.month == upper.upper.month and lo <= upper.upper:
            point, precision, capped = lo, "month", True
    if upper is not None and capped:
        why += f"; before {_quote(upper, 24)}"
    label = f"{point:%B %Y}" if precision == "month" else str(point.year)
    return _result(point, precision, f"{label}: {why}")


def _weekday_before(ms: Sequence[Mention], anchor: dt.date) -> str:
    """A weekday just before the latest event ("'on Tuesday' → December 17") leaves a window."""
    for m in ms:
        if m.kind == "weekday" and m.weekday is not None and not m.future:
            delta = (m.weekday - anchor.weekday()) % 7
            when = anchor + dt.timedelta(days=delta if delta <= 3 else delta - 7)
            if when < anchor:
                last = when + dt.timedelta(days=6)
                until = str(last.day) if last.month == anchor.month else _fmt(last)
                return f"'{m.text}' → {_fmt(when)}, so published {_fmt(anchor)}–{until}"
    return ""
