"""sitegen.cache: content-hash keyed pickles, and the fingerprint of a build's inputs."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sitegen import build as build_module
from sitegen.build import build
from sitegen.cache import PickleCache
from sitegen.config import load_config


def test_put_then_get_and_a_missing_key(tmp_path: Path) -> None:
    cache = PickleCache(tmp_path / "c")
    cache.put("ab" + "0" * 38, {"x": [1, 2]})  # its folder is made on first use
    assert cache.get("ab" + "0" * 38) == {"x": [1, 2]}
    assert cache.get("cd" + "0" * 38) is None
    assert PickleCache(None).get("ab" + "0" * 38) is None


def test_an_entry_cut_short_is_a_miss(tmp_path: Path) -> None:
    """Entries are written in place: one cut short by a stopped build is computed again."""
    cache = PickleCache(tmp_path)
    key = "ef" + "1" * 38
    cache.put(key, {"text": "y" * 5000})
    path = tmp_path / key[:2] / f"{key}.pickle"
    full = path.read_bytes()
    for size in (0, 1, len(full) // 2, len(full) - 1):
        path.write_bytes(full[:size])
        assert cache.get(key) is None, size
    cache.put(key, "again")
    assert cache.get(key) == "again" and pickle.loads(path.read_bytes()) == "again"


NO_SEARCH = "search = false\n"


def test_a_build_with_nothing_changed_stops_early_and_any_change_builds(make_site: Callable[..., Path]) -> None:
    site = make_site(config=NO_SEARCH)
    assert not build(load_config(site)).unchanged
    assert build(load_config(site)).unchanged
    page = next((site / "content" / "articles").glob("*.md"))
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes())  # an editor's tool saved it with a BOM
    assert not build(load_config(site)).unchanged
    assert build(load_config(site)).unchanged  # the page kept as it is, and known by what it holds
    page.write_text(page.read_text(encoding="utf-8-sig").replace("libraries", "librarires", 1), encoding="utf-8")
    assert not build(load_config(site)).unchanged


@pytest.mark.parametrize("edited", ["page", "corpus"])
def test_an_input_saved_during_a_build_is_built_by_the_next_one(
    make_site: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, edited: str
) -> None:
    """The fingerprint a build leaves is of what it read (and the pages as it wrote them), not
    of what the files hold when it ends: a save after its reading makes the next build build."""
    site = make_site(config=NO_SEARCH)
    build(load_config(site))
    corpus = site / "content" / "corpus" / "news.txt"
    page = next((site / "content" / "articles").glob("*.md"))
    real_collect = build_module.collect

    def save_then_collect(*args: Any) -> Any:  # after the corpus was read and the pages merged
        if edited == "page":
            page.write_text(page.read_text(encoding="utf-8").replace("libraries", "bookhouses", 1), encoding="utf-8")
        else:
            corpus.write_text(
                corpus.read_text(encoding="utf-8").replace("libraries", "bookhouses", 1), encoding="utf-8"
            )
        return real_collect(*args)

    monkeypatch.setattr(build_module, "collect", save_then_collect)
    build(load_config(site), force=True)
    monkeypatch.setattr(build_module, "collect", real_collect)
    report = build(load_config(site))
    assert not report.unchanged
    assert "bookhouses" in (site / "public" / "index.html").read_text(encoding="utf-8")
