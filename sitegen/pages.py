"""Markdown pages with YAML front matter: writing them, reading them, keeping editors' changes.

Every generated page ends its front matter with ``generated``: a short fingerprint of each value
sitegen wrote. On the next build a field whose value no longer matches its fingerprint was
changed by hand, so the editor's value is kept and wins over the newly inferred one; untouched
fields follow the corpus and the enrichment. A page with no ``generated`` key is hand-written
and never rewritten.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import math
import pickle
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from sitegen import fanout
from sitegen.cache import PickleCache, write_atomic
from sitegen.errors import InputError
from sitegen.model import ENTITY_KEYS, ENTITY_TYPES, Article, DateInfo, EntityMention, RawArticle

try:
    _Loader: type = yaml.CSafeLoader
    _Dumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML without libyaml
    _Loader, _Dumper = yaml.SafeLoader, yaml.SafeDumper

FINGERPRINT_KEY = "generated"
BODY_KEY = "body"
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LEADING = re.compile(r"^(\s*)([#+=-]|\d+[.)])(?=\s|$)")


# --- body -----------------------------------------------------------------------------------


def escape_markdown(text: str) -> str:
    """Corpus text as literal Markdown: no emphasis, links, HTML or block syntax from the text."""
    if _MD_SPECIAL.search(text) is not None:  # most text has nothing to escape: skip the substitution
        text = _MD_SPECIAL.sub(r"\\\1", text)
    m = _MD_LEADING.match(text)  # '^' without MULTILINE: the one place it can match
    if m is None:
        return text
    mark = m.group(2)
    return m.group(1) + (mark[:-1] + "\\" + mark[-1] if mark[0].isdigit() else "\\" + mark) + text[m.end() :]


MAX_TITLE = 200  # characters; a longer first line is no headline, whatever the segmenter had to do


def headline_of(raw: RawArticle) -> tuple[str, str | None]:
    """The page title, and the article's first line when it is too long to be one (it then opens
    the body, so no text is lost). A line an editor forced to be a headline stays the title."""
    title = raw.title
    if raw.forced or (len(title) <= MAX_TITLE and len(title.split()) <= 40):
        return title, None
    short = " ".join(title.split()[:14])
    if len(short) > 120:
        short = short[:120].rsplit(" ", 1)[0]
    return short.rstrip(",;:.!?") + "…", title


_NOTE_HEAD = re.compile(r"^(Editor['’]?s?['’]?\s+Note\s*:?)\s*(.*)$", re.IGNORECASE)
_NOT_IN_URL = re.compile(r"[\s<>]")


def body_markdown(raw: RawArticle) -> str:
    out: list[str] = []
    note: list[str] = []
    lead = headline_of(raw)[1]
    if lead is not None:
        out.append(escape_markdown(lead))
    for block in raw.blocks:
        text = block.text
        if block.kind == "note":
            m = _NOTE_HEAD.match(text)
            if m and not note:
                note.append(
                    f"> **{escape_markdown(m.group(1))}**" + (f" {escape_markdown(m.group(2))}" if m.group(2) else "")
                )
            else:
                note.append("> " + escape_markdown(text))
            continue
        if note:  # the note ends
            out.append("\n>\n".join(note))
            note.clear()
        if block.kind == "subheading":
            out.append("## " + escape_markdown(text))
        elif block.kind == "url":
            url = text.strip()
            url = url if "://" in url else "https://" + url
            out.append(f"<{url}>" if not _NOT_IN_URL.search(url) else escape_markdown(text))
        else:
            out.append(escape_markdown(text))
    if note:
        out.append("\n>\n".join(note))
    return "\n\n".join(out) + "\n"


def summary_of(raw: RawArticle, limit: int = 220) -> str:
    return _summary(raw, headline_of(raw)[1], limit)


def _summary(raw: RawArticle, lead: str | None, limit: int = 220) -> str:
    first = lead or next((b.text for b in raw.blocks if b.kind == "paragraph"), "")
    if len(first) <= limit:
        return first
    cut = first[:limit]
    end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    if end > limit // 2:
        return cut[: end + 1]
    return cut[: cut.rfind(" ")].rstrip(",;:") + "…"


# ASCII text as bytes → b" " where str.split() splits, b"x" elsewhere: words start at b" x".
_SPLIT_BYTES = bytes(32 if chr(c).isspace() else 120 for c in range(256))


def _count_words(text: str) -> int:
    """``len(text.split())``, without making the words when the text is ASCII."""
    if not text.isascii():
        return len(text.split())
    marks = text.encode("ascii").translate(_SPLIT_BYTES)
    return marks.count(b" x") + (1 if marks[:1] == b"x" else 0)


def word_count(raw: RawArticle) -> int:
    # The texts joined by spaces hold the same words as the texts one by one.
    return _count_words(" ".join([raw.title, *[b.text for b in raw.blocks]]))


# --- front matter ---------------------------------------------------------------------------


def front_matter(
    raw: RawArticle,
    slug: str,
    date: DateInfo,
    topics: tuple[str, ...],
    entities: tuple[EntityMention, ...],
    topic_scores: tuple[tuple[str, float], ...],
) -> dict[str, Any]:
    """The generated front matter of one article (the keys are a contract)."""
    words = word_count(raw)
    title, lead = headline_of(raw)
    return {
        "title": title,
        "slug": slug,
        "date": date.date,
        "date_precision": date.precision,
        "date_evidence": date.evidence,
        "topics": list(topics),
        "entities": {ENTITY_KEYS[t]: [e.name for e in entities if e.type == t] for t in ENTITY_TYPES},
        "source": {"file": raw.source_file, "lines": [raw.first_line, raw.last_line]},
        "summary": _summary(raw, lead),
        "word_count": words,
        "reading_time": max(1, round(words / 230)),
        "topic_scores": {name: round(score, 3) for name, score in topic_scores},
        "entity_details": [
            {"name": e.name, "type": e.type, "count": e.count, "aliases": list(e.aliases), "sentence": e.sentence}
            for e in entities
        ],
    }


# One encoder each, made once: json.dumps with options builds a new encoder on every call.
_FINGERPRINT_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, default=str).encode
_quote = json.JSONEncoder(ensure_ascii=False).encode
# What both encoders do with a str: the JSON string literal, non-ASCII characters kept.
_json_string = json.encoder.encode_basestring
# Its quicker ASCII-only twin writes the same literal for an ASCII string without DEL (which it
# escapes as \u007f); both escape the other control characters alike.
_json_ascii = json.encoder.encode_basestring_ascii
_sha1 = hashlib.sha1


def fingerprint(value: Any) -> str:
    """The first 10 hex digits of the SHA-1 of the value's sorted-keys JSON (non-ASCII kept)."""
    kind = type(value)
    if kind is str:
        blob = _json_ascii(value) if value.isascii() and "\x7f" not in value else _json_string(value)
    elif kind is int:
        blob = str(value)  # what the encoder writes for an int
    else:
        blob = _FINGERPRINT_JSON(value)
    return _sha1(blob.encode()).hexdigest()[:10]


