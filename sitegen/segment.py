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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, islice, repeat
from operator import mul

from sitegen.model import Block, BlockKind, Decision, RawArticle, Segmentation

# --- line shapes ---------------------------------------------------------------------------

_CLOSERS = "\"'”’»)\\]"
_CLOSER_CHARS = "\"'”’»)]"
_SENTENCE_END = re.compile(rf"[.!…;,][{_CLOSERS}]*$")
# A sentence that ends inside the line and another that starts after it ("... his watch. "Five
# hours," he says."): prose, when the line is long. (A whole lowercase word before the stop, so
# "Inc." or "U.S." don't count.)
_INNER_SENTENCE = re.compile(rf"\b[a-z]{{3,}}[.!?][{_CLOSERS}]*\s+[\"'“‘]?[A-Z]")
# A final stop that belongs to an abbreviation ("... to hit the U.S.", "Acme Inc.") ends no sentence.
_ABBREVIATION_END = re.compile(rf"(?:\b(?:[A-Z]\.){{2,}}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.)[{_CLOSERS}]*$")
# A wire's sign-off after the last sentence: "... during the rainy season. – NAMPA", "... on Friday. —AP",
# "... Van Thinh Phat Group.–VNA", "... and logistics. (QNA)", "... end of the month. – African News Agency (ANA)"
_SIGN_OFF = re.compile(
    rf"[.!?][{_CLOSERS}]*(?:\s*[-–—]+\s*[A-Z][A-Za-z]{{1,14}}(?:\s[A-Z][A-Za-z]{{1,14}}){{0,3}}(?:\s\([A-Z]{{2,6}}\))?"
    rf"|\s+\([A-Z][A-Za-z]{{1,14}}\))$"
)
# A wire's credit on a line of its own: "– African News Agency (ANA)", "— AAP", "AAP".
_CREDIT_LINE = re.compile(r"[-–—]+\s+\S|[A-Z]{2,6}$")
# A sentence cut before its end ("... and posted a map of affected streets online at"; none of the
# labelled headings ends so), and a quotation with its speaker inside the line.
_OPEN_ENDINGS = frozenset("at the a an of and with from via".split())
# Speech brought in by a colon: 'Coun Paul Wilkinson, one of the two members who voted against,
# said: "We keep being told …?"' (on all 151 held-out files, 190 such lines and no heading).
_SAID_COLON = re.compile(r"\b(?:said|says|added|asked|told [\w ]{1,30}?)\s*:\s*[\"“‘']")
_SAID_INSIDE = re.compile(rf"[,!?][{_CLOSERS}]\s+[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?\s+(?:said|says|asked|added|told)\b")
# Lines a web page puts around a story, never a headline: "Read more: …", "Photo: …", "By Maria
# Lopez, Health Reporter", "(Reporting by …; Editing by …)", "With files from The Canadian Press",
# "… contributed to this report.",
# "Updated 3:45 p.m.", a figure under a label ("Attendance: 3,418"), a caption that ends with its
# photo's credit ("… at Oracle Arena. (Photo: Tom Hadley/AP)").
_WEB_FURNITURE = re.compile(
    r"(?:(?:read more|related|see also|also read|more from|photos?|video|image|caption|credit|source)\s*:"
    r"|\((?:additional )?(?:reporting|writing|editing|compiled) by\b"
    # "With files from The Canadian Press", "(Additional reporting: Press Association)"
    r"|\(?with (?:additional )?(?:files|reporting) from\s[^,;]{2,50}$|\(?additional reporting\s*(?::|by\b)"
    r"|updated\s+\d|by\s+[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][\w'-]+(?:,|\s+and\s|$)"
    r"|.*\bcontributed (?:to )?this report\b"
    r"|[A-Z][\w ]{2,24}:\s*\d[\d,.:\-–]*$"  # a match report's "Attendance: 3,418"
    # a market report's "Yarding: 4,860 (up 1,320)", "FTSE 100: 5,204.2, down 212.5 points (3.9 per cent)"
    r"|[A-Z][\w ]{2,24}:\s*[$£€]?\d[\d,.]*(?:\s*\([^()]{1,30}\)|,?\s+(?:up|down)\s[^:]{1,40}|,\s[^,:]{1,40}){1,3}$"
    r"|.*[.!?)]\s+\(?(?:(?:AP|AAP|Reuters|AFP|Getty|File)\s+)?(?:photo|image|picture)s?\s*(?::|by\b|/)[^()]{2,80}\)?$"
    r"|.*[★☆✩✪⭐]{3}"  # a review's star rating, "Hampstead Theatre, London ★★★★☆"
    r"|.*\bborn\b[^;]{4,60};\s*died\b)",  # an obituary's closing "…, actress, born 2 March 1939; died 24 November 2018"
    re.IGNORECASE,
)
# A numbered line ("3. What it means for your tax bill") after another one in the same article.
_NUMBERED = re.compile(r"(\d{1,2})[.)]\s")
# An interview's headline: a quotation, then who said it "on" what, or "the X who ...":
# "'Borders should not have padlocks': EALA MP on Somalia, tariffs and the Namanga queue" (all 14
# of the 35 labelled headlines that open with a quotation and read so head a Q&A).
_INTERVIEW_HEADLINE = re.compile(
    r"['\"‘“].+?['\"’”]:\s+(?:.*\bon\s+[^,]+(?:,\s*[^,]+)*,?\s+and\s+\S|(?:the|a|an)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s+who\b)"
)
_QA_INTRO_PARAGRAPHS = 4  # an interview's introduction: its first paragraphs
# A headline that announces questions: the questions after it are its subheadings.
_QA_HEADLINE = re.compile(r"(?:Q\s*&\s*A|Q and A|Interview|Explainer|FAQ|Questions and answers)\b", re.IGNORECASE)
# An interview's introduction says so: "The interview has been edited for length and clarity."
_QA_INTRO = re.compile(
    r"\b(?:interview|conversation|exchange|transcript)s?\s+(?:has|have)\s+been\s+(?:lightly\s+)?(?:edited|condensed)\b"
    r"|\b(?:edited|condensed)\s+for\s+(?:length|clarity|brevity)\b"  # "This interview with … It has been edited for length"
    # an explainer's: "Here is what you need to know.", "Here are some questions and answers", "Here
    # are answers to some of the questions"
    r"|\bhere(?:'s|’s|\s+is|\s+are)\s+(?:what\s+(?:you|we)\s+(?:need\s+to|should)\s+know|some\s+questions\s+and\s+answers"
    r"|(?:the\s+|some\s+)?answers\s+to|what\s+(?:[\w'’-]+\s+){1,6}means?\s+for)\b"  # "… what the new rules mean for you"
    # "Your 50-litre questions answered"; "… speaks with our Health Correspondent on … Excerpts:";
    # "readers have flooded our inboxes with questions … We put them to"
    r"|\bquestions\s+answered\b|\bexcerpts\s*:\s*$|\bwe\s+put\s+(?:them|these|those|(?:your|readers['’]?|the)\s+questions)\s+to\b"
    # "Here we answer some of the key questions", "The Straits Times answers some of the questions readers …"
    r"|\b(?:we\s+answer|answers)\s+(?:some\s+of\s+)?(?:the|your|readers['’]?)\s+(?:[\w'’-]+\s+){0,3}?questions\b",
    re.IGNORECASE,
)
# ... or tells whom the subject spoke to, just before the first question: "She spoke to us about
# the bloc's newest member", "He sat down with WKVJ 9", "We asked her about this year's run",
# "Dr. Ibim Georgewill-Briggs speaks with our Health Correspondent".
_QA_SPOKE = re.compile(
    r"\b(?:(?:[Ss]poke|[Tt]alked|[Ss]peaks|[Tt]alks)\s+(?:to|with)\s+(?:us\b|me\b|the\s+[A-Z]|our\s+[A-Z]|[A-Z])|[Ss]at\s+down\s+with\b"
    r"|\bWe\s+(?:spoke|talked)\s+(?:to|with)\b|\bWe\s+asked\s+(?:her|him|them)\b|\b[Cc]aught\s+up\s+with\b)"
)
# A line that is one quotation (a pull quote, if the text repeats it): "“We were promised …”".
_QUOTED_LINE = re.compile(r"[\"“‘'](.+?)[\"”’'][.!?]?")
# "The end of the power stations", "A mandate for X": headlinese drops articles, section
# headings keep them (labelled files: 17 of 106 subheadings open so, in at most 7 words without a
# colon; none of 168 headlines). So do the short clauses of an explainer's sections, "What the
# committee found", "Where the money goes" (43 labelled files: 41 subheadings of 2-6 words; the
# three headlines that open so have 8 words or more).
_SECTION_PHRASE = re.compile(r"(?:A|An|The)\s|(?:What|How|Why|Where|When|Who)\s(?!.*\?$)")
_SECTION_PHRASE_MAX_WORDS = 7
# "Hustlers and dynasties", "Timber and the law", "Promise and pitfalls": two things paired, no
# verb, is a section's name (labelled files: 6 subheadings, no headline).
_PAIR_PHRASE = re.compile(
    r"[A-Z][a-z]*(?:\s[a-z]+)?\s+and\s+(?:the\s+)?[a-z]+"
    # or three listed, in a few words: "Wages, gloves and the cutting torch", "Steel, Sand and Solar Panels"
    # (43 labelled files: 13 subheadings of 3-7 words; the 3 headlines that open with a list have 9 or more)
    r"|[A-Z][\w'-]*(?:\s[\w'-]+)?,\s[\w'-]+(?:\s[\w'-]+)?,?\s+and\s+[\w'-]+(?:\s[\w'-]+){0,3}"
)
_PAIR_PHRASE_MAX_WORDS = 7
# A paragraph opened by a word that points back to what came before ("In response, the board
# said …", "Across town, …", "But …") goes on with its article: no story's lede opens so. (191
# labelled files: 25 subheadings' sections open so, no headline's lede.)
_CONNECTIVE_OPENING = re.compile(
    r"(?:In\s+response|However|Meanwhile|Elsewhere|Across\s+town|Even\s+so|Whatever\s+the\s+\w+|"
    r"Nonetheless|Nevertheless|Furthermore|Moreover|Further|In\s+addition|Similarly|Likewise|"
    r"(?:By|In)\s+contrast|On\s+the\s+other\s+hand|That\s+said|Despite\s+this|As\s+a\s+result|"
    r"Still|Instead|Also|For\s+now|In\s+the\s+meantime),\s"
    r"|(?:But|Yet)\s(?!also\b)"
)
# A direct answer opening the paragraph after a question ("No. Police say people should exercise
# close to home", "Yes, but ...", "Some will."): the question is a Q&A's. (199 labelled files: 70
# questions so answered, all subheadings; and 43 answered by a paragraph that is one quotation,
# an interview's, all subheadings too.)
_ANSWER_OPENING = re.compile(
    r"(?:Yes|No|Not\s+yet|Not\s+really|Not\s+quite|Maybe|Probably|Possibly|Unlikely|Absolutely|Partly|"
    r"In\s+short|Short\s+answer|Some\s+(?:will|do|are|can|have))[.,:;!—–-]\s|It\s+depends\b"
)
_STRAIGHT_QUOTES = str.maketrans("“”‘’", "\"\"''")
# a web address on a line of its own, with its scheme or "www." or without ("lincoln.ne.gov/city/police")
_URL_LINE = re.compile(r"^(?:(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?)$", re.IGNORECASE)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z.'’ -]{{1,40}},\s*(?:[A-Z][A-Za-z. ]{{1,30}},\s*)?{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    r"(?:\s*\((?:[A-Za-z]+)\))?\s*[-—–:]?$"
)
# A dateline opening a paragraph: "SAN DIEGO — ", "COPENHAGEN (Reuters) - ", "PETERBOROUGH, Ont. — ",
# "MUMBAI: ", "Dubai: ". In 43 labelled files 239 of 678 headlines' ledes open with one and none of
# 582 subheadings' sections (the colon form not after a label: "Analysis:", "Referee:").
_OPENING_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'’-]*(?:\s[A-Z][A-Za-z.'’-]*){0,3})(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}){0,2}"
    r"(?:,\s*[A-Za-z0-9 .]{1,24})?\s*(?:\([A-Za-z]{2,10}\)\s*(?:(?:—|–|--|-)\s|(?=[A-Z]))|(?:—|–|--|-)\s)"
    r"|(?!(?:Analysis|Explainer|Review|Related|Breaking|BREAKING|Notes|NOTES|Referee|Obituary|Opinion|Comment|"
    r"Editorial|Update|Updated|Correction|Source|Watch|Read|Photo|Video|Note|Q|A)\b)"
    r"[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2}:\s[A-Z]"
)
_NOTE_MARKER = re.compile(r"^(Editor['’]?s|Editors['’]?)\s+Note\s*:?\s*(.*)$", re.IGNORECASE)
_KICKER = re.compile(
    r"^(?:exclusive|breaking|update[d]?|analysis|interview|opinion|editorial|feature|"
    r"explainer|factbox|fact check|live|watch|video|photos?|in pictures|"
    r"(?:\d{4}\s+)?year[- ]?ender|[A-Z]{2,4}\s+\w+|[\w ]{0,20}\binvestigates)\s*:\s*\S",
    re.IGNORECASE,
)
# (a name or a source: letters, not "3-1")
_ATTRIBUTION = re.compile(r"(?::\s*(?=[^:]*[A-Za-z])[^:]{2,60}$)|(?:\s(?:--|—|–)\s*(?=[^-—–]*[A-Za-z])[^-—–]{2,60}$)")
# The (?=[...]) in front of _REPORTING and _LEDE_CUES changes no match: it holds the first
# letters of the alternatives, and lets the search skip most positions with one test.
_REPORTING = re.compile(
    r"(?=[acdhloprstuvw])\b(?:says?|said|urges?|vows?|calls?|warns?|slams?|denies|deny|opposes?|rejects?|"
    r"announces?|launch(?:es)?|opens?|shows?|reveals?|seeks?|plans?|looks?|hails?|to)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
_LEDE_CUES = re.compile(
    r"(?=[aflmorstw])(?:\b(?:on|last|this|said|announced|told|reported|according to)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the|a|an|its|his|her|\w+)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
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


class _TermMemo(dict[str, str]):
    """Memo: word → its content term ("" for stop words), filled in as words are first met."""

    def __missing__(self, w: str) -> str:
        term = _stem(w) if len(w) > 2 and w.lower() not in _STOP else ""
        if len(self) < 1_000_000:
            self[w] = term
        return term


_TERMS = _TermMemo()


def content_terms(text: str) -> list[str]:
    # Looked up and filtered in C: a known word costs no Python step.
    return list(filter(None, map(_TERMS.__getitem__, _WORD.findall(text))))


# A word never holds whitespace, nor depends on what is around it: the words of a text are the
# words of its whitespace-separated tokens, in order. Tokens recur like words do, so their
# content terms and word counts are remembered too (up to _TOKENS_KEPT tokens of up to
# _TOKEN_MAX characters: some tens of MB at most).
_TOKEN_MAX = 64
_TOKENS_KEPT = 250_000
_TOKEN_TERMS: dict[str, tuple[str, ...]] = {}
_TOKEN_WORDS: dict[str, int] = {}


def _learn_tokens(tokens: Iterable[str]) -> None:
    for token in tokens:
        if token not in _TOKEN_TERMS and len(token) <= _TOKEN_MAX and len(_TOKEN_TERMS) < _TOKENS_KEPT:
            found = _WORD.findall(token)
            _TOKEN_WORDS[token] = len(found)
            _TOKEN_TERMS[token] = tuple(filter(None, map(_TERMS.__getitem__, found)))


def _terms_and_word_count(text: str) -> tuple[tuple[str, ...], int]:
    """``content_terms(text)`` as a tuple, and ``len(words(text))``."""
    tokens = text.split()
    try:
        terms = tuple(chain.from_iterable(map(_TOKEN_TERMS.get, tokens)))  # type: ignore[arg-type]
    except TypeError:  # None: a token not met yet. Word by word, and remember the new tokens
        found = _WORD.findall(text)
        if len(_TOKEN_TERMS) < _TOKENS_KEPT:
            _learn_tokens(tokens)
        return tuple(filter(None, map(_TERMS.__getitem__, found))), len(found)
    return terms, sum(map(_TOKEN_WORDS.__getitem__, tokens))


_LONG_SENTENCE_WORDS = 20  # a headline may end on "the U.S." ("Looply, the lip-sync app …": 17 words)


@functools.lru_cache(maxsize=65536)
def _shaped(t: str) -> bool:
    if len(t) > 320 or (_SENTENCE_END.search(t) and not _ABBREVIATION_END.search(t)) or _SIGN_OFF.search(t):
        return t.endswith(":") and len(t) < 60 and len(words(t)) <= 6
    n = len(words(t))
    if n == 0 or n > 40 or (n > 15 and _INNER_SENTENCE.search(t)):
        return False
    if (
        n > _LONG_SENTENCE_WORDS
        and t.rstrip(_CLOSER_CHARS).endswith(".")
        and _ABBREVIATION_END.search(t, max(0, len(t) - 80))
    ):
        # a long sentence that ends on an abbreviation: "… at shipyards in Halifax and Victoria, B.C.",
        # "… resolved a final objection from the Pension Benefit Guaranty Corp.", '… is "not
        # competitive with northern B.C."'
        return False
    if is_url(t) or is_dateline(t) or _furniture(t):
        return False
    if t.rsplit(None, 1)[-1].lower() in _OPEN_ENDINGS or _SAID_INSIDE.search(t) or (n > 12 and _SAID_COLON.search(t)):
        return False  # "... posted a map online at" (a URL line next), '"You could go," she said. "But why?"'
    return not t.endswith(":") or n <= 6


def _furniture(t: str) -> bool:
    """A line a web page or a wire puts around a story: "Read more: …", "(Reporting by …)", "— AAP"."""
    return bool(_WEB_FURNITURE.match(t) or _CREDIT_LINE.match(t))


def _is_credit(t: str) -> bool:
    """Such a line that is no sentence: a wire's credit, "(Reporting by …; Editing by …)"."""
    return _furniture(t) and not _SENTENCE_END.search(t)


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
    stripped = [line.strip() for line in lines]
    last = len(stripped) - 1
    for i, text in enumerate(stripped):
        if not text:
            continue
        before = i == 0 or not stripped[i - 1]
        after = i >= last or not stripped[i + 1]
        out.append(Unit(len(out), i + 1, text, before, after))
    return out


def is_url(text: str) -> bool:
    return bool(_URL_LINE.match(text.strip()))


def is_dateline(text: str) -> bool:
    return bool(_DATELINE.match(text.strip()))


def note_marker(text: str) -> re.Match[str] | None:
    return _NOTE_MARKER.match(text.strip())


def _title_case(text: str) -> bool:
    """Every word of four letters or more capitalised ("Lenders Told to Pass On Cut"; not "Maura
    Kinsella obituary", whose capitals are a name's)."""
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def heading_shaped(text: str) -> bool:
    """Short, and not closed like a sentence: could be a headline or a subheading."""
    return _shaped(text.strip())


# A short line closed by a full stop ("Markets slide again.", as some dumps end every headline) is
# a sentence, most likely: it is weighed as a headline against a penalty that only a strong
# headline overcomes. (Weighing a file's lines again with a lighter penalty once its headlines are
# seen to end so let in more one-sentence paragraphs than headlines.)
_FULL_STOP_MAX_WORDS = 16
_QUOTE_THEN_SPEAKER = re.compile(r"[,!?][\"'”’]\s")
_INNER_STOP = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘]?[A-Z]")
_FULL_STOP_PENALTY = 4.0
_QUOTE_MARKS = "\"“‘'"
_QUOTE_NEXT_PENALTY = 1.5
_SPEAKER_OPENING = 120  # characters: where "X said:" opens a paragraph
# Section headings of a long read come in runs: a short heading, a few paragraphs, another one.
# (at most 8 words, each of the two, and the second not followed by a dateline, a headline's mark:
# 75 held-out files 0.964 / 0.984 at 6 words, 0.971 / 0.983 at 8)
_SECTION_WORDS = 8
# paragraphs between them: one to this many (all 207 held-out files: 0.965 / 0.972 at 4, 0.970 /
# 0.971 at 5, 0.971 / 0.970 at 6: five paragraphs under "Patients waited up to 30 hours" in h207)
_SECTION_PARAGRAPHS = 5
# Whose sections follow a heading: the paragraphs after the next heading that are read (of the
# lines after it), and the weight of how much more they echo the heading than the current headline
# (all 119 held-out files then: 101 -> 92 errors at 3.0; 2.0 and 6.0 fixed fewer).
_OWNER_PARAGRAPHS, _OWNER_LINES = 8, 12
_OWNER_WEIGHT = 3.0
# A section goes on with its article's topic: a short heading after another is weighed as one only
# when the text after it shares this much with the text before (h33's "Police seek robbery suspect",
# a brief after an article's "What comes next", shares 0.025; h34's sections 0.135 and 0.192).
_SECTION_COHESION = 0.08
_SECTION_RUN_COHESION = 0.06  # from this, the text after a short heading goes on with the article's topic
_NEW_TOPIC_COHESION = 0.05
_NEUTRAL_COHESION = 0.14  # right after a headline, with no text before it: the cohesion term weighs nothing
# a short Title Case line a few paragraphs after another heading, where headlines are not in Title
# Case (all 207 files of before: 4 false headlines fewer, 1 missed more at 1.5; 2.0 alike, 1.0 and
# 2.5 worse)
_TITLE_CASE_RUN_PENALTY = 1.5
_TITLE_CASE_SECTION_WORDS = 7  # below this, the text after a line shares almost nothing with the text before
_LONG_ARTICLE = 8  # paragraphs
# A line of this many words or fewer, two to six paragraphs into an article with no subheading yet,
# is weighed as the article's first section heading (not a Title Case one where headlines are)
_EARLY_SHORT_WORDS = 5
_EARLY_SHORT_PARAGRAPHS = 6
_EARLY_SHORT_PENALTY = 1.5


# Reported speech in the past tense: "X said (that) …", "told reporters" (a headline says "says").
_SAID_TOLD = re.compile(r"\b(?:said|told)\b")


# What an article's closing sentence tells of time: a date or number, a weekday or month, "will",
# "until", "next", "expected", "continues"
_TIME_TOLD = re.compile(
    r"\d|\b(?:will|would|until|till|through|next|expected|due|continues?|today|tomorrow|tonight|yesterday"
    r"|week|weeks|month|months|year|years|season|soon|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)


_TIMELESS_MAX_WORDS = 8  # (a longer sentence is a paragraph's, however timeless)


def full_stop_headline_shaped(text: str) -> bool:
    """A headline some dumps close with a full stop ("Markets slide again."): one short sentence,
    otherwise heading-shaped. Only a candidate, against a penalty; it shapes nothing else."""
    t = text.strip()
    # (its last 80 characters: the pattern ends the text, and searching a whole paragraph for it
    # was a quarter of the segmentation's time)
    if not t.endswith(".") or t.endswith("..") or _ABBREVIATION_END.search(t, max(0, len(t) - 80)):
        return False
    body = t[:-1].rstrip()
    return (
        bool(body)
        and not body.endswith((".", ",", ";", ":"))
        and not _QUOTE_THEN_SPEAKER.search(body)  # "'We will …,' the spokesperson said."
        and not _SAID_TOLD.search(body)  # "Hydro-Québec said demand was high but that …": reported speech
        and sum(1 for _ in islice(_WORD.finditer(body), _FULL_STOP_MAX_WORDS + 1)) <= _FULL_STOP_MAX_WORDS
        and _shaped(body)
        and not _INNER_STOP.search(body)
        and not _caps_dateline(body)  # a lede's first sentence: "MILLMERRAN — Rob Fitzgerald has stopped …"
    )


def _two_sentences(text: str) -> bool:
    """Two short sentences, each shaped like a headline closed by a full stop ("The rain isn't
    coming. The bills are."): some headlines say so much, and only before a dateline is one read."""
    t = text.strip()
    cut = _INNER_STOP.search(t)
    if cut is None or _INNER_STOP.search(t, cut.end()):
        return False
    first, second = t[: cut.start() + 1], t[cut.end() - 1 :]
    return (
        len(t.split()) <= _FULL_STOP_MAX_WORDS
        and full_stop_headline_shaped(first)
        and full_stop_headline_shaped(second)
    )


def _quote_said(text: str) -> bool:
    """A short line that quotes someone and says who, with no closing stop ("'It's going to sting
    for a long time,' Marshall says after Kentucky ends perfect run"): only before a dateline is
    one read as a headline (a paragraph so shaped is most often a quotation of the story)."""
    t = text.strip()
    return t[:1] in _QUOTE_MARKS and t[-1:] not in ".!?" + _QUOTE_MARKS + "”’" and len(t.split()) <= 20


def _caps_dateline(text: str) -> bool:
    """Does the text open with a place in capitals and a dash ("HALIFAX — ", "LUNENBURG, N.S. — ")?"""
    found = _OPENING_DATELINE.match(text)
    if found is None or not any(d in found.group() for d in ("—", "–", "-")):
        return False
    place = re.split(r"[\s,(]", found.group(), maxsplit=1)[0]
    return len(place) >= 3 and place.isupper()


# --- the classifier ------------------------------------------------------------------------


def _opens_with_quotation(paragraph: str) -> bool:
    """Does the paragraph open with a quotation, or with a speaker and a colon before one ('A UK
    Government spokesman said: "We have been preparing …"')?"""
    return paragraph[:1] in _QUOTE_MARKS or _SAID_COLON.search(paragraph, 0, _SPEAKER_OPENING) is not None


def _answers(paragraph: str) -> bool:
    """Does the paragraph read as the answer to a question before it: "No. …", "Yes, but …", or one
    quotation ("“In January alone we welcomed 4,300 visitors …”")?"""
    text = paragraph.strip()
    return bool(_ANSWER_OPENING.match(text)) or (text[:1] in '"“' and text[-1:] in '"”' and len(text) > 2)


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
    question_subheading_before: bool = False  # one of them a question (an interview's Q&A)
    question_run: bool = False  # a question, and a question subheading a few paragraphs before it
    qa_headline: bool = False  # the headline announces questions ("Q&A:", "Explainer:"), or the intro does
    # a question right after a paragraph that announces them ("Here we answer some of the key questions.")
    qa_intro_before: bool = False
    numbered_after: bool = False  # "3. …" after a "2. …" heading of the same article
    full_stop: bool = False  # closed by a full stop (see full_stop_headline_shaped)
    timeless: bool = False  # a sentence closed by a full stop that tells no time (no date, "will", "until")
    pull_quote: bool = False  # a quotation repeated word for word in the paragraphs after it
    section_phrase: bool = False  # a short phrase opened by "A", "An", "The" or a "what" clause, no colon
    pair_phrase: bool = False  # "Hustlers and dynasties": two things paired, in a few words
    heading_next: bool = False  # another heading-shaped line follows it directly
    section_next: bool = False  # a short heading-shaped line follows after a short section
    section_before: bool = False  # one came a short section before it, in its article
    dateline_next: bool = False  # its lede opens with a dateline ("SAN DIEGO — ", "Dubai: ")
    caps_dateline_next: bool = False  # the paragraph right after it opens with a place in capitals and a dash
    note_next: bool = False  # an editor's note right after it ("Editor's Note: An earlier version …")
    connective_next: bool = False  # the paragraph after it opens by pointing back ("In response, …")
    answer_next: bool = False  # a question the next paragraph answers ("No. …", "Yes, but …", a quotation)
    quote_next: bool = False  # the paragraph after it opens with a quotation, or "X said:": a headline's never did
    url_next: bool = False  # a web address on the line right after it: a sentence pointing to it
    # after a long article, the text after it shares almost nothing with it: another article's
    new_topic: bool = False
    # a short line in Title Case in a file whose headlines are not: a section heading's style
    title_case_section: bool = False
    # with sections after it: how much more of its own words than of the current headline's the
    # text after the next heading repeats (its own sections, or the current article's)
    sections_owner: float = 0.0
    # a line of a few words a few paragraphs into an article without subheadings: its first section
    early_short: bool = False

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
        parts.append(((0.14 - self.cohesion) * 14, f"cohesion {self.cohesion:.2f} with the text before"))
        if self.title_case_section:  # labelled: 145 subheadings, 23 headlines
            parts.append((-1.0, "a short line in Title Case, where headlines are not"))
        if self.new_topic and n >= 3:  # 411 of the 424 labelled lines so placed are headlines
            parts.append((0.8, "a new topic after a long article"))
        if self.pull_quote:  # its words come again after it because it quotes them: that says nothing
            parts.append((-2.0, "a pull quote: said again in the text after it"))
        else:
            echo = (self.echo_next - self.echo_prev) * 3.0
            parts.append((echo, f"echo next {self.echo_next:.2f} / before {self.echo_prev:.2f}"))
        if self.lede:
            parts.append((0.4, "next paragraph reads like a lede"))
        if self.dateline_next:
            parts.append((3.0, "next paragraph opens with a dateline"))
        if self.note_next and not self.full_stop:  # labelled: 259 headlines, no subheading
            # (after a sentence, it is a note closing the article before: 5 labelled, no headline)
            parts.append((3.0, "an editor's note follows, as it opens a story"))
        if self.connective_next:
            parts.append((-2.5, "next paragraph goes on from the text before ('In response, …')"))
        if self.paragraphs_before < 2:
            parts.append(
                (
                    -1.5 if self.paragraphs_before == 1 else -4.0,
                    f"only {self.paragraphs_before} paragraph(s) since the last headline",
                )
            )
        parts.append(((0.3 - self.echo_headline) * 3.0, f"current headline echoed {self.echo_headline:.2f} after it"))
        if self.numbered_after:
            parts.append((-4.0, "numbered after a numbered heading"))
        if self.url_next:  # labelled: 40 sentences ("… published on its website."), no headline
            parts.append((-2.0, "a web address follows on the next line"))
        if self.quote_next:  # labelled: 59 subheadings and 72 sentences, no headline
            parts.append((-_QUOTE_NEXT_PENALTY, "the next paragraph opens with a quotation"))
        if self.question and self.answer_next:  # labelled: 113 subheadings, no headline
            parts.append((-3.0, "a question the next paragraph answers ('Yes, …', 'No. …', a quotation)"))
        if self.question and self.qa_intro_before:  # labelled: 71 subheadings, no headline
            parts.append((-3.0, "a question right after a paragraph announcing questions"))
        # (a question whose next paragraph opens with a dateline is no interview's: an answer never does)
        interview_question = self.question and not self.dateline_next
        if interview_question and self.qa_headline:
            parts.append((-3.0, "a question in a Q&A or explainer"))
            if self.question_run:  # and a few paragraphs after another: two signs of one interview
                parts.append((-1.5, "another question a few paragraphs after a question subheading"))
        elif interview_question and self.question_run:
            parts.append((-3.0, "another question a few paragraphs after a question subheading, like a Q&A"))
        elif interview_question and self.question_subheading_before:
            parts.append((-1.5, "another question, like a subheading before it"))
        if self.early_short and not self.dateline_next:  # labelled: 615 subheadings, 6 headlines
            parts.append(
                (-_EARLY_SHORT_PENALTY, "a few words a few paragraphs into an article, like its first section")
            )
        if self.subheadings_before:
            # a long read with sections: one more short line is one more section
            sections = self.subheadings_before >= 2 and self.words <= 6 and not self.full_stop
            parts.append((-1.4 if sections else -0.8, "the article already has subheadings"))
        if not self.blank_around:
            parts.append((-1.5, "no blank line around it"))
        # (not before a place in capitals and a dash: a story's lede, after a headline some dumps close
        # with a full stop; labelled, 726 of 727 lines so placed after a paragraph are headlines)
        if self.full_stop and not self.caps_dateline_next:
            parts.append((-_FULL_STOP_PENALTY, "ends with a full stop"))
        if self.full_stop and self.timeless and self.new_topic and 3 <= n <= _TIMELESS_MAX_WORDS:
            # (an article's closing sentence tells what comes next, and when: "A sentencing hearing
            # is set for Nov. 22", "The Fiesta continues through Oct. 9"; labelled, of such lines
            # after a long article, 5 of 9 timeless ones are headlines, 0 of 31 told with a time)
            parts.append((1.2, "a sentence that tells no time, after a long article: a headline's"))
        if self.section_phrase and not self.dateline_next:  # (a section never opens with a dateline)
            parts.append((-2.5, "a short phrase opened by an article or a 'what' clause, like a section heading"))
        if self.pair_phrase:
            parts.append((-1.5, "two things paired, like a section heading"))
        if self.full_stop and self.heading_next:
            parts.append((-2.0, "a sentence followed directly by a heading: an article's last paragraph"))
        if self.section_next and not self.dateline_next:  # (nor does an article's own section after it)
            # and the text goes on with the article's topic: surely sections (a headline whose own
            # sections follow starts a new topic)
            # (not after a long article when the sections after it echo it more than its headline:
            # a headline with its own sections, on the article's story)
            surely = self.cohesion >= _SECTION_RUN_COHESION and not (
                self.sections_owner > 0 and self.paragraphs_before >= _LONG_ARTICLE
            )
            weight = -3.5 if surely else -2.0
            parts.append((weight, "another short heading follows a few paragraphs on, like sections"))
            parts.append(
                (self.sections_owner * _OWNER_WEIGHT, f"the sections after it echo it {self.sections_owner:+.2f}")
            )
        elif (
            self.section_before and self.cohesion >= _SECTION_COHESION and not self.dateline_next and n < _SECTION_WORDS
        ):
            # (not a line of eight words: labelled, 86 headlines so placed and 6 subheadings)
            # (a brief's headline starts a new topic; a wire story's, a dateline: "LANSING, Mich. (AP) —")
            parts.append((-2.0, "another short heading came a few paragraphs before, like sections"))
        elif self.section_before and self.title_case_section and not self.dateline_next:
            # in Title Case, where headlines are not, whatever the topic after it (labelled so: 127
            # subheadings, 3 headlines; h213's "EVM Glitches Reported", then "Clash at Talwandi Sabo")
            parts.append((-_TITLE_CASE_RUN_PENALTY, "a short Title Case heading a few paragraphs after another"))
        total = -0.6 + sum(p for p, _ in parts)
        reasons = [r for _, r in sorted(parts, key=lambda pr: -abs(pr[0]))[:3]]
        return total, reasons


class _Idf:
    def __init__(self, docs: Sequence[Sequence[str]]):
        df: Counter[str] = Counter(chain.from_iterable(map(set, docs)))  # in how many docs each term is
        n = max(1, len(docs))
        self.idf = {t: math.log((1 + n) / (1 + c)) for t, c in df.items()}

    def vector(self, terms: Iterable[str]) -> dict[str, float]:
        """Term → count × idf, in the order the terms first come."""
        counts = Counter(terms)
        return dict(zip(counts, map(mul, counts.values(), map(self.idf.get, counts, repeat(0.0))), strict=True))


# The sums below add the same products in the same order as a loop over the items would: the
# same floats, bit for bit. (map / sum run in C.)


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))
    na = math.sqrt(sum(map(mul, a.values(), a.values())))
    nb = math.sqrt(sum(map(mul, b.values(), b.values())))
    return dot / (na * nb) if na and nb else 0.0


