"""Atomic output: write the whole site into a staging folder, then swap it in for public/.

A failed or killed build leaves the previous public/ complete. Only public/ (when sitegen made
it: it carries a marker file), content/articles/ and the cache folder are ever written or deleted.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path

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
            raise OutputError(
                f"public/ holds files sitegen did not write (no {MARKER}); move them away first", public
            )


def is_sitegen_output(public: Path) -> bool:
    return public.is_dir() and not public.is_symlink() and (public / MARKER).is_file()


def staging_dir(cache_dir: Path) -> Path:
    stage = cache_dir / "staging"
    if stage.is_symlink():
        stage.unlink()
    elif stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    (stage / MARKER).write_text("Written by sitegen. This folder is replaced on every build.\n")
    return stage


def write_files(root: Path, files: Mapping[str, bytes]) -> None:
    made: set[Path] = set()
    for rel, data in files.items():
        target = (root / rel).resolve()
        if root.resolve() not in target.parents:
            raise OutputError(f"refusing to write outside the output folder: {rel}", root)
        parent = target.parent
        if parent not in made:
            parent.mkdir(parents=True, exist_ok=True)
            made.add(parent)
        target.write_bytes(data)


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


def recover(public: Path, cache_dir: Path) -> None:
    """Finish a swap a killed build left half done (public/ missing, the old one aside)."""
    aside = cache_dir / "previous"
    if not public.exists() and aside.is_dir() and (aside / MARKER).is_file():
        aside.rename(public)


def swap_in(stage: Path, public: Path, cache_dir: Path) -> None:
    """Make ``stage`` the new public/ in one step where the OS allows it."""
    check_public(public)
    if public.exists():
        if _exchange(stage, public):
            shutil.rmtree(stage)
            return
        aside = cache_dir / "previous"
        if aside.exists():
            shutil.rmtree(aside)
        public.rename(aside)
        stage.rename(public)
        shutil.rmtree(aside)
    else:
        stage.rename(public)
