"""Work fanned out over forked processes that inherit the build's data.

The render stage's input (the whole site and its page plan) is large and already in memory:
forked workers inherit it instead of having it pickled to them, and send back only small
results. The per-article enrichment goes through a ``concurrent.futures.Executor`` instead (any
executor, a distributed one included); this is the local, same-machine counterpart for work
whose input is the whole site.

Forking is used only where it is safe and pays: Linux, more than one worker, no other thread
running in this process (the preview server builds in a thread beside its HTTP threads, so it
runs the parts here, one after the other), and memory to spare for the workers' copies.
Everything else gets the same results in-process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar, cast

from sitegen.errors import SitegenError

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 1000  # below this, forking workers costs more than it saves
MEMORY_SHARE = 0.25  # of the machine's RAM that the workers' copies of this process may take
_STOPPED = (
    "a worker process was stopped (out of memory?); nothing was published: try again with fewer workers (--workers 1)"
)

_TASK: Callable[[int], object] | None = None  # what the forked workers run (they inherit it)


def _call(part: int) -> object:
    assert _TASK is not None
    return _TASK(part)


def can_fork(workers: int = 2) -> bool:
    """Forking is safe (Linux, no other thread) and affordable: each worker may come to copy
    most of this process's memory (CPython's reference counts write to every object a worker
    touches), so ``workers`` copies of it must fit in a quarter of the machine's RAM. (At
    100,000 articles forking doubled the memory and did not pay: 486.5 against 454.5 s.)"""
    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return False
    try:
        with open("/proc/self/statm") as f:
            resident = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        ram = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return False
    return workers * resident <= MEMORY_SHARE * ram


def parts_for(items: int, workers: int) -> int:
    """How many parts to split ``items`` pieces of work into: one per worker when forking pays."""
    return workers if workers > 1 and items >= MIN_ITEMS and can_fork(workers) else 1


@contextmanager
def _frozen() -> Iterator[None]:
    """Fork inside this: frozen objects are left alone by the children's garbage collector, which
    would otherwise touch every inherited object, and the kernel would copy every page of the
    parent. (A caller that froze its own objects already, like the build, unfreezes them itself.)"""
    caller_froze = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not caller_froze:
            gc.unfreeze()


class Fanout(Generic[T]):
    """``task(0) … task(parts - 1)``: started in forked workers as soon as this is made (so a
    thread the caller starts afterwards is not forked with them), collected by ``results()``."""

    def __init__(self, task: Callable[[int], T], parts: int, workers: int) -> None:
        global _TASK
        self._task, self._parts = task, parts
        self._pool: ProcessPoolExecutor | None = None
        self._futures: list[Future[T]] = []
        if workers <= 1 or parts <= 1 or not can_fork(min(workers, parts)):
            return
        _TASK = task
        try:
            with _frozen():
                # With the fork start method every worker is forked at the first submit, before
                # the pool starts its own threads; the later submits only queue part numbers.
                self._pool = ProcessPoolExecutor(min(workers, parts), mp_context=multiprocessing.get_context("fork"))
                self._futures = [cast("Future[T]", self._pool.submit(_call, i)) for i in range(parts)]
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
        except BrokenProcessPool:
            raise SitegenError(_STOPPED) from None
        finally:
            self._pool.shutdown(cancel_futures=True)


class Forked(Generic[T]):
    """``task()`` in one forked child process, started as soon as this is made, for work that
    can go on beside the caller's (e.g. the search index while pages are collected and rendered).
    Unlike ``Fanout`` it starts no thread in this process, so a ``Fanout`` can still fork after
    it. ``nice`` lowers the child's scheduling priority (and its programs'), for work that should
    leave the cores to the caller first. The caller checks ``can_fork`` first. ``result()`` waits
    for the task's value (or raises its exception); ``close()`` waits for the child to end when its
    result is not wanted (it is not killed, like a thread: it may be running programs of its own,
    e.g. Pagefind)."""

    def __init__(self, task: Callable[[], T], nice: int = 0) -> None:
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        sys.stdout.flush()
        sys.stderr.flush()
        with _frozen():
            self._child = context.Process(target=_run_forked, args=(task, send, nice), daemon=True)
            self._child.start()
        send.close()
        self._done = False

    def result(self) -> T:
        try:
            status, value = self._receive.recv()
        except EOFError:
            raise SitegenError(_STOPPED) from None
        finally:
            self.close()
        if status == "error":
            raise value
        return value  # type: ignore[no-any-return]

    def close(self) -> None:
        if self._done:
            return
        self._done = True
        self._child.join()
        self._receive.close()


def _run_forked(task: Callable[[], Any], send: Connection, nice: int) -> None:
    try:
        if nice:
            os.nice(nice)
        send.send(("ok", task()))
    except BaseException as exc:  # handed to the parent, which raises it
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            exc = SitegenError(f"{type(exc).__name__}: {exc}")
        send.send(("error", exc))
    finally:
        send.close()


class Sink(Generic[T, R]):
    """``consume(batch)`` for the items ``put()`` here, in batches of ``batch``: in forked
    children when ``fork`` (so this process goes on meanwhile; the caller checks ``can_fork``),
    else here at once, in order. With ``children`` > 1, each item goes to the child its ``lane``
    (a string) names, always the same one: the items of one lane are consumed by one child, in
    the order they were put (e.g. the writes to one file). ``close()`` waits for every item to
    be consumed, raises the first error (a child consumes nothing after its error) or returns
    what the batches' ``consume`` returned: in order with one child, child after child with
    more. Used as a context manager, it is closed on the way out, an error included."""

    def __init__(
        self,
        consume: Callable[[list[T]], list[R]],
        fork: bool,
        batch: int = 64,
        children: int = 1,
        lane: Callable[[T], str] = str,
    ) -> None:
        self._consume, self._batch, self._lane = consume, batch, lane
        self._results: list[R] = []
        self._children: list[tuple[Forked[list[R]], Connection]] = []
        for _ in range(max(1, children) if fork else 0):
            context = multiprocessing.get_context("fork")
            receive, send = context.Pipe(duplex=False)
            self._children.append((Forked(partial(_drain, consume, receive, send)), send))
            receive.close()
        self._items: list[list[T]] = [[] for _ in range(max(1, len(self._children)))]

    def put(self, item: T) -> None:
        k = zlib.crc32(self._lane(item).encode()) % len(self._items) if len(self._items) > 1 else 0
        self._items[k].append(item)
        if len(self._items[k]) >= self._batch:
            self._flush(k)

    def _flush(self, k: int) -> None:
        items, self._items[k] = self._items[k], []
        if not items:
            return
        if not self._children:
            self._results += self._consume(items)
        else:
            self._children[k][1].send(items)

    def close(self) -> list[R]:
        for k in range(len(self._items)):
            self._flush(k)
        children, self._children = self._children, []
        for _child, send in children:
            send.send(None)
            send.close()
        errors: list[BaseException] = []
        for child, _send in children:
            try:
                self._results += child.result()
            except BaseException as exc:  # every child is waited for before the first error is raised
                errors.append(exc)
        if errors:
            raise errors[0]
        return self._results

    def __enter__(self) -> Sink[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _drain(consume: Callable[[list[T]], list[R]], receive: Connection, parents_end: Connection) -> list[R]:
    """The sink's child: consume every batch until the end mark; after an error, read the rest
    (the parent must never block on a full pipe) and raise it. (The pipe's other end, inherited,
    is closed first: if the parent dies, this one reads the end of the pipe and ends too.)"""
    parents_end.close()
    error: BaseException | None = None
    results: list[R] = []
    while True:
        try:
            items = receive.recv()
        except EOFError:  # the parent is gone
            return results
        if items is None:
            break
        if error is None:
            try:
                results += consume(items)
            except BaseException as exc:  # raised after the end mark, in the parent
                error = exc
    if error is not None:
        raise error
    return results
