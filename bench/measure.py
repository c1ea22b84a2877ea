"""Run one command in a subprocess and measure wall time, CPU time and peak memory of its tree.

* wall: ``time.perf_counter()`` around start → exit.
* CPU: user + sys of the whole process tree, as the delta of ``getrusage(RUSAGE_CHILDREN)``
  across the run (the kernel adds every descendant's times to its parent when it is reaped, so
  worker processes and the Pagefind binary are included; one command at a time, so the delta is
  this command's).
* memory: psutil polls the tree (the process and all its descendants, e.g. the enrichment worker
  pool and the Pagefind binary) every ``interval`` seconds; ``peak_tree`` is the largest *sum* of
  RSS seen at one instant (an upper bound: pages shared between forked workers count once per
  process), ``peak_pss`` the largest sum of PSS (proportional set size, from
  ``/proc/PID/smaps_rollup``: a page shared by *k* processes counts 1/*k* in each, so the sum is
  the memory the tree really holds; sitegen's render workers are forked from the build and share
  its pages; read every ``PSS_EVERY``-th poll, as the kernel walks the page tables to answer),
  ``peak_single`` the largest RSS of one process (what ``/usr/bin/time -v`` reports).
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
PSS_EVERY = 10  # polls: PSS is read every 10th poll (0.5 s by default), RSS at every poll


@dataclass
class Measurement:
    wall: float
    cpu: float
    peak_tree: int  # bytes
    peak_single: int  # bytes
    returncode: int
    stdout: str
    stderr: str
    peak_pss: int = 0  # bytes

    def check(self, what: str) -> Measurement:
        if self.returncode != 0:
            raise RuntimeError(f"{what} failed ({self.returncode}):\n{self.stderr[-3000:]}\n{self.stdout[-2000:]}")
        return self


def pss(pid: int) -> int:
    """A process's proportional set size in bytes (0 if it is gone or the kernel can't say)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def run(
    cmd: Sequence[str],
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    interval: float = 0.05,
    timeout: float | None = None,
) -> Measurement:
    full_env = {**os.environ, **(env or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out_path, err_path = Path(f"/tmp/bench-{os.getpid()}.out"), Path(f"/tmp/bench-{os.getpid()}.err")
    with out_path.open("w") as out, err_path.open("w") as err:
        start = time.perf_counter()
        proc = psutil.Popen(list(cmd), cwd=cwd, env=full_env, stdout=out, stderr=err)
        peak_tree = peak_single = peak_pss = 0
        polls = 0
        while True:
            try:
                procs = [proc, *proc.children(recursive=True)]
            except psutil.NoSuchProcess:
                procs = []
            total = total_pss = 0
            with_pss = polls % PSS_EVERY == 0  # reading smaps_rollup costs ~4 ms per GB of process
            polls += 1
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    continue
                total += rss
                total_pss += pss(p.pid) if with_pss else 0
                peak_single = max(peak_single, rss)
            peak_tree = max(peak_tree, total)
            peak_pss = max(peak_pss, total_pss)
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
    if polls <= PSS_EVERY:  # too short a run to have read PSS while it mattered: the RSS sum bounds it
        peak_pss = peak_tree
    m = Measurement(wall, cpu, peak_tree, peak_single, rc, out_path.read_text(), err_path.read_text(), peak_pss)
    out_path.unlink()
    err_path.unlink()
    return m
