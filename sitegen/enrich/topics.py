"""Topics from an editable taxonomy (issue 5): a small, explainable scoring model.

Every topic is scored on the whole article; the best one is the primary topic and the
runners-up are kept as secondary topics only when they carry a sizeable share of the
primary's evidence. Scores are returned (best first) so an editor can see why, and
``explain_topics`` lists the signals behind each score.

Matching (one combined regex per taxonomy, compiled once and cached):

* signals match case-insensitively on whole words; an all-capital signal (``UN``, ``AI``)
  matches only in capitals; a trailing ``*`` matches any word ending;
* a space or hyphen inside a phrase matches a space, a hyphen or nothing, so
  "cyber security", "cyber-security" and "cybersecurity" are one signal;
* signals that differ only by a plural ending ("company", "companies") are one signal;
* where signals overlap the longest wins ("national security" is one hit, not also "security").

Scoring, per article and signal ``s`` found in it:

    evidence(s) = (1 + ln c)                 c = hits in the body (term left out if c = 0)
                + TITLE_WEIGHT * [s in the title]
                + LEAD_WEIGHT  * [s in the lead, the first LEAD_WORDS words of the body]

The log makes repetition sublinear (the tenth mention adds far less than the first); the
headline and the lead say what a story is about, so a signal there counts extra, once.
A signal listed under ``k`` topics is generic and gives each of them ``evidence / k``.
A topic's score is the sum over its signals divided by ``1 + ln(1 + words / 100)``, so short
and long articles score on a comparable scale (this does not change an article's ranking).

The primary topic has the best score (ties: the topic listed first in the taxonomy). The next
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

TITLE_WEIGHT = 3.0  # added once for each signal found in the title
LEAD_WEIGHT = 1.5  # added once for each signal found in the lead
LEAD_WORDS = 50  # the lead: the first paragraphs, until they hold this many words
SECONDARY_SHARE = 0.5  # a secondary topic needs this share of the primary's score ...
SECONDARY_MIN_SIGNALS = 2  # ... and this many different signals
LENGTH_UNIT = 100  # words

_GAP = r"[\s\-]*"  # what a space or hyphen inside a phrase signal matches
_GAPS = re.compile(r"[\s\-]+")
_NO_SIGNAL = -1
_MEMO_LIMIT = 100_000  # distinct spellings of hits remembered per taxonomy


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


def _is_cased(signal: str) -> bool:
    """All-capital signals (acronyms: UN, AI, FM, GDP) are matched case-sensitively."""
    return signal.rstrip("*").isupper()


def _lower(text: str) -> str:
    """Lower case, keeping every character's position (so a hit can be read in the original)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"); leave those alone
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low


def _lookup(key: str, bare: str, exact: dict[str, int], stems: dict[str, int]) -> int:
    if key in exact:
        return exact[key]
    for end in range(len(bare), 0, -1):
        sid = stems.get(bare[:end])
        if sid is not None:
            return sid
    return _NO_SIGNAL


@dataclass(frozen=True)
class _Matcher:
    """A compiled taxonomy: one regex plus the tables that map a hit to its signal."""

    regex: re.Pattern[str]  # runs on " " + lower-cased text; group 1 is the hit
    names: tuple[str, ...]
    exact: dict[str, int]  # folded literal signal -> signal id
    stems: dict[str, int]  # gap-free lower-case stem of a "word*" signal -> signal id
    exact_cased: dict[str, int]  # all-capital signal, gap-free as written -> signal id
    stems_cased: dict[str, int]
    topics_of: tuple[tuple[int, ...], ...]  # signal id -> indexes of the topics listing it
    share: tuple[float, ...]  # signal id -> 1 / number of topics listing it
    labels: tuple[str, ...]  # signal id -> the signal as the taxonomy first spells it
    memo: dict[str, int] = field(default_factory=dict, compare=False)  # hit as written -> id

    def hits(self, text: str) -> list[int]:
        """The signal ids found in text, in order."""
        out: list[int] = []
        memo = self.memo
        for m in self.regex.finditer(" " + _lower(text)):
            start, end = m.span(1)
            hit = text[start - 1 : end - 1]
            sid = memo.get(hit)
            if sid is None:
                if len(memo) >= _MEMO_LIMIT:
                    memo.clear()
                sid = memo[hit] = self._resolve(hit)
            if sid != _NO_SIGNAL:
                out.append(sid)
        return out

    def _resolve(self, hit: str) -> int:
        bare = _GAPS.sub("", hit)
        sid = _lookup(bare, bare, self.exact_cased, self.stems_cased)
        if sid == _NO_SIGNAL:
            sid = _lookup(_fold(hit), bare.lower(), self.exact, self.stems)
        return sid  # _NO_SIGNAL: an acronym's letters in lower case ("un" for "UN")


_END, _ANY_ENDING = "", "\x00"  # trie markers: a signal ends here / a "word*" stem ends here


def _trie_regex(signals: Sequence[tuple[str, bool]]) -> str:
    """One alternation for many (lower-case text, ends-with-*) signals, factored as a prefix trie.

    Within a phrase a space stands for ``_GAP``; a trailing ``*`` for any word characters.
    Longer continuations are tried first, so the longest signal wins where several match.
    Plain literals (no IGNORECASE) let the regex engine skip a non-matching branch cheaply.
    """
    root: dict[str, dict] = {}
    for text, star in signals:
        node = root
        for ch in text:
            node = node.setdefault(ch, {})
        node.setdefault(_ANY_ENDING if star else _END, {})

    def build(node: dict[str, dict]) -> str:
        chars = [ch for ch in sorted(node) if ch not in (_END, _ANY_ENDING)]
        alts = [(_GAP if ch == " " else re.escape(ch)) + build(node[ch]) for ch in chars]
        if _ANY_ENDING in node:
            alts.append(r"\w*")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if _END in node else body

    return build(root)


