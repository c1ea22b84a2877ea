"""The build cache: content-hash keyed pickles (shareable between machines) and the fingerprint
of a build's inputs, so an unchanged site is not rebuilt."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from sitegen.config import Config

SITEGEN_DIR = Path(__file__).resolve().parent


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode() if isinstance(p, str) else p)
        h.update(b"\x00")
    return h.hexdigest()


def code_version(*files: Path) -> str:
    """Changes whenever one of these source files changes (so stale entries are never used)."""
    return digest(*(f.read_bytes() for f in files))


def source_file(module: ModuleType) -> Path:
    """A module's ``.py`` file, also when it runs compiled (mypyc's ``.so`` lies beside it): the
    compiled module and its source give the same results, so they share cache entries."""
    return Path(module.__file__ or "").with_name(module.__name__.rpartition(".")[2] + ".py")


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file and rename it over ``path``: readers see old or new, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _write_new(tmp, data)
    os.replace(tmp, path)


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (its folder made if missing), with plain system calls."""
    try:
        fd = os.open(path, _NEW_FILE, 0o666)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


class PickleCache:
    """One small file per key under ``folder/ab/abcdef….pickle``; None disables it."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any:
        if self.folder is None:
            return None
        try:
            return pickle.loads(self._path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError):
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key``. Written in place, not through a temporary file: an entry
        cut short (a build stopped mid-write, two writers at once) does not unpickle, so ``get``
        misses it and the value is computed again; every writer of a key writes the same value."""
        if self.folder is None:
            return
        _write_new(self._path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    @staticmethod
    def load_file(path: Path | None) -> dict[str, Any]:
        """A whole mapping stored in one pickle file ({} if missing or unreadable)."""
        if path is None:
            return {}
        try:
            value = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError):
            return {}
        return value if isinstance(value, dict) else {}

    @staticmethod
    def save_file(path: Path | None, value: dict[str, Any]) -> None:
        if path is not None:
            write_atomic(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _stat_lines(paths: Iterable[Path], root: Path) -> list[str]:
    out = []
    for p in paths:
        try:
            st = p.stat()
        except OSError:
            continue
        out.append(f"{p.relative_to(root) if root in p.parents else p}:{st.st_size}:{st.st_mtime_ns}")
    return out


def _tree(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _sha1(path: Path) -> str | None:
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _content_lines(paths: Iterable[Path]) -> list[str]:
    return [f"{p.name}:{sha1}" for p in paths if (sha1 := _sha1(p)) is not None]


@dataclass(frozen=True)
class Fingerprint:
    """Everything a build reads, digested: ``rest`` (code, config, corpus, overrides, aliases,
    theme) and the Markdown pages, each by its file name and the sha1 of its content."""

    rest: str
    pages: tuple[tuple[str, str], ...]

    @property
    def value(self) -> str:
        return digest(self.rest, *(f"{name}:{sha1}" for name, sha1 in self.pages))

    def with_pages(self, folder: Path, held: Mapping[str, str]) -> Fingerprint:
        """The same inputs with the pages' folder as the build left it: the pages it merged by
        what it knows they hold (``held``: file name → sha1), any other file read.

        ``rest`` stays what it was when the build started, before it read those inputs: a file
        changed meanwhile makes the next build differ, so it builds again."""
        pages = []
        for path in sorted(folder.glob("*.md")):
            sha1 = held.get(path.name) or _sha1(path)
            if sha1 is not None:
                pages.append((path.name, sha1))
        return dataclasses.replace(self, pages=tuple(pages))


def inputs_fingerprint(config: Config) -> Fingerprint:
    """Everything a build reads: code, config, corpus, pages, overrides, aliases, theme.

    The content the editors change is compared by content (an edit right after a build can keep
    a file's size and timestamp); code and theme files by size and modification time.
    """
    code: list[Path] = sorted(SITEGEN_DIR.rglob("*.py")) + sorted(SITEGEN_DIR.rglob("*.toml"))
    for d in (*config.template_dirs, *config.static_dirs, SITEGEN_DIR / "enrich" / "data"):
        code += _tree(d)
    content = [config.config_file, config.overrides_file, config.aliases_file]
    content += sorted(config.corpus_dir.glob("*.txt"))
    rest = digest(repr(config), *_stat_lines(code, config.site_dir), *_content_lines(content))
    return Fingerprint(rest, ()).with_pages(config.articles_dir, {})


def last_fingerprint(config: Config) -> str | None:
    try:
        return (config.output_state_dir / "last-build").read_text().strip()
    except OSError:
        return None


def save_fingerprint(config: Config, value: str) -> None:
    config.output_state_dir.mkdir(parents=True, exist_ok=True)
    (config.output_state_dir / "last-build").write_text(value + "\n")
