"""Shared fixtures: small sites written inline, and the sample corpus."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from sitegen import fanout

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "content" / "corpus"
GOLD = REPO / "tests" / "fixtures" / "gold"
HELD_OUT = REPO / "tests" / "fixtures" / "heldout"  # written for evaluation, after the rules were made

SMALL_CORPUS = """\
City council approves new budget for public libraries after long debate

The city council on Tuesday approved a budget that gives public libraries more money next year, Mayor Anna Berg said.

"Libraries are where our city reads," Berg told reporters at City Hall on March 5, 2024.

What changes for readers?

Opening hours will be longer on weekends, the council said.

Scientists launch a satellite to study ocean temperatures from space

A new satellite launched on Friday will measure ocean temperatures, the National Space Agency said on March 8, 2024.

The satellite will send data to researchers around the world for five years.
"""


@pytest.fixture
def make_site(tmp_path: Path) -> Callable[..., Path]:
    """Write a site folder from {relative path: text} and return it."""

    def make(files: Mapping[str, str | bytes] | None = None, config: str | None = None) -> Path:
        site = tmp_path / "site"
        (site / "content" / "corpus").mkdir(parents=True, exist_ok=True)
        for rel, data in (files if files is not None else {"content/corpus/news.txt": SMALL_CORPUS}).items():
            path = site / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        if config is not None:
            (site / "sitegen.toml").write_text(config, encoding="utf-8")
        return site

    return make


@pytest.fixture
def forking(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Fork workers for any amount of work, even with other threads alive in the test process
    (the browser tests' server thread lives for the whole session): sitegen forks only when no
    other thread runs, which a real build run from the command line satisfies. Returns, for
    each ``Fanout`` made from then on, whether it forked."""
    monkeypatch.setattr(fanout, "MIN_ITEMS", 1)
    monkeypatch.setattr(fanout, "can_fork", lambda workers=2: sys.platform.startswith("linux"))
    forked: list[bool] = []

    class SpyFanout(fanout.Fanout[Any]):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            forked.append(self.forked)

    monkeypatch.setattr(fanout, "Fanout", SpyFanout)
    return forked


@pytest.fixture
def forked_children(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """For each ``fanout.Forked`` child started from then on, the name of the function it runs and
    the ``nice`` it was given: ``_index_timed`` (the search index), ``_drain`` (the Markdown pages'
    writer), ``_save_all`` (the enrichment cache's files)."""
    started: list[tuple[str, int]] = []

    class SpyForked(fanout.Forked[Any]):
        def __init__(self, task: Callable[[], Any], nice: int = 0) -> None:
            super().__init__(task, nice)
            started.append((getattr(task, "func", task).__name__, nice))

    monkeypatch.setattr(fanout, "Forked", SpyForked)
    return started