@lru_cache(maxsize=32)
def _compile(taxonomy: tuple[TopicDef, ...]) -> _Matcher:
    exact: dict[str, int] = {}
    stems: dict[str, int] = {}
    exact_cased: dict[str, int] = {}
    stems_cased: dict[str, int] = {}
    patterns: set[tuple[str, bool]] = set()
    topics_of: list[set[int]] = []
    labels: list[str] = []
    for index, topic in enumerate(taxonomy):
        for raw in topic.signals:
            signal = " ".join(_GAPS.split(raw.strip()))
            star = signal.endswith("*")
            stem = signal.rstrip("*").strip()
            if not stem:
                continue
            if _is_cased(signal):
                table = stems_cased if star else exact_cased
                key = _GAPS.sub("", stem)
            else:
                table = stems if star else exact
                key = _GAPS.sub("", stem.lower()) if star else _fold(stem)
            patterns.add((_lower(stem).replace("\x00", ""), star))
            if key not in table:
                table[key] = len(topics_of)
                topics_of.append(set())
                labels.append(raw.strip())
            topics_of[table[key]].add(index)
    # "[^\w]" (consumed; the text gets a leading space) rather than a look-behind: it lets the
    # engine jump from one word start to the next instead of trying every position.
    pattern = r"[^\w](" + _trie_regex(sorted(patterns)) + r")(?!\w)" if patterns else r"(?!)"
    return _Matcher(
        regex=re.compile(pattern),
        names=tuple(t.name for t in taxonomy),
        exact=exact,
        stems=stems,
        exact_cased=exact_cased,
        stems_cased=stems_cased,
        topics_of=tuple(tuple(sorted(s)) for s in topics_of),
        share=tuple(1.0 / len(s) for s in topics_of),
        labels=tuple(labels),
    )


_RECENT: dict[int, tuple[tuple[TopicDef, ...], _Matcher]] = {}


def _matcher_for(taxonomy: Sequence[TopicDef]) -> _Matcher:
    """``_compile`` by value, with a fast path for the same tuple object as last time (hashing a
    whole taxonomy on every call would cost as much as scoring a short article)."""
    if isinstance(taxonomy, tuple):
        seen = _RECENT.get(id(taxonomy))
        if seen is not None and seen[0] is taxonomy:
            return seen[1]
    key = tuple(taxonomy)
    matcher = _compile(key)
    if isinstance(taxonomy, tuple):
        if len(_RECENT) >= 8:
            _RECENT.clear()
        _RECENT[id(taxonomy)] = (key, matcher)
    return matcher


def _length_norm(n_words: int) -> float:
    """1.0 for a brief, about 2.9 for 600 words, 3.4 for 1,000."""
    return 1.0 + math.log1p(n_words / LENGTH_UNIT)


def _evidence(title: str, paragraphs: Sequence[str], matcher: _Matcher) -> tuple[dict[int, float], int]:
    """Each signal's evidence in the article (see the module docstring), and its word count."""
    in_title = set(matcher.hits(title))
    in_lead: set[int] = set()
    counts: dict[int, int] = {}
    n_words = 0
    for text in paragraphs:
        hits = matcher.hits(text)
        if n_words < LEAD_WORDS:
            in_lead.update(hits)
        n_words += len(text.split())
        for sid in hits:
            counts[sid] = counts.get(sid, 0) + 1
    evidence: dict[int, float] = {}
    for sid in in_title | counts.keys():
        c = counts.get(sid, 0)
        e = (1.0 + math.log(c)) if c else 0.0
        if sid in in_title:
            e += TITLE_WEIGHT
        if sid in in_lead:
            e += LEAD_WEIGHT
        evidence[sid] = e * matcher.share[sid]
    return evidence, n_words


def assign_topics(
    title: str, paragraphs: Sequence[str], taxonomy: Sequence[TopicDef], max_topics: int = 3
) -> TopicAssignment:
    """Score every topic of ``taxonomy`` on the article; keep 1..max_topics, primary first."""
    if not taxonomy:
        raise ValueError("the taxonomy has no topics")
    matcher = _matcher_for(taxonomy)
    evidence, n_words = _evidence(title, paragraphs, matcher)
    n_topics = len(matcher.names)
    raw = [0.0] * n_topics
    distinct = [0] * n_topics
    for sid, e in evidence.items():
        for t in matcher.topics_of[sid]:
            raw[t] += e
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


def explain_topics(
    title: str, paragraphs: Sequence[str], taxonomy: Sequence[TopicDef]
) -> dict[str, list[tuple[str, float]]]:
    """For an editor: each topic's signals found in the article (spelled as in the taxonomy)
    with their evidence before length normalisation, strongest first."""
    matcher = _matcher_for(taxonomy)
    evidence, _ = _evidence(title, paragraphs, matcher)
    out: dict[str, list[tuple[str, float]]] = {name: [] for name in matcher.names}
    for sid, e in evidence.items():
        for t in matcher.topics_of[sid]:
            out[matcher.names[t]].append((matcher.labels[sid], round(e, 3)))
    for hits in out.values():
        hits.sort(key=lambda h: (-h[1], h[0]))
    return out
