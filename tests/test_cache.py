"""sitegen.cache: content-hash keyed pickles."""

from __future__ import annotations

import pickle
from pathlib import Path

from sitegen.cache import PickleCache


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
