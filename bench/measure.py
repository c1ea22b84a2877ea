"""Run one command in a subprocess and measure wall time, CPU time and peak memory of its tree.

* wall: ``time.perf_counter()`` around start → exit.
* CPU: user + sys of the whole process tree, as the delta of ``getrusage(RUSAGE_CHILDREN)``
  across the run (the kernel adds every descendant's times to its parent when it is reaped, so
  worker processes and the Pagefind binary are included; one command at a time, so the delta is
  this command's).
* memory: psutil polls the tree (the process and all its descendants, e.g. the enrichment worker
  pool and the Pagefind binary) every ``interval`` seconds; ``peak_tree`` is the largest *sum* of
  RSS seen at one instant (an upper bound: pages shared between forked workers count once per
  process), ``peak_single`` the largest RSS of one process (what ``/usr/bin/time -v`` reports).
  A spike shorter than the interval can be missed.
"""

from __future__ import annotations

import contextlib
import os
import resource
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

GIB = 1024**3


@dataclass
class Measurement:
    wall: float
    cpu: float
    peak_tree: int  # bytes
    peak_single: int  # bytes
    returncode: int
    stdout: str
    stderr: str

    def check(self, what: str) -> Measurement:
        if self.returncode != 0:
            raise RuntimeError(f"{what} failed ({self.returncode}):\n{self.stderr[-3000:]}\n{self.stdout[-2000:]}")
        return self


def run(cmd: Sequence[str], cwd: Path | None = None, env: Mapping[str, str] | None = None,
        interval: float = 0.05, timeout: float | None = None) -> Measurement:
    full_env = {**os.environ, **(env or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out_path, err_path = Path(f"/tmp/bench-{os.getpid()}.out"), Path(f"/tmp/bench-{os.getpid()}.err")
    with out_path.open("w") as out, err_path.open("w") as err:
        start = time.perf_counter()
        proc = psutil.Popen(list(cmd), cwd=cwd, env=full_env, stdout=out, stderr=err)
        peak_tree = peak_single = 0
        while True:
            try:
                procs = [proc, *proc.children(recursive=True)]
            except psutil.NoSuchProcess:
                procs = []
            total = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
                total += rss
                peak_single = max(peak_single, rss)
            peak_tree = max(peak_tree, total)
            try:
                rc = proc.wait(timeout=interval)
                break
            except psutil.TimeoutExpired:
                if timeout is not None and time.perf_counter() - start > timeout:
                    for p in procs[::-1]:
                        with contextlib.suppress(psutil.NoSuchProcess):
                            p.kill()
                    rc = proc.wait()
                    break
        wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    m = Measurement(wall, cpu, peak_tree, peak_single, rc, out_path.read_text(), err_path.read_text())
    out_path.unlink()
    err_path.unlink()
    return m