_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Characters YAML can't hold literally: outside its printable set, and the line breaks U+0085,
# U+2028, U+2029 that JSON leaves as they are. (One character class: a search tries one test
# per character instead of two alternatives.)
_NOT_YAML_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _yaml_escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def _scalar(value: Any) -> str:
    # The types a generated page holds, by exact type; anything else (subclasses too) below.
    kind = type(value)
    if kind is str:  # the JSON literal, with what YAML can't hold escaped
        # JSON escapes every control character below 32: the literal of an ASCII string without
        # DEL is printable ASCII. Else every character to escape is one str.isprintable rejects
        # (and the literal holds no line break or tab for it to trip on).
        if value.isascii() and "\x7f" not in value:
            return _json_ascii(value)
        text = _json_string(value)
        return text if text.isprintable() else _NOT_YAML_PRINTABLE.sub(_yaml_escape, text)
    if kind is int:
        return str(value)
    if kind is list or kind is tuple:
        return "[" + ", ".join([_scalar(v) for v in value]) + "]"
    if kind is dict:
        return "{" + ", ".join([f"{_key(k)}: {_scalar(v)}" for k, v in value.items()]) + "}"
    if kind is float and math.isfinite(value):
        text = repr(value)
        if "." in text and "e" not in text:
            return text
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # the shortest text that reads back as the same float
        if value != value or value in (math.inf, -math.inf):
            return ".nan" if value != value else (".inf" if value > 0 else "-.inf")
        text = repr(value)
        mantissa, e, exponent = text.partition("e")
        return (mantissa if "." in mantissa else mantissa + ".0") + (e + exponent if e else "")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = _quote(value)
        if _NOT_YAML_PRINTABLE.search(text) is None:
            return text
        return _NOT_YAML_PRINTABLE.sub(_yaml_escape, text)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {_scalar(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to front matter")


_KEY_TEXT: dict[str, str] = {}  # str key → _key(key): pages use few keys, again and again


def _key(key: Any) -> str:
    if type(key) is str:
        text = _KEY_TEXT.get(key)
        if text is None:
            text = key if _PLAIN_KEY.match(key) else _scalar(key)
            if len(_KEY_TEXT) < 10_000:
                _KEY_TEXT[key] = text
        return text
    key = str(key)
    return key if _PLAIN_KEY.match(key) else _scalar(key)


def _emit(out: list[str], mapping: Mapping[str, Any], indent: str) -> None:
    append = out.append
    for key, value in mapping.items():
        if isinstance(value, dict) and value and indent == "" and not any(isinstance(v, dict) for v in value.values()):
            append(f"{_key(key)}:")
            for k, v in value.items():
                append(f"  {_key(k)}: {_scalar(v)}")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            append(f"{indent}{_key(key)}:")
            for v in value:
                append(f"{indent}  - {_scalar(v)}")
        else:
            append(f"{indent}{_key(key)}: {_scalar(value)}")


def dump_page(front: Mapping[str, Any], body: str) -> str:
    """Front matter as YAML (block mappings, flow lists, JSON-style quoted strings) + body."""
    lines: list[str] = []
    _emit(lines, front, "")
    return "---\n" + "\n".join(lines) + "\n---\n\n" + body


def parse_page(text: str, path: Path) -> tuple[dict[str, Any], str]:
    m = _FRONT.match(text.lstrip("\ufeff"))
    if not m:
        raise InputError("no YAML front matter (the page must start with a '---' line)", path, 1)
    try:
        front = yaml.load(m.group(1) or "", Loader=_Loader) or {}
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 2 if exc.problem_mark else 1
        raise InputError(f"invalid YAML front matter: {exc.problem}", path, line) from None
    except yaml.reader.ReaderError as exc:  # a control character: name it and its line, on one line
        line = (m.group(1) or "").count("\n", 0, exc.position) + 2
        raise InputError(
            f"invalid YAML front matter: character #x{exc.character:04x} is not allowed", path, line
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML front matter: {str(exc).splitlines()[0]}", path, 1) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a value PyYAML can't construct: 2024-13-45
        raise InputError(
            f"invalid value in YAML front matter: {exc}", path, _bad_value_line(m.group(1) or "")
        ) from None
    if not isinstance(front, dict):
        raise InputError("front matter must be a mapping of keys to values", path, 2)
    return front, text[m.end() :].lstrip("\n")


_TIMESTAMP = re.compile(r"(?<![\w-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w-])")


def _bad_value_line(front_text: str) -> int:
    """The line of the first date-like value that is no date (PyYAML's error carries no line)."""
    for n, line in enumerate(front_text.split("\n"), 2):
        for y, mo, d in _TIMESTAMP.findall(line):
            try:
                dt.date(int(y), int(mo), int(d))
            except ValueError:
                return n
    return 1


def _number(value: Any, kind: type, bad: Any, key: str) -> Any:
    try:
        if isinstance(value, bool):
            raise TypeError
        return kind(value)
    except (TypeError, ValueError, OverflowError):
        raise bad(key, f"must be a number, not {value!r}") from None


@dataclass(frozen=True)
class Merge:
    text: str  # the page as it must be on disk
    front: dict[str, Any]
    body: str
    edited: tuple[str, ...]  # fields kept from the editor


def _prints(front: Mapping[str, Any], body: str) -> dict[str, str]:
    prints = {k: fingerprint(v) for k, v in front.items()}
    prints[BODY_KEY] = fingerprint(body)
    return prints


def fresh_page(front: dict[str, Any], body: str, prints: dict[str, str] | None = None) -> str:
    """A generated page as sitegen writes it when no file holds it yet: with the fingerprints of
    its values (``prints``, if the caller has them), by which a later merge tells the editor's
    changes."""
    return dump_page({**front, FINGERPRINT_KEY: prints if prints is not None else _prints(front, body)}, body)


def merge_page(existing: str | None, path: Path, front: dict[str, Any], body: str) -> Merge:
    """Combine freshly generated values with an existing page, keeping every hand edit."""
    prints = _prints(front, body)
    fresh = fresh_page(front, body, prints)
    if existing is None or existing == fresh:
        return Merge(fresh, front, body, ())
    cur_front, cur_body = parse_page(existing, path)
    old_prints = cur_front.get(FINGERPRINT_KEY)
    if not isinstance(old_prints, dict):  # hand-written page: never rewritten
        return Merge(existing, cur_front, cur_body, ("*",))
    merged: dict[str, Any] = {}
    edited: list[str] = []
    for key, value in front.items():
        if key in cur_front and fingerprint(cur_front[key]) != old_prints.get(key):
            merged[key] = cur_front[key]
            edited.append(key)
        elif key not in cur_front and key in old_prints:
            edited.append(key)  # deleted by the editor: it stays deleted
        else:
            merged[key] = value
    for key, value in cur_front.items():  # keys the editor added
        if key not in front and key != FINGERPRINT_KEY:
            merged[key] = value
            edited.append(key)
    new_body = body
    if fingerprint(cur_body) != old_prints.get(BODY_KEY):
        new_body = cur_body
        edited.append(BODY_KEY)
    new_prints = {k: (old_prints.get(k, prints[k]) if k in edited else prints[k]) for k in prints}
    out_front = {**merged, FINGERPRINT_KEY: new_prints}
    text = dump_page(out_front, new_body)
    return Merge(text, merged, new_body, tuple(edited))


def is_untouched(existing: str, path: Path) -> bool:
    """True when a generated page holds no hand edit at all (safe to delete when stale)."""
    front, body = parse_page(existing, path)
    prints = front.get(FINGERPRINT_KEY)
    if not isinstance(prints, dict):
        return False
    if fingerprint(body) != prints.get(BODY_KEY):
        return False
    return all(k == FINGERPRINT_KEY or fingerprint(v) == prints.get(k) for k, v in front.items())


# --- reading a page back into an Article ----------------------------------------------------


def _line_of_key(text: str, key: str) -> int:
    m = re.search(rf"^{re.escape(key)}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else 1


def article_from_page(front: Mapping[str, Any], body: str, path: Path, page_text: str) -> Article:
    def bad(key: str, msg: str) -> InputError:
        return InputError(f"'{key}' {msg}", path, _line_of_key(page_text, key))

    title = front.get("title")
    if not isinstance(title, str) or not title.strip():
        raise bad("title", "must be a non-empty string")
    slug = path.stem
    date = front.get("date")
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise bad("date", f"must be an ISO date like 2024-12-27, not {date!r}") from None
    if date is not None and not isinstance(date, dt.date):
        raise bad("date", "must be an ISO date like 2024-12-27")
    precision = front.get("date_precision", "day" if date else "unknown")
    if precision not in ("day", "month", "year", "unknown"):
        raise bad("date_precision", "must be one of day, month, year, unknown")
    if date is None:
        precision = "unknown"
    elif precision == "unknown":
        precision = "year"
    topics = front.get("topics") or []
    if isinstance(topics, str):
        topics = [topics]
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise bad("topics", "must be a list of topic names")
    entities = _entities(front, bad)
    source = front.get("source") or {}
    lines = source.get("lines", [0, 0]) if isinstance(source, dict) else [0, 0]
    if not (isinstance(lines, list) and len(lines) == 2 and all(isinstance(n, int) for n in lines)):
        raise bad("source", "lines must be [first, last]")
    scores_raw = front.get("topic_scores") or {}
    scores = (
        tuple(
            [
                (
                    k if type(k) is str else str(k),
                    v if type(v) is float else _number(v, float, bad, "topic_scores"),  # float(v) is v
                )
                for k, v in scores_raw.items()
            ]
        )
        if isinstance(scores_raw, dict)
        else ()
    )
    words = front.get("word_count") or len(body.split())  # the body's words only when no count is given
    return Article(
        slug=slug,
        title=title.strip(),
        date=DateInfo(date, precision, str(front.get("date_evidence") or "set by hand")),
        topics=tuple(dict.fromkeys(t.strip() for t in topics if t.strip())),
        entities=entities,
        source_file=str(source.get("file", "")) if isinstance(source, dict) else "",
        source_lines=(lines[0], lines[1]),
        body_markdown=body,
        summary=str(front.get("summary") or ""),
        word_count=words if type(words) is int else _number(words, int, bad, "word_count"),
        topic_scores=scores,
    )


_NO_DETAILS: Mapping[str, Any] = {}  # only read


def _entities(front: Mapping[str, Any], bad: Any) -> tuple[EntityMention, ...]:
    listed = front.get("entities") or {}
    if not isinstance(listed, dict):
        raise bad("entities", "must map people / organizations / places to lists of names")
    listed_details = front.get("entity_details") or []
    if not isinstance(listed_details, list):
        raise bad("entity_details", "must be a list of entries (type, name, count, aliases, sentence)")
    details = {(d.get("type"), d.get("name")): d for d in listed_details if isinstance(d, dict)}
    out: list[EntityMention] = []
    for type_ in ENTITY_TYPES:
        names = listed.get(ENTITY_KEYS[type_]) or []
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise bad("entities", f"'{ENTITY_KEYS[type_]}' must be a list of names")
        for name in names:
            d = details.get((type_, name), _NO_DETAILS)
            stripped = name.strip()
            count = d.get("count", 1)
            if type(count) is not int:  # int(count) is count
                count = _number(count, int, bad, "entity_details")
            aliases = d.get("aliases", ())
            if not isinstance(aliases, (list, tuple)) or not all(isinstance(a, str) for a in aliases):
                raise bad("entity_details", f"the aliases of '{stripped}' must be a list of names")
            aliases = tuple(aliases)
            sentence = d.get("sentence", "")
            out.append(
                EntityMention(stripped, type_, count, aliases, sentence if type(sentence) is str else str(sentence))
            )
    return tuple(out)


# --- syncing content/articles/ --------------------------------------------------------------


@dataclass(frozen=True)
class GeneratedPage:
    slug: str
    front: dict[str, Any]
    body: str


@dataclass(frozen=True)
class SyncResult:
    articles: tuple[Article, ...]
    edited: tuple[tuple[str, tuple[str, ...]], ...]  # (slug, fields kept from the editor)
    written: int
    removed: int
    kept_orphans: tuple[str, ...]  # edited pages whose article left the corpus
    held: Mapping[str, str] = field(default_factory=dict)  # page file name → sha1 of what it now holds
    memo: dict[str, Any] = field(default_factory=dict)  # for the next sync: see ``save_memo``


def _not_a_page(path: Path) -> bool:
    """A folder's README and files starting with '_' or '.' are notes, not pages."""
    return path.name.startswith(("_", ".")) or path.stem.casefold() == "readme"


def _content_hash(path: Path) -> str | None:
    """What a page file holds (by content: a quick edit can keep its size and timestamp)."""
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _pages_by_body(existing: Mapping[str, Path], wanted: set[str]) -> dict[str, Path]:
    """Pages no generated article claims, by the fingerprint of the body sitegen last wrote."""
    out: dict[str, Path] = {}
    for slug, path in sorted(existing.items()):
        if slug in wanted:
            continue
        try:
            front, _body = parse_page(path.read_text(encoding="utf-8-sig"), path)
        except (InputError, UnicodeDecodeError):
            continue
        prints = front.get(FINGERPRINT_KEY)
        if isinstance(prints, dict) and isinstance(prints.get(BODY_KEY), str):
            out.setdefault(prints[BODY_KEY], path)
    return out


@dataclass(frozen=True)
class _Synced:
    """One page merged and written: what the memo keeps of it."""

    key: str  # digest of what was generated
    file_hash: str  # digest of what the file now holds
    article: Article
    edited: tuple[str, ...]
    written: bool


# (path; new content, or the index of a generated page to write as new, or None to remove it;
# what the file held when it was merged, or None if absent)
_Write = tuple[Path, bytes | int | None, bytes | None]


def _sync_one(
    index: int,
    page: GeneratedPage,
    path: Path,
    source: Path | None,
    key: str,
    sink: fanout.Sink[_Write, tuple[str, str]],
) -> _Synced:
    """Merge a generated page with the file it replaces (``source``: the same path, or the page
    of a renamed article), have it written if it changed (``sink``), and read it as an Article.
    A page with no file to merge with is read from what was generated, and its text is made
    (and hashed: ``file_hash`` is left empty here) by the writer, from its own copy of the
    generated pages (``index``: a forked writer inherited them, nothing is sent but the index)."""
    if source is None:
        sink.put((path, index, None))
        return _Synced(key, "", _article_of_new(page, path), (), True)
    raw = source.read_bytes()
    try:
        old = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("page is not UTF-8 text", source, 1) from None
    merge = merge_page(old, path, page.front, page.body)
    data = merge.text.encode("utf-8")
    written = merge.text != old or source != path
    if written:
        sink.put((path, data, raw if source == path else None))
    if source != path:
        sink.put((source, None, raw))
    article = article_from_page(merge.front, merge.body, path, merge.text)
    held = data if written else raw  # unwritten, the file keeps its bytes (a BOM, say)
    return _Synced(key, hashlib.sha1(held).hexdigest(), article, merge.edited, written)


def _article_of_new(page: GeneratedPage, path: Path) -> Article:
    try:
        return article_from_page(page.front, page.body, path, "")
    except InputError:  # again, with the page's text, for the line the error names
        return article_from_page(page.front, page.body, path, fresh_page(page.front, page.body))


def _write_pages(generated: Sequence[GeneratedPage], writes: list[_Write]) -> list[tuple[str, str]]:
    """Write (or remove) merged pages, each only if the file still holds what was merged: a page
    an editor saved meanwhile is left as it is (the next build merges it). A new page is made
    here from ``generated``. Returns the file name and the sha1 of each new page's text."""
    made: list[tuple[str, str]] = []
    for path, content, merged in writes:
        if isinstance(content, int):
            page = generated[content]
            content = fresh_page(page.front, page.body).encode("utf-8")
            made.append((path.name, hashlib.sha1(content).hexdigest()))
        try:
            held: bytes | None = path.read_bytes()
        except FileNotFoundError:
            held = None
        if held != merged:
            continue
        if content is None:
            path.unlink()
        else:
            write_atomic(path, content)
    return made


def _path_of(write: _Write) -> str:
    return write[0].name


def sync_pages(
    folder: Path, generated: list[GeneratedPage], memo_file: Path | None = None, workers: int = 1
) -> SyncResult:
    """Write generated pages into ``folder``, keeping hand edits; read every page back.

    ``memo_file`` remembers, per page, what was generated and what the file held: a page whose
    generated content and file are both unchanged since then is not parsed or written again. The
    new memo is returned, for the caller to save when it suits it (``save_memo``: the build does
    it while the search index is made; at 100,000 pages the pickle takes seconds).
    (Merging in forked workers was measured and dropped: the workers' results, whole articles,
    had to come back pickled; in-process builds were 1.4 s quicker at 10,000 pages. Creating the
    files is the other half of the stage's time, so that is what a forked child does, beside the
    merging.)
    """
    folder.mkdir(parents=True, exist_ok=True)
    existing = {p.stem: p for p in folder.glob("*.md") if p.is_file() and not _not_a_page(p)}
    memo = PickleCache.load_file(memo_file)
    new_memo: dict[str, Any] = {}
    done: dict[int, _Synced] = {}
    wanted = {page.slug for page in generated}
    moved: dict[str, Path] | None = None  # body fingerprint → page left by a renamed article
    jobs: list[tuple[int, GeneratedPage, Path, Path | None, str]] = []
    for i, page in enumerate(generated):
        path = folder / f"{page.slug}.md"
        key = hashlib.sha1(pickle.dumps((page.front, page.body), protocol=4)).hexdigest()
        hit = memo.get(page.slug)
        if hit is not None and hit[0] == key and page.slug in existing and hit[1] == _content_hash(path):
            existing.pop(page.slug)
            done[i] = _Synced(key, hit[1], hit[2], hit[3], False)
            continue
        source = existing.pop(page.slug, None)
        if source is None:  # a new slug: perhaps the headline changed and the page has edits to keep
            if moved is None:
                moved = _pages_by_body(existing, wanted)
            source = moved.pop(fingerprint(page.body), None)
            if source is not None:
                existing.pop(source.stem, None)
        jobs.append((i, page, path, source, key))
    # With ``workers`` > 1 the files are written by a forked child while the next pages are merged
    # here (creating thousands of files is as dear as merging them), or here when forking doesn't pay.
    fork = workers > 1 and len(jobs) >= fanout.MIN_ITEMS and fanout.can_fork(1)
    # Two writers when the cores allow: creating files is the larger half of the stage's work.
    # (All the writes to one file go to one writer, in order: a renamed page's removal and
    # the page that takes its name.)
    writers = 2 if fork and fanout.can_fork(2) else 1
    with fanout.Sink(partial(_write_pages, generated), fork, children=writers, lane=_path_of) as sink:
        for i, page, path, source, key in jobs:
            done[i] = _sync_one(i, page, path, source, key, sink)
        made = dict(sink.close())
    for i, one in done.items():
        if not one.file_hash:  # a new page: hashed by the writer
            done[i] = dataclasses.replace(one, file_hash=made[f"{generated[i].slug}.md"])
    articles: list[Article] = []
    edited: list[tuple[str, tuple[str, ...]]] = []
    for i, page in enumerate(generated):
        one = done[i]
        articles.append(one.article)
        if one.edited:
            edited.append((page.slug, one.edited))
        new_memo[page.slug] = (one.key, one.file_hash, one.article, one.edited)
    written = sum(one.written for one in done.values())
    removed = 0
    orphans: list[str] = []
    for slug, path in sorted(existing.items()):
        text = path.read_text(encoding="utf-8-sig")
        if is_untouched(text, path):
            path.unlink()
            removed += 1
            continue
        front, body = parse_page(text, path)
        front.pop(FINGERPRINT_KEY, None)
        articles.append(article_from_page(front, body, path, text))
        orphans.append(slug)
    held = {f"{page.slug}.md": done[i].file_hash for i, page in enumerate(generated)}
    return SyncResult(tuple(articles), tuple(edited), written, removed, tuple(orphans), held, new_memo)


def save_memo(memo_file: Path | None, synced: SyncResult) -> None:
    """Keep what ``sync_pages`` merged for the next one to skip."""
    PickleCache.save_file(memo_file, synced.memo)
