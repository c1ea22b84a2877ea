"""Reading corpus files: encoding detection, binary and empty files, the editor's overrides."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from sitegen.errors import ConfigError, InputError

MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class CorpusFile:
    name: str
    path: Path
    text: str
    encoding: str


def corpus_paths(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.is_dir():
        raise InputError("no corpus folder (expected content/corpus/*.txt)", corpus_dir)
    return sorted(p for p in corpus_dir.glob("*.txt") if p.is_file())


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode a corpus file: UTF-8 (with or without BOM) first, else the most likely encoding."""
    if b"\x00" in data[:65536] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        offset = data.index(b"\x00")
        line = data.count(b"\n", 0, offset) + 1
        raise InputError("binary data (NUL byte), not a text file", path, line)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("not UTF-8 and no other text encoding fits", path, bad_line)
    return str(best), best.encoding


def read_corpus_file(path: Path) -> CorpusFile:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large ({size} bytes)", path)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    text, encoding = decode(data, path)
    return CorpusFile(path.name, path, text, encoding)


def load_overrides(path: Path) -> dict[str, bool]:
    """The editor's segmentation overrides: ``headlines = [...]`` and ``not_headlines = [...]``."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML: {exc}", path) from None
    out: dict[str, bool] = {}
    for key, flag in (("headlines", True), ("not_headlines", False)):
        items = data.pop(key, [])
        if not isinstance(items, list) or not all(isinstance(s, str) for s in items):
            raise ConfigError(f"'{key}' must be a list of line texts", path)
        out.update({s: flag for s in items})
    if data:
        raise ConfigError(f"unknown key '{sorted(data)[0]}' (known: headlines, not_headlines)", path)
    return out
