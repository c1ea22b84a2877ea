"""Work fanned out over forked processes that inherit the build's data.

The render stage's input (the whole site and its page plan) is large and already in memory:
forked workers inherit it instead of having it pickled to them, and send back only small
results. The per-article enrichment goes through a ``concurrent.futures.Executor`` instead (any
executor, a distributed one included); this is the local, same-machine counterpart for work
whose input is the whole site.

Forking is used only where it is safe and pays: Linux, more than one worker, and no other thread
running in this process (the preview server builds in a thread beside its HTTP threads, so it
runs the parts here, one after the other). Everything else gets the same results in-process.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")

_TASK: Callable[[int], object] | None = None  # what the forked workers run (they inherit it)


def _call(part: int) -> object:
    assert _TASK is not None
    return _TASK(part)


def can_fork() -> bool:
    return sys.platform.startswith("linux") and threading.active_count() == 1


class Fanout(Generic[T]):
    """``task(0) … task(parts - 1)``: started in forked workers as soon as this is made (so a
    thread the caller starts afterwards is not forked with them), collected by ``results()``."""

    def __init__(self, task: Callable[[int], T], parts: int, workers: int) -> None:
        global _TASK
        self._task, self._parts = task, parts
        self._pool: ProcessPoolExecutor | None = None
        self._futures: list[Future[T]] = []
        if workers <= 1 or parts <= 1 or not can_fork():
            return
        _TASK = task
        try:
            # With the fork start method every worker is forked at the first submit, before
            # the pool starts its own threads; the later submits only queue part numbers.
            self._pool = ProcessPoolExecutor(min(workers, parts), mp_context=multiprocessing.get_context("fork"))
            self._futures = [self._pool.submit(_call, i) for i in range(parts)]  # type: ignore[misc]
        finally:
            _TASK = None

    @property
    def forked(self) -> bool:
        return self._pool is not None

    def results(self) -> list[T]:
        """Each part's result, in order; a part's exception is raised here."""
        if self._pool is None:
            return [self._task(i) for i in range(self._parts)]
        try:
            return [f.result() for f in self._futures]
        finally:
            self._pool.shutdown(cancel_futures=True)
