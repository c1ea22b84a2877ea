"""Atomic output: staging, swap, refusing foreign folders, writing only inside the root."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen import output
from sitegen.output import MARKER, OutputError


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def built(cache: Path, files: dict[str, bytes]) -> Path:
    stage = output.staging_dir(cache)
    output.write_files(stage, files)
    return stage


def test_staging_dir_is_fresh_and_marked(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    stage = output.staging_dir(cache)
    assert stage == cache / "staging"
    assert (stage / MARKER).is_file()
    (stage / "leftover.html").write_text("from a killed build")
    again = output.staging_dir(cache)
    assert sorted(tree(again)) == [MARKER]


def test_staging_dir_replaces_a_symlink_without_following_it(tmp_path: Path) -> None:
    cache, elsewhere = tmp_path / "cache", tmp_path / "elsewhere"
    cache.mkdir()
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("precious")
    (cache / "staging").symlink_to(elsewhere, target_is_directory=True)
    stage = output.staging_dir(cache)
    assert not stage.is_symlink() and stage.is_dir()
    assert (elsewhere / "keep.txt").read_text() == "precious"


def test_write_files_makes_folders(tmp_path: Path) -> None:
    output.write_files(tmp_path, {"index.html": b"home", "a/b/c/index.html": b"deep", "feed.xml": b"<feed/>"})
    assert tree(tmp_path) == {"a/b/c/index.html": b"deep", "feed.xml": b"<feed/>", "index.html": b"home"}


@pytest.mark.parametrize("rel", ["../escape.html", "a/../../escape.html", "..", "."])
def test_write_files_refuses_paths_outside_the_root(tmp_path: Path, rel: str) -> None:
    root = tmp_path / "root"
    root.mkdir()
    with pytest.raises(OutputError):
        output.write_files(root, {rel: b"x"})
    assert not (tmp_path / "escape.html").exists()


def test_write_files_refuses_an_absolute_path(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    with pytest.raises(OutputError, match="outside"):
        output.write_files(root, {str(tmp_path / "abs.html"): b"x"})
    assert not (tmp_path / "abs.html").exists()


def test_write_files_refuses_a_symlink_out_of_the_root(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutputError):
        output.write_files(root, {"link/x.html": b"x"})
    assert list(outside.iterdir()) == []


def test_write_files_replaces_a_file_symlink_without_following_it(tmp_path: Path) -> None:
    root, outside = tmp_path / "root", tmp_path / "outside.html"
    (root / "a").mkdir(parents=True)
    outside.write_bytes(b"precious")
    (root / "a" / "index.html").symlink_to(outside)
    output.write_files(root, {"a/index.html": b"page"})
    assert outside.read_bytes() == b"precious"
    assert not (root / "a" / "index.html").is_symlink() and tree(root) == {"a/index.html": b"page"}


def test_swap_in_first_build(tmp_path: Path) -> None:
    cache, public = tmp_path / "cache", tmp_path / "public"
    stage = built(cache, {"index.html": b"v1"})
    output.swap_in(stage, public, cache)
    assert tree(public) == {MARKER: (public / MARKER).read_bytes(), "index.html": b"v1"}
    assert output.is_sitegen_output(public)


def test_swap_in_replaces_public_completely(tmp_path: Path) -> None:
    cache, public = tmp_path / "cache", tmp_path / "public"
    output.swap_in(built(cache, {"index.html": b"v1", "old/page/index.html": b"old"}), public, cache)
    stage = built(cache, {"index.html": b"v2", "new/index.html": b"new"})
    output.swap_in(stage, public, cache)
    files = tree(public)
    assert files.pop(MARKER)
    assert files == {"index.html": b"v2", "new/index.html": b"new"}  # nothing of v1 survives
    assert output.is_sitegen_output(public)
    assert not (cache / "previous").exists()


def test_swap_in_without_renameat2_uses_the_aside_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    cache, public = tmp_path / "cache", tmp_path / "public"
    output.swap_in(built(cache, {"index.html": b"v1"}), public, cache)
    (cache / "previous").mkdir()  # a leftover from an older killed build
    (cache / "previous" / "junk").write_text("x")
    output.swap_in(built(cache, {"index.html": b"v2"}), public, cache)
    assert tree(public)["index.html"] == b"v2" and "junk" not in tree(public)
    assert not (cache / "previous").exists()


def test_check_public_accepts_missing_empty_and_sitegen_folders(tmp_path: Path) -> None:
    output.check_public(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    output.check_public(tmp_path / "empty")
    (tmp_path / "ours").mkdir()
    (tmp_path / "ours" / MARKER).write_text("")
    (tmp_path / "ours" / "index.html").write_text("x")
    output.check_public(tmp_path / "ours")


def test_check_public_refuses_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real"
    target.mkdir()
    (target / MARKER).write_text("")  # even one that points at sitegen output
    (tmp_path / "public").symlink_to(target, target_is_directory=True)
    with pytest.raises(OutputError, match="symbolic link"):
        output.check_public(tmp_path / "public")
    assert not output.is_sitegen_output(tmp_path / "public")


def test_check_public_refuses_a_dangling_symlink(tmp_path: Path) -> None:
    (tmp_path / "public").symlink_to(tmp_path / "nowhere")
    with pytest.raises(OutputError, match="symbolic link"):
        output.check_public(tmp_path / "public")


def test_check_public_refuses_a_foreign_folder_and_a_file(tmp_path: Path) -> None:
    public = tmp_path / "public"
    public.mkdir()
    (public / "my-notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="did not write"):
        output.check_public(public)
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="not a folder"):
        output.check_public(tmp_path / "file")


def test_swap_in_leaves_a_foreign_public_untouched(tmp_path: Path) -> None:
    cache, public = tmp_path / "cache", tmp_path / "public"
    public.mkdir()
    (public / "my-notes.txt").write_text("mine")
    stage = built(cache, {"index.html": b"v1"})
    with pytest.raises(OutputError):
        output.swap_in(stage, public, cache)
    assert tree(public) == {"my-notes.txt": b"mine"}


def test_recover_restores_public_left_aside_by_a_killed_swap(tmp_path: Path) -> None:
    cache, public = tmp_path / "cache", tmp_path / "public"
    aside = cache / "previous"
    aside.mkdir(parents=True)
    (aside / MARKER).write_text("")
    (aside / "index.html").write_text("v1")
    output.recover(public, cache)
    assert (public / "index.html").read_text() == "v1"
    assert not aside.exists()


def test_recover_does_nothing_when_public_exists_or_aside_is_foreign(tmp_path: Path) -> None:
    cache, public = tmp_path / "cache", tmp_path / "public"
    aside = cache / "previous"
    aside.mkdir(parents=True)
    (aside / "index.html").write_text("no marker")
    output.recover(public, cache)
    assert not public.exists()  # not sitegen output: left alone
    (aside / MARKER).write_text("")
    public.mkdir()
    (public / "index.html").write_text("current")
    output.recover(public, cache)
    assert (public / "index.html").read_text() == "current" and aside.exists()
    output.recover(tmp_path / "p2", tmp_path / "no-cache")  # nothing to do, no error
