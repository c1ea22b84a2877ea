"""Corpus text → articles.

A corpus file is articles one after another: a headline line, a blank line, paragraphs, with
no separator. Every non-blank line is a *unit*. Units shaped like a heading (short, no closing
sentence punctuation) are *candidates*; :class:`TitleClassifier` decides for each candidate
whether it starts a new article (a headline) or is a section heading inside the current one,
from the line itself and from the text around it:

* lexical cohesion: does the text after the candidate continue the text before it?
* does the candidate's vocabulary come back in the following paragraphs (a headline is
  echoed by its lede) more than it echoes the article so far (a subheading usually does)?
* headline conventions: attributions (": expert", "-- Premier Li"), kickers ("Exclusive:"),
  semicolons, verbs of reporting; subheading conventions: very short noun phrases, questions;
* does the next paragraph read like a news lede, and how long is the article so far?

Each call carries a confidence and its evidence; an editor's overrides win over any call.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sitegen.model import Block, BlockKind, Decision, RawArticle, Segmentation

# --- line shapes ---------------------------------------------------------------------------

_CLOSERS = "\"'”’»)\\]"
_SENTENCE_END = re.compile(rf"[.!…;,][{_CLOSERS}]*$")
_URL_LINE = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z.'’ -]{{1,40}},\s*(?:[A-Z][A-Za-z. ]{{1,30}},\s*)?{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    r"(?:\s*\((?:[A-Za-z]+)\))?\s*[-—–:]?$"
)
_NOTE_MARKER = re.compile(r"^(Editor['’]?s|Editors['’]?)\s+Note\s*:?\s*(.*)$", re.IGNORECASE)
_KICKER = re.compile(
    r"^(?:exclusive|breaking|update[d]?|analysis|interview|opinion|editorial|feature|"
    r"explainer|factbox|fact check|live|watch|video|photos?|in pictures|"
    r"(?:\d{4}\s+)?year[- ]?ender|[A-Z]{2,4}\s+\w+|[\w ]{0,20}\binvestigates)\s*:\s*\S",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(r"(?::\s*[^:]{2,60}$)|(?:\s(?:--|—|–)\s*[^-—–]{2,60}$)")
_REPORTING = re.compile(
    r"\b(?:says?|said|urges?|vows?|calls?|warns?|slams?|denies|deny|opposes?|rejects?|"
    r"announces?|launch(?:es)?|opens?|shows?|reveals?|seeks?|plans?|looks?|hails?|to)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
_LEDE_CUES = re.compile(
    r"\b(?:on|last|this|said|announced|told|reported|according to)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the|a|an|its|his|her|\w+)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)

_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out over own
    same she should so some such than that the their theirs them then there these they this those
    through to too under until up very was we were what when where which while who whom why will
    with would you your yours said says say told year years new one two three first last many
    much may might must shall upon amid via per us""".split()
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@functools.lru_cache(maxsize=262144)
def _stem(w: str) -> str:
    w = w.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in ("ies", "es", "s"):
        if len(w) > 4 and w.endswith(suf) and not w.endswith("ss"):
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


_TERMS: dict[str, str] = {}  # memo: word → its content term ("" for stop words)


def content_terms(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text):
        term = _TERMS.get(w)
        if term is None:
            term = _stem(w) if len(w) > 2 and w.lower() not in _STOP else ""
            if len(_TERMS) < 1_000_000:
                _TERMS[w] = term
        if term:
            out.append(term)
    return out


@functools.lru_cache(maxsize=65536)
def _shaped(t: str) -> bool:
    if len(t) > 320 or _SENTENCE_END.search(t):
        return t.endswith(":") and len(t) < 60 and len(words(t)) <= 6
    n = len(words(t))
    if n == 0 or n > 40:
        return False
    if is_url(t) or is_dateline(t):
        return False
    return not t.endswith(":") or n <= 6


