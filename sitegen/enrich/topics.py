"""Topics from an editable taxonomy (issue 5): a small, explainable scoring model.

Every topic is scored on the whole article; the best one is the primary topic and the
runners-up are kept as secondary topics only when they carry a sizeable share of the
primary's evidence. Scores are returned (best first) so an editor can see why.

Matching (one combined regex per taxonomy, compiled once and cached):

* signals match case-insensitively on whole words; an all-capital signal (``UN``, ``AI``)
  matches only in capitals; a trailing ``*`` matches any word ending;
* a space or hyphen inside a phrase matches a space, a hyphen or nothing, so
  "cyber security", "cyber-security" and "cybersecurity" are one signal;
* signals that differ only by a plural ending ("company", "companies") are one signal;
* where signals overlap the longest wins ("national security" is one hit, not also "security").

Scoring, per article and signal ``s``:

    evidence(s) = TITLE_WEIGHT * [s in title] + (1 + ln c)   (second term only if c > 0)

where ``c`` counts the body hits, a hit in the lead paragraphs weighing more
(``POSITION_WEIGHTS``). The log makes repetition sublinear: the tenth mention adds far less
than the first. A signal listed under ``k`` topics is generic and gives each ``evidence / k``.
A topic's score is the sum over its signals divided by ``1 + ln(1 + words / 100)``, so
short and long articles score on a comparable scale (this does not change the ranking).

The primary topic is the best score (ties: the topic listed first in the taxonomy). The next
ones are kept, up to ``max_topics``, while each scores at least ``SECONDARY_SHARE`` of the
primary and rests on at least ``SECONDARY_MIN_SIGNALS`` different signals.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sitegen.config import TopicDef
from sitegen.model import TopicAssignment

TITLE_WEIGHT = 3.0  # added once per signal found in the title
LEAD_WEIGHT = 1.5  # added once per signal found in the lead
LEAD_WORDS = 50  # the lead: the first paragraphs, until they hold this many words
SECONDARY_SHARE = 0.5
SECONDARY_MIN_SIGNALS = 2
LENGTH_UNIT = 100  # words

_GAP = r"[\s\-]*"  # what a space or hyphen inside a phrase signal matches
_GAPS = re.compile(r"[\s\-]+")
_WORD = re.compile(r"\w+")


def _fold(key: str) -> str:
    """A gap-free, lower-case key with a plural ending folded, so variants share one signal."""
    key = _GAPS.sub("", key.lower())
    if len(key) > 4 and key.endswith("ies"):
        return key[:-3] + "y"
    if len(key) > 4 and key.endswith(("ches", "shes", "sses", "xes", "zes")):
        return key[:-2]
    if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")):
        return key[:-1]
    return key


def _cased_key(text: str) -> str:
    return _GAPS.sub("", text)


def _is_cased(signal: str) -> bool:
    """All-capital signals (acronyms: UN, AI, FM, GDP) are matched case-sensitively."""
    return signal.rstrip("*").isupper()


@dataclass(frozen=True)
class _Matcher:
    """A compiled taxonomy: one regex plus the tables that map a hit to its signal."""

    regex: re.Pattern[str]  # named groups: "f" (case-folded signals) or "c" (all-capital ones)
    names: tuple[str, ...]
    exact: dict[str, int]  # folded literal signal -> signal id
    stems: dict[str, int]  # gap-free lower-case stem of a "word*" signal -> signal id
    exact_cased: dict[str, int]  # all-capital signal, gap-free as written -> signal id
    stems_cased: dict[str, int]
    topics_of: tuple[tuple[int, ...], ...]  # signal id -> indexes of the topics listing it
    share: tuple[float, ...]  # signal id -> 1 / number of topics listing it
    memo: dict[tuple[str, str], int] = field(default_factory=dict, compare=False)

    def signal_of(self, branch: str, text: str) -> int:
        sid = self.memo.get((branch, text))
        if sid is None:
            if branch == "c":
                sid = _lookup(_cased_key(text), _cased_key(text), self.exact_cased, self.stems_cased)
            else:
                sid = _lookup(_fold(text), _GAPS.sub("", text.lower()), self.exact, self.stems)
            self.memo[(branch, text)] = sid
        return sid


def _lookup(key: str, bare: str, exact: dict[str, int], stems: dict[str, int]) -> int:
    if key in exact:
        return exact[key]
    for end in range(len(bare), 0, -1):
        sid = stems.get(bare[:end])
        if sid is not None:
            return sid
    raise AssertionError(f"the regex matched {bare!r} but no signal claims it")  # pragma: no cover


def _trie_regex(signals: Sequence[str]) -> str:
    """One alternation for many lower-case signals, factored as a prefix trie.

    Within a phrase a space stands for ``_GAP``; a trailing ``*`` for any word characters.
    Longer continuations are tried first, so the longest signal wins where several match.
    """
    root: dict[str, dict] = {}
    for signal in signals:
        node = root
        for ch in signal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [
            (_GAP if ch == " " else re.escape(ch)) + build(node[ch])
            for ch in sorted(node)
            if ch not in ("", "*")
        ]
        if "*" in node:
            alts.append(r"\w*")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    return build(root)


@lru_cache(maxsize=32)
def _compile(taxonomy: tuple[TopicDef, ...]) -> _Matcher:
    exact: dict[str, int] = {}
    stems: dict[str, int] = {}
    exact_cased: dict[str, int] = {}
    stems_cased: dict[str, int] = {}
    folded: list[str] = []
    cased: list[str] = []
    topics_of: list[set[int]] = []
    for index, topic in enumerate(taxonomy):
        for raw in topic.signals:
            signal = " ".join(_GAPS.split(raw.strip()))
            star = signal.endswith("*")
            stem = signal.rstrip("*").strip()
            if not stem:
                continue
            if _is_cased(signal):
                table, key = (stems_cased if star else exact_cased), _cased_key(stem)
                pattern = _GAP.join(re.escape(w) for w in stem.split(" ")) + (r"\w*" if star else "")
                cased.append(pattern)
            else:
                stem = stem.lower()
                table, key = (stems, _GAPS.sub("", stem)) if star else (exact, _fold(stem))
                folded.append(stem + ("*" if star else ""))
            if key not in table:
                table[key] = len(topics_of)
                topics_of.append(set())
            topics_of[table[key]].add(index)
    # Case-folded signals first: at one position a phrase ("UN Charter") beats an acronym ("UN").
    branches = []
    if folded:
        branches.append(f"(?P<f>{_trie_regex(folded)})")
    if cased:
        branches.append(f"(?-i:(?P<c>{'|'.join(sorted(set(cased), key=len, reverse=True))}))")
    pattern = r"(?<!\w)(?:" + "|".join(branches) + r")(?!\w)"
    return _Matcher(
        regex=re.compile(pattern, re.IGNORECASE),
        names=tuple(t.name for t in taxonomy),
        exact=exact,
        stems=stems,
        exact_cased=exact_cased,
        stems_cased=stems_cased,
        topics_of=tuple(tuple(sorted(s)) for s in topics_of),
        share=tuple(1.0 / len(s) for s in topics_of),
    )


def _length_norm(n_words: int) -> float:
    """1.0 for a brief, about 2.9 for 600 words, 3.4 for 1,000."""
    return 1.0 + math.log1p(n_words / LENGTH_UNIT)


def assign_topics(
    title: str, paragraphs: Sequence[str], taxonomy: Sequence[TopicDef], max_topics: int = 3
) -> TopicAssignment:
    """Score every topic of ``taxonomy`` on the article; keep 1..max_topics, primary first."""
    if not taxonomy:
        raise ValueError("the taxonomy has no topics")
    matcher = _compile(tuple(taxonomy))
    search = matcher.regex.finditer
    signal_of = matcher.signal_of

    in_title = {signal_of(m.lastgroup or "f", m.group(m.lastgroup or "f")) for m in search(title)}
    in_lead: set[int] = set()
    counts: dict[int, int] = {}
    n_words = 0
    for text in paragraphs:
        lead = n_words < LEAD_WORDS
        n_words += len(_WORD.findall(text))
        for m in search(text):
            branch = m.lastgroup or "f"
            sid = signal_of(branch, m.group(branch))
            counts[sid] = counts.get(sid, 0) + 1
            if lead:
                in_lead.add(sid)

    n_topics = len(matcher.names)
    raw = [0.0] * n_topics
    distinct = [0] * n_topics
    for sid in in_title | counts.keys():
        c = counts.get(sid, 0)
        evidence = (1.0 + math.log(c)) if c else 0.0
        if sid in in_title:
            evidence += TITLE_WEIGHT
        if sid in in_lead:
            evidence += LEAD_WEIGHT
        for t in matcher.topics_of[sid]:
            raw[t] += evidence * matcher.share[sid]
            distinct[t] += 1

    norm = _length_norm(n_words)
    scores = [round(r / norm, 3) for r in raw]
    order = sorted(range(n_topics), key=lambda t: (-scores[t], t))
    chosen = [order[0]]
    top = scores[order[0]]
    for t in order[1 : max(1, max_topics)]:
        if top <= 0 or scores[t] < SECONDARY_SHARE * top or distinct[t] < SECONDARY_MIN_SIGNALS:
            break
        chosen.append(t)
    return TopicAssignment(
        topics=tuple(matcher.names[t] for t in chosen),
        scores=tuple((matcher.names[t], scores[t]) for t in order),
    )
