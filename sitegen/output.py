"""Atomic output: write the whole site into a staging folder, then swap it in for public/.

A failed or killed build leaves the previous public/ complete. Only public/ (when sitegen made
it: it carries a marker file), content/articles/ and the cache folder are ever written or deleted.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import re
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

from sitegen.cache import PickleCache
from sitegen.errors import SitegenError

MARKER = ".sitegen-output"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class OutputError(SitegenError):
    pass


def check_public(public: Path) -> None:
    """Refuse to replace anything sitegen did not make."""
    if public.is_symlink():
        raise OutputError("public/ is a symbolic link; refusing to replace it", public)
    if public.exists():
        if not public.is_dir():
            raise OutputError("public exists and is not a folder; refusing to replace it", public)
        if not (public / MARKER).is_file() and any(public.iterdir()):
            raise OutputError(f"public/ holds files sitegen did not write (no {MARKER}); move them away first", public)


def is_sitegen_output(public: Path) -> bool:
    return public.is_dir() and not public.is_symlink() and (public / MARKER).is_file()


def _state_path(cache_dir: Path, build_id: str) -> Path:
    return cache_dir / "states" / f"{build_id}.pickle"


def marker_id(folder: Path) -> str | None:
    """The id of the build a sitegen output folder holds (its marker's first line)."""
    try:
        line = (folder / MARKER).read_text().splitlines()[0].strip()
    except (OSError, IndexError):
        return None
    return line if re.fullmatch(r"[0-9a-f]{40}", line) else None


def _write_marker(folder: Path, build_id: str) -> None:
    (folder / MARKER).write_text(f"{build_id}\nWritten by sitegen. This folder is replaced on every build.\n")


def load_state(cache_dir: Path, build_id: str | None) -> dict[str, str]:
    return PickleCache.load_file(_state_path(cache_dir, build_id)) if build_id else {}


def state_id(state: Mapping[str, str]) -> str:
    """A build's id: the digest of its state, so the same output always has the same marker."""
    h = hashlib.sha1()
    for path in sorted(state):
        h.update(f"{path}\x00{state[path]}\n".encode())
    return h.hexdigest()


def open_buffer(cache_dir: Path) -> tuple[Path, dict[str, str]]:
    """The staging folder to build into, and what it holds (output path → input digest).

    After a swap the staging folder holds the previous public/, so a build only rewrites what
    changed since then. A folder whose state is unknown (first build, a killed build) is emptied.
    """
    stage = cache_dir / "staging"
    state = load_state(cache_dir, marker_id(stage)) if stage.is_dir() and not stage.is_symlink() else {}
    if not state:
        return staging_dir(cache_dir), {}
    _write_marker(stage, "0" * 40)  # being modified: if this build dies, its state is unknown
    return stage, state


def finish_buffer(stage: Path, cache_dir: Path, state: dict[str, str]) -> None:
    """Record what the staging folder now holds, before it is swapped in."""
    build_id = state_id(state)
    PickleCache.save_file(_state_path(cache_dir, build_id), state)
    _write_marker(stage, build_id)


def prune_states(cache_dir: Path, public: Path) -> None:
    live = {marker_id(public), marker_id(cache_dir / "staging")}
    for path in (cache_dir / "states").glob("*.pickle"):
        if path.stem not in live:
            path.unlink(missing_ok=True)


def remove_stale(root: Path, keep: set[str], before: Iterable[str]) -> None:
    """Delete what root held before that is not in ``keep`` (and folders left empty)."""
    for rel in sorted(set(before) - keep):
        target = root / rel
        if target.is_file() or target.is_symlink():
            target.unlink()
            parent = target.parent
            while parent != root and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent


def staging_dir(cache_dir: Path) -> Path:
    stage = cache_dir / "staging"
    if stage.is_symlink():
        stage.unlink()
    elif stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    _write_marker(stage, "0" * 40)
    return stage


# Open for writing, truncated, never through a symbolic link (where the system can tell), in binary mode.
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


class Writer:
    """Writes files below one folder, never outside it: each folder is checked (symbolic links
    resolved) once, and a file is never written through a symbolic link."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self._folders: dict[str, Path] = {}  # folder as given → its checked, existing path

    def __call__(self, rel: str, data: bytes) -> None:
        folder, _, name = rel.rpartition("/")
        parent = self._folder(rel, folder)
        if name in ("", ".", ".."):
            raise OutputError(f"refusing to write outside the output folder: {rel}", self.root)
        target = parent / name
        try:
            fd = os.open(target, _NEW_FILE, 0o666)
        except OSError:
            if not target.is_symlink():
                raise
            target.unlink()  # a link left in the output folder: replace the link, not what it names
            fd = os.open(target, _NEW_FILE, 0o666)
        with os.fdopen(fd, "wb") as f:
            f.write(data)

    def _folder(self, rel: str, folder: str) -> Path:
        """The checked, existing path of ``folder``: a folder made here, inside a checked one, is
        no link and needs no checking; anything that was there before is resolved and checked."""
        known = self._folders.get(folder)
        if known is not None:
            return known
        up, _, name = folder.rpartition("/")
        path: Path | None = None
        if name not in ("", ".", "..") and not os.path.isabs(folder):
            parent = self._folder(rel, up)
            try:
                (parent / name).mkdir()
                path = parent / name
            except FileExistsError:
                pass
        if path is None:
            path = (self.root / folder).resolve()
            if path != self.root and self.root not in path.parents:
                raise OutputError(f"refusing to write outside the output folder: {rel}", self.root)
            path.mkdir(parents=True, exist_ok=True)
        self._folders[folder] = path
        return path


def write_files(root: Path, files: Mapping[str, bytes]) -> None:
    write = Writer(root)
    for rel, data in files.items():
        write(rel, data)


def copy_static(root: Path, static_dirs: Iterable[Path]) -> None:
    """Theme static files, later folders first so earlier ones (site overrides) win."""
    for src in reversed(list(static_dirs)):
        if src.is_dir():
            shutil.copytree(src, root / "static", dirs_exist_ok=True, symlinks=False)


def _exchange(a: Path, b: Path) -> bool:
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def replace_dir(new: Path, target: Path) -> None:
    """Put folder ``new`` in place of ``target`` in one step where the OS allows it."""
    if target.exists():
        if _exchange(new, target):
            shutil.rmtree(new)
            return
        shutil.rmtree(target)
    new.rename(target)


def recover(public: Path, cache_dir: Path) -> None:
    """Finish a swap a killed build left half done (public/ missing, the old one aside)."""
    aside = cache_dir / "previous"
    if not public.exists() and aside.is_dir() and (aside / MARKER).is_file():
        aside.rename(public)


def swap_in(stage: Path, public: Path, cache_dir: Path) -> None:
    """Make ``stage`` the new public/ in one step where the OS allows it; the previous public/
    becomes the staging folder of the next build (its marker still says what it holds)."""
    check_public(public)
    if public.exists():
        if not _exchange(stage, public):
            aside = cache_dir / "previous"
            if aside.exists():
                shutil.rmtree(aside)
            public.rename(aside)
            stage.rename(public)
            aside.rename(stage)
    else:
        stage.rename(public)
    prune_states(cache_dir, public)