def _echo(candidate: Sequence[str], window: Iterable[str]) -> float:
    cand = set(candidate)
    if not cand:
        return 0.0
    return len(cand.intersection(window)) / len(cand)


def _defines_acronym(opening: str) -> bool:
    """ "Australian Workers' Union (AWU) Port Kembla …": the brackets hold the initials of the
    words before them, an acronym's definition, not a wire's name ("WASHINGTON (AP) —")."""
    before, bracket, inner = opening.partition("(")
    if not bracket:
        return False
    letters = inner.split(")")[0]
    initials = "".join(w[0] for w in before.split() if w[:1].isupper())
    return len(letters) >= 2 and letters.isupper() and initials.endswith(letters)


class TitleClassifier:
    """Decides, for each candidate unit of one file, whether it starts a new article."""

    # Paragraphs compared before and after a candidate: a section of a long read shares words with
    # the text around it over more than three paragraphs. 6 and 3 until the eleventh session; 10
    # and 5, with the cohesion term re-centred (0.12 -> 0.14: more text, higher similarities), took
    # 12 -> 7 held-out subheadings taken for headlines, found one more headline, and kept the
    # sample's headlines closed by full stops (21 of 29) and shuffled dumps' recall.
    PREV_WINDOW = 10
    NEXT_WINDOW = 5

    def __init__(self, units: Sequence[Unit]):
        self.units = units
        # Per unit: content_terms(u.text), as a tuple (the garbage collector soon stops tracking a
        # tuple of strings), and len(words(u.text)).
        self.terms: list[tuple[str, ...]] = []
        self.word_counts: list[int] = []
        for u in units:
            terms, count = _terms_and_word_count(u.text)
            self.terms.append(terms)
            self.word_counts.append(count)
        self.idf = _Idf(self.terms)
        self.shaped = [heading_shaped(u.text) for u in units]
        self.caps_dateline = [_caps_dateline(u.text) for u in units]  # opens "HALIFAX — ": a story's lede
        self._shaped_before = list(accumulate(self.shaped, initial=0))  # [k]: how many of units[:k]
        # Whether the file writes its headlines in Title Case: half or more of its long
        # heading-shaped lines (8 words or more: headlines, mostly) are. If not, a short Title
        # Case line is a section heading's style.
        long_lines = [u.text for u, sh, n in zip(units, self.shaped, self.word_counts, strict=True) if sh and n >= 8]
        self.title_case_file = bool(long_lines) and sum(map(_title_case, long_lines)) * 2 >= len(long_lines)

    def features(self, i: int, last_headline: int) -> Features:
        u = self.units[i]
        text = u.text
        terms, shaped = self.terms, self.shaped
        start = last_headline + 1
        body_before = range(start, i)
        prev_idx = body_before[-self.PREV_WINDOW :]
        next_idx: list[int] = []
        j = i + 1
        while j < len(self.units) and len(next_idx) < self.NEXT_WINDOW:
            if not shaped[j]:
                next_idx.append(j)
            elif next_idx:
                break
            j += 1
        next_terms = [t for k in next_idx for t in terms[k]]
        cohesion = (
            _cosine(self.idf.vector(chain.from_iterable([terms[k] for k in prev_idx])), self.idf.vector(next_terms))
            if prev_idx
            else _NEUTRAL_COHESION  # right after a headline: no text before to compare with
        )
        # the lede: the first paragraph after it of more than a line's length (not a review's star
        # rating or a dateline on a line of its own)
        first = next(
            (k for k in next_idx if self.word_counts[k] > _SECTION_WORDS * 2), next_idx[0] if next_idx else None
        )
        lede_text = self.units[first].text if first is not None else ""
        lede_words = self.word_counts[first] if first is not None else 0
        # the nearest question subheading before it in the article, for a question
        last_question = (
            next((k for k in reversed(body_before) if shaped[k] and self.units[k].text.endswith("?")), None)
            if text.endswith("?")
            else None
        )
        caps_dateline_next = i > 0 and not shaped[i - 1] and i + 1 < len(self.units) and self.caps_dateline[i + 1]
        if 0 <= start <= i:
            subheadings = self._shaped_before[i] - self._shaped_before[start]
        else:
            subheadings = sum(shaped[k] for k in body_before)
        return Features(
            words=self.word_counts[i],
            kicker=bool(_KICKER.match(text)),
            attribution=bool(_ATTRIBUTION.search(text)) and not text.endswith(":"),
            semicolon=";" in text,
            question=text.endswith("?"),
            reporting_verb=bool(_REPORTING.search(text)),
            starts_with_number=text[:1].isdigit(),
            cohesion=cohesion,
            echo_next=_echo(terms[i], chain.from_iterable([terms[k] for k in next_idx[:2]])),
            echo_prev=_echo(terms[i], chain(terms[last_headline], *[terms[k] for k in body_before])),
            lede=lede_words >= 20 and bool(_LEDE_CUES.search(lede_text)),
            paragraphs_before=len(body_before) - subheadings,
            blank_around=u.blank_before and u.blank_after,
            echo_headline=_echo(terms[last_headline], next_terms) if last_headline >= 0 else 0.0,
            subheadings_before=subheadings,
            full_stop=not shaped[i],
            timeless=not shaped[i] and not _TIME_TOLD.search(text),
            question_subheading_before=last_question is not None,
            question_run=last_question is not None and last_question >= i - (_SECTION_PARAGRAPHS + 2),
            qa_headline=self._announces_questions(text, last_headline, body_before),
            qa_intro_before=text.endswith("?")
            and bool(body_before)
            and bool(_QA_INTRO.search(self.units[body_before[-1]].text)),
            numbered_after=self._numbered_after(i, body_before),
            pull_quote=self._pull_quote(i),
            section_phrase=bool(_SECTION_PHRASE.match(text))
            and self.word_counts[i] <= _SECTION_PHRASE_MAX_WORDS
            and ":" not in text,
            pair_phrase=bool(_PAIR_PHRASE.fullmatch(text)) and self.word_counts[i] <= _PAIR_PHRASE_MAX_WORDS,
            heading_next=self._heading_next(i),
            section_next=(section_next := self._section_next(i)),
            sections_owner=self._sections_owner(i, last_headline) if section_next and last_headline >= 0 else 0.0,
            section_before=self._section_before(i, start),
            # (the paragraph right after it, and it after a paragraph: not a score line under a headline)
            # (a short one too when its place is in capitals: "MILLMERRAN — Rob Fitzgerald has stopped …")
            dateline_next=caps_dateline_next
            or (first == i + 1 and i > 0 and not shaped[i - 1] and self._dateline_lede(text, lede_text)),
            caps_dateline_next=caps_dateline_next,
            note_next=i + 1 < len(self.units) and note_marker(self.units[i + 1].text) is not None,
            connective_next=bool(next_idx)
            and next_idx[0] == i + 1
            and bool(_CONNECTIVE_OPENING.match(self.units[i + 1].text)),
            quote_next=bool(next_idx) and next_idx[0] == i + 1 and _opens_with_quotation(self.units[i + 1].text),
            url_next=i + 1 < len(self.units) and is_url(self.units[i + 1].text),
            answer_next=text.endswith("?")
            and bool(next_idx)
            and next_idx[0] == i + 1
            and _answers(self.units[i + 1].text),
            title_case_section=not self.title_case_file
            and self.word_counts[i] <= _TITLE_CASE_SECTION_WORDS
            and not text.endswith("?")
            and _title_case(text),
            early_short=self.word_counts[i] <= _EARLY_SHORT_WORDS
            and not text.endswith("?")
            and subheadings == 0
            and 2 <= len(body_before) <= _EARLY_SHORT_PARAGRAPHS
            and not (self.title_case_file and _title_case(text)),  # ("Storm Closes Schools" where all are)
            new_topic=bool(next_idx)
            and cohesion < _NEW_TOPIC_COHESION
            and len(body_before) - subheadings >= _LONG_ARTICLE,
        )

    @staticmethod
    def _dateline_lede(text: str, lede: str) -> bool:
        """Does the paragraph after ``text`` open with a dateline? Not a speaker's label after a
        question ("Is 2026 too early?" / "Fahmida Khatun: It is ..."), nor a list's label after
        another ("Goalkeepers: ..." / "Defenders: ...")."""
        found = _OPENING_DATELINE.match(lede)
        if found is None or _defines_acronym(found.group()):
            return False
        if found.group()[-3:-1] == ": ":  # the "Name: " form (the match ends at the next word's letter)
            place = found.group()[:-3]
            if text.endswith("?") and place.isupper() and len(place) > 2:
                return True  # a place in capitals opens a news story, after a question too: "RANAU: "
            return not (text.endswith("?") or _OPENING_DATELINE.match(text))
        return True

    def _announces_questions(self, text: str, headline: int, body_before: Sequence[int]) -> bool:
        """The article's headline announces questions ("Q&A:", "Here's what you need to know", a
        quotation and who said it "on" what), or, for a question, its introduction does ("The
        interview has been edited", "She spoke to us about ..." just before it)."""
        if headline >= 0:
            head = self.units[headline].text
            if _QA_HEADLINE.match(head) or _QA_INTRO.search(head) or _INTERVIEW_HEADLINE.match(head):
                return True
        if not text.endswith("?"):
            return False
        if not body_before:
            return False
        # in its first paragraphs, or right before the first question ("… at a packed forum. We put
        # readers' questions to the candidates.")
        intro = [*body_before[:_QA_INTRO_PARAGRAPHS], body_before[-1]]
        return any(_QA_INTRO.search(self.units[k].text) for k in intro) or (
            len(body_before) <= _QA_INTRO_PARAGRAPHS and bool(_QA_SPOKE.search(self.units[body_before[-1]].text))
        )

    def _section_next(self, i: int) -> bool:
        """A short heading-shaped line followed, after a few paragraphs, by another one: section
        headings of a long read. (Not for questions: they have features of their own, and a
        long read's headline is often one.)"""
        return self._section_heading(i) and self._heading_after_paragraphs(
            i, range(i + 1, min(len(self.units), i + 2 + _SECTION_PARAGRAPHS))
        )

    def _heading_next(self, i: int) -> bool:
        """Another heading-shaped line follows directly, or after a wire's credit ("(Reporting by …)")."""
        k = i + 1
        while k < len(self.units) and _is_credit(self.units[k].text):
            k += 1
        return k < len(self.units) and self.shaped[k] and note_marker(self.units[k].text) is None

    def _sections_owner(self, i: int, headline: int) -> float:
        """Whose sections follow: the share of the candidate's terms, less that of the current
        headline's, that the paragraphs after the next heading repeat."""
        k = next((k for k in range(i + 2, len(self.units)) if self.shaped[k]), len(self.units))
        after = [j for j in range(k + 1, min(len(self.units), k + _OWNER_LINES)) if not self.shaped[j]][
            :_OWNER_PARAGRAPHS
        ]
        words = {t for j in after for t in self.terms[j]}
        return _echo(self.terms[i], words) - _echo(self.terms[headline], words)

    def _section_before(self, i: int, start: int) -> bool:
        """A short heading-shaped line one to four paragraphs after another such line of its article."""
        return self._section_heading(i) and self._heading_after_paragraphs(
            i, range(i - 1, max(start, i - 2 - _SECTION_PARAGRAPHS) - 1, -1)
        )

    def _section_heading(self, k: int) -> bool:
        """Heading-shaped, short and no question: what a section heading looks like."""
        return self.shaped[k] and self.word_counts[k] <= _SECTION_WORDS and not self.units[k].text.endswith("?")

    def _heading_after_paragraphs(self, i: int, ks: range) -> bool:
        """The nearest heading-shaped line in ``ks`` (going away from ``i``) is a section heading
        with at least one paragraph between."""
        k = next((k for k in ks if self.shaped[k]), None)
        if k is None or abs(k - i) <= 1 or not self._section_heading(k):
            return False
        # (not a headline whose lede opens with a dateline: "Kotoko legend dies at 78" / "KUMASI — ")
        return not (k + 1 < len(self.units) and self._dateline_lede(self.units[k].text, self.units[k + 1].text))

    def _pull_quote(self, i: int) -> bool:
        """A line that is all one quotation, said again word for word within the next paragraphs."""
        m = _QUOTED_LINE.fullmatch(self.units[i].text)
        if m is None or len(m.group(1).split()) < 4:
            return False
        said = " ".join(m.group(1).split()).rstrip(".,!?").lower().translate(_STRAIGHT_QUOTES)
        after = self.units[i + 1 : i + 1 + self.NEXT_WINDOW + 1]
        return any(said in " ".join(u.text.split()).lower().translate(_STRAIGHT_QUOTES) for u in after)

    def _numbered_after(self, i: int, body_before: range) -> bool:
        m = _NUMBERED.match(self.units[i].text)
        if m is None or int(m.group(1)) < 2:
            return False
        previous = f"{int(m.group(1)) - 1}"
        return any(
            self.shaped[k] and (p := _NUMBERED.match(self.units[k].text)) is not None and p.group(1) == previous
            for k in body_before
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


def _listish(units: Sequence[Unit], shaped: Sequence[bool] | None = None) -> list[bool]:
    """Per unit: could be a list item (heading-shaped and no Editor's Note marker)."""
    if shaped is None:
        shaped = [heading_shaped(u.text) for u in units]
    return [s and not note_marker(u.text) for s, u in zip(shaped, units, strict=True)]


def _in_run(listish: Sequence[bool], i: int) -> bool:
    """``_is_bullet_run`` from the units' ``_listish`` flags."""
    if not listish[i]:
        return False
    run = 1
    k = i - 1
    while k >= 0 and listish[k]:
        run += 1
        k -= 1
    k = i + 1
    while k < len(listish) and listish[k]:
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
    shaped = clf.shaped
    listish = _listish(units, shaped)
    stops = [not sh and full_stop_headline_shaped(u.text) for sh, u in zip(shaped, units, strict=True)]
    for i in range(len(units) - 1):  # two short sentences right before a dateline: a headline's candidate too
        if (
            clf.caps_dateline[i + 1]
            and not (shaped[i] or stops[i])
            and (_quote_said(units[i].text) or _two_sentences(units[i].text))
        ):
            stops[i] = True
    decisions: list[Decision] = []
    headlines: list[int] = []
    for i, u in enumerate(units):
        if forced:
            key = _key(u.text)
            if key in forced:
                decisions.append(Decision(u.line, u.text, forced[key], 1.0, "editor's override", forced=True))
                if forced[key]:
                    headlines.append(i)
                continue
        if i == 0:
            conf = 1.0 if shaped[i] else 0.6
            decisions.append(Decision(u.line, u.text, True, conf, "first line of the file"))
            headlines.append(i)
            continue
        if not (listish[i] or stops[i]) or _in_run(listish, i):  # not heading-shaped, a note's marker, or in a list
            continue
        if i == len(units) - 1:  # the file's last line heads nothing
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
        articles.append(
            _article(source_file, units[start:end], units[start].line in forced_lines, shaped[start + 1 : end])
        )
    return Segmentation(source_file, tuple(articles), tuple(decisions))


def _article(
    source_file: str, units: Sequence[Unit], forced: bool = False, body_shaped: Sequence[bool] | None = None
) -> RawArticle:
    """``body_shaped``: ``heading_shaped`` of each unit after the first, when known."""
    head, body = units[0], units[1:]
    shaped = [heading_shaped(u.text) for u in body] if body_shaped is None else body_shaped
    listish = _listish(body, shaped)
    blocks: list[Block] = []
    in_note = 0  # paragraphs still to mark as part of an Editor's Note
    for k, u in enumerate(body):
        kind: BlockKind
        marker = note_marker(u.text)
        if marker:
            kind, in_note = "note", (0 if marker.group(2) else 3)
        elif in_note and u.blank_before and not shaped[k]:
            kind, in_note = "note", in_note - 1
        elif is_url(u.text):
            kind, in_note = "url", 0
        elif shaped[k] and not is_dateline(u.text) and not _in_run(listish, k):
            kind, in_note = "subheading", 0
        else:
            kind, in_note = "paragraph", 0
        blocks.append(Block(kind, u.text, u.line))
    last = body[-1].line if body else head.line
    return RawArticle(source_file, head.line, last, head.text, tuple(blocks), forced)