def normalize_lines(text: str) -> list[str]:
    """Split corpus text into lines: BOM, CRLF/CR and trailing (non-breaking) spaces removed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line.rstrip().replace("\ufeff", "") for line in text.split("\n")]


@dataclass(frozen=True)
class Unit:
    index: int
    line: int
    text: str
    blank_before: bool
    blank_after: bool


def units_of(lines: Sequence[str]) -> list[Unit]:
    out: list[Unit] = []
    for i, text in enumerate(lines):
        if not text.strip():
            continue
        before = i == 0 or not lines[i - 1].strip()
        after = i + 1 >= len(lines) or not lines[i + 1].strip()
        out.append(Unit(len(out), i + 1, text.strip(), before, after))
    return out


def is_url(text: str) -> bool:
    return bool(_URL_LINE.match(text.strip()))


def is_dateline(text: str) -> bool:
    return bool(_DATELINE.match(text.strip()))


def note_marker(text: str) -> re.Match[str] | None:
    return _NOTE_MARKER.match(text.strip())


def heading_shaped(text: str) -> bool:
    """Short, and not closed like a sentence: could be a headline or a subheading."""
    return _shaped(text.strip())


# --- the classifier ------------------------------------------------------------------------


@dataclass(frozen=True)
class Features:
    words: int
    kicker: bool
    attribution: bool
    semicolon: bool
    question: bool
    reporting_verb: bool
    starts_with_number: bool
    cohesion: float  # similarity of the text before and after
    echo_next: float  # share of the candidate's terms found in the next paragraphs
    echo_prev: float  # share found in the article so far
    lede: bool  # the next paragraph reads like a news lede
    paragraphs_before: int  # since the last headline
    blank_around: bool
    echo_headline: float  # share of the current headline's terms found in the next paragraphs
    subheadings_before: int  # headings already inside the current article

    def logit(self) -> tuple[float, list[str]]:
        """Log-odds that the candidate is a headline, and the reasons that moved it most."""
        parts: list[tuple[float, str]] = []
        n = self.words
        if n <= 3:
            parts.append((-2.2, f"very short ({n} words)"))
        elif n <= 5:
            parts.append((-1.0, f"short ({n} words)"))
        elif n >= 9:
            parts.append((1.2 + min(n - 9, 8) * 0.1, f"long ({n} words)"))
        if self.kicker:
            parts.append((2.5, "headline kicker ('X:' prefix)"))
        if self.attribution:
            parts.append((1.5, "ends with an attribution"))
        if self.semicolon:
            parts.append((1.2, "semicolon between clauses"))
        if self.question and not self.kicker:
            parts.append((-1.0, "a question"))
        if self.reporting_verb:
            parts.append((0.6, "headline verb"))
        if self.starts_with_number:
            parts.append((0.5, "starts with a number"))
        parts.append(((0.12 - self.cohesion) * 14, f"cohesion {self.cohesion:.2f} with the text before"))
        parts.append(
            ((self.echo_next - self.echo_prev) * 3.0, f"echo next {self.echo_next:.2f} / before {self.echo_prev:.2f}")
        )
        if self.lede:
            parts.append((0.4, "next paragraph reads like a lede"))
        if self.paragraphs_before < 2:
            parts.append(
                (
                    -1.5 if self.paragraphs_before == 1 else -4.0,
                    f"only {self.paragraphs_before} paragraph(s) since the last headline",
                )
            )
        parts.append(((0.3 - self.echo_headline) * 3.0, f"current headline echoed {self.echo_headline:.2f} after it"))
        if self.subheadings_before:
            parts.append((-0.8, "the article already has subheadings"))
        if not self.blank_around:
            parts.append((-1.5, "no blank line around it"))
        total = -0.6 + sum(p for p, _ in parts)
        reasons = [r for _, r in sorted(parts, key=lambda pr: -abs(pr[0]))[:3]]
        return total, reasons


class _Idf:
    def __init__(self, docs: Sequence[Sequence[str]]):
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(d))
        n = max(1, len(docs))
        self.idf = {t: math.log((1 + n) / (1 + c)) for t, c in df.items()}

    def vector(self, terms: Sequence[str]) -> dict[str, float]:
        idf = self.idf
        return {t: c * idf.get(t, 0.0) for t, c in Counter(terms).items()}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _echo(candidate: Sequence[str], window: Sequence[str]) -> float:
    cand = set(candidate)
    if not cand:
        return 0.0
    return len(cand & set(window)) / len(cand)


class TitleClassifier:
    """Decides, for each candidate unit of one file, whether it starts a new article."""

    PREV_WINDOW = 6
    NEXT_WINDOW = 3

    def __init__(self, units: Sequence[Unit]):
        self.units = units
        self.terms = [content_terms(u.text) for u in units]
        self.idf = _Idf(self.terms)

    def features(self, i: int, last_headline: int) -> Features:
        u = self.units[i]
        text = u.text
        body_before = [j for j in range(last_headline + 1, i)]
        prev_idx = body_before[-self.PREV_WINDOW :]
        next_idx: list[int] = []
        j = i + 1
        while j < len(self.units) and len(next_idx) < self.NEXT_WINDOW:
            if not heading_shaped(self.units[j].text):
                next_idx.append(j)
            elif next_idx:
                break
            j += 1
        prev_terms = [t for k in prev_idx for t in self.terms[k]]
        next_terms = [t for k in next_idx for t in self.terms[k]]
        article_terms = [t for k in [last_headline, *body_before] for t in self.terms[k]]
        cohesion = _cosine(self.idf.vector(prev_terms), self.idf.vector(next_terms))
        lede_text = self.units[next_idx[0]].text if next_idx else ""
        return Features(
            words=len(words(text)),
            kicker=bool(_KICKER.match(text)),
            attribution=bool(_ATTRIBUTION.search(text)) and not text.endswith(":"),
            semicolon=";" in text,
            question=text.endswith("?"),
            reporting_verb=bool(_REPORTING.search(text)),
            starts_with_number=text[:1].isdigit(),
            cohesion=cohesion,
            echo_next=_echo(self.terms[i], [t for k in next_idx[:2] for t in self.terms[k]]),
            echo_prev=_echo(self.terms[i], article_terms),
            lede=len(words(lede_text)) >= 20 and bool(_LEDE_CUES.search(lede_text)),
            paragraphs_before=len([k for k in body_before if not heading_shaped(self.units[k].text)]),
            blank_around=u.blank_before and u.blank_after,
            echo_headline=_echo(self.terms[last_headline], next_terms) if last_headline >= 0 else 0.0,
            subheadings_before=len([k for k in body_before if heading_shaped(self.units[k].text)]),
        )


# --- segmentation --------------------------------------------------------------------------


def _is_bullet_run(units: Sequence[Unit], i: int) -> bool:
    """Part of three or more heading-shaped lines in a row: a list, not headings."""

    def shaped(k: int) -> bool:
        return 0 <= k < len(units) and heading_shaped(units[k].text) and not note_marker(units[k].text)

    if not shaped(i):
        return False
    run = 1
    k = i - 1
    while shaped(k):
        run += 1
        k -= 1
    k = i + 1
    while shaped(k):
        run += 1
        k += 1
    return run >= 3


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def segment(
    source_file: str,
    text: str,
    overrides: Mapping[str, bool] | None = None,
) -> Segmentation:
    """Split one corpus file into articles.

    ``overrides`` maps a line's text (whitespace- and case-insensitive) to True (it is a headline)
    or False (it is not).
    """
    forced = {_key(k): v for k, v in (overrides or {}).items()}
    units = units_of(normalize_lines(text))
    if not units:
        return Segmentation(source_file, (), ())
    clf = TitleClassifier(units)
    decisions: list[Decision] = []
    headlines: list[int] = []
    for i, u in enumerate(units):
        key = _key(u.text)
        if key in forced:
            decisions.append(Decision(u.line, u.text, forced[key], 1.0, "editor's override", forced=True))
            if forced[key]:
                headlines.append(i)
            continue
        if i == 0:
            conf = 1.0 if heading_shaped(u.text) else 0.6
            decisions.append(Decision(u.line, u.text, True, conf, "first line of the file"))
            headlines.append(i)
            continue
        if not heading_shaped(u.text) or note_marker(u.text) or _is_bullet_run(units, i):
            continue
        feats = clf.features(i, headlines[-1] if headlines else -1)
        logit, reasons = feats.logit()
        p = _sigmoid(logit)
        is_headline = p >= 0.5
        decisions.append(Decision(u.line, u.text, is_headline, max(p, 1 - p), "; ".join(reasons)))
        if is_headline:
            headlines.append(i)
    if not headlines or headlines[0] != 0:
        headlines.insert(0, 0)
    articles = []
    forced_lines = {d.line for d in decisions if d.forced and d.headline}
    for n, start in enumerate(headlines):
        end = headlines[n + 1] if n + 1 < len(headlines) else len(units)
        articles.append(_article(source_file, units[start:end], units[start].line in forced_lines))
    return Segmentation(source_file, tuple(articles), tuple(decisions))


def _article(source_file: str, units: Sequence[Unit], forced: bool = False) -> RawArticle:
    head, body = units[0], units[1:]
    blocks: list[Block] = []
    in_note = 0  # paragraphs still to mark as part of an Editor's Note
    for k, u in enumerate(body):
        kind: BlockKind
        marker = note_marker(u.text)
        if marker:
            kind, in_note = "note", (0 if marker.group(2) else 3)
        elif in_note and u.blank_before and not heading_shaped(u.text):
            kind, in_note = "note", in_note - 1
        elif is_url(u.text):
            kind, in_note = "url", 0
        elif heading_shaped(u.text) and not is_dateline(u.text) and not _is_bullet_run(body, k):
            kind, in_note = "subheading", 0
        else:
            kind, in_note = "paragraph", 0
        blocks.append(Block(kind, u.text, u.line))
    last = body[-1].line if body else head.line
    return RawArticle(source_file, head.line, last, head.text, tuple(blocks), forced)
