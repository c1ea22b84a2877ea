"""sitegen.fanout: parts run in forked workers that inherit the caller's data."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from sitegen import fanout
from sitegen.errors import SitegenError, ThemeError


@pytest.mark.usefixtures("forking")
def test_parts_run_in_forked_workers_in_order() -> None:
    big = list(range(100_000))  # inherited by the workers, never pickled to them
    parent = os.getpid()
    run = fanout.Fanout(lambda i: (i, sum(big[i::3]), os.getpid()), 3, 2)
    assert run.forked
    results = run.results()
    assert [(i, total) for i, total, _pid in results] == [(i, sum(big[i::3])) for i in range(3)]
    assert all(pid != parent for _i, _total, pid in results)


@pytest.mark.usefixtures("forking")
def test_one_worker_or_one_part_runs_here() -> None:
    for parts, workers in ((3, 1), (1, 2)):
        run = fanout.Fanout(lambda i: (i, os.getpid()), parts, workers)
        assert not run.forked
        assert run.results() == [(i, os.getpid()) for i in range(parts)]


def test_no_fork_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not fanout.can_fork()
        run = fanout.Fanout(lambda i: os.getpid(), 2, 2)
        assert not run.forked and run.results() == [os.getpid()] * 2
    finally:
        stop.set()
        other.join()


@pytest.mark.usefixtures("forking")
def test_a_part_error_is_raised_with_its_location() -> None:
    def task(i: int) -> int:
        if i == 1:
            raise ThemeError("template error: boom", "article.html", 7)
        return i

    run = fanout.Fanout(task, 2, 2)
    assert run.forked
    with pytest.raises(ThemeError) as info:
        run.results()
    assert str(info.value) == "article.html:7: template error: boom"


@pytest.mark.usefixtures("forking")
def test_nice_lowers_only_the_forked_child_s_priority() -> None:
    here = os.nice(0)
    child = fanout.Forked(lambda: os.nice(0), nice=5)
    assert child.result() == here + 5
    assert os.nice(0) == here


def test_no_fork_when_the_workers_copies_would_not_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    assert fanout.can_fork(2) or threading.active_count() > 1
    monkeypatch.setattr(fanout, "MEMORY_SHARE", 1e-6)  # a machine with almost no RAM to spare
    assert not fanout.can_fork(2)
    assert fanout.parts_for(10**6, 2) == 1


@pytest.mark.usefixtures("forking")
def test_a_killed_worker_is_a_one_line_error() -> None:
    run = fanout.Fanout(lambda i: os._exit(9) if i == 0 else i, 2, 2)
    with pytest.raises(SitegenError) as info:
        run.results()
    assert "worker process was stopped" in str(info.value) and "\n" not in str(info.value)


def test_forked_runs_the_task_in_a_child_and_starts_no_thread() -> None:
    big = list(range(100_000))  # inherited, never pickled
    threads = threading.active_count()
    run = fanout.Forked(lambda: (sum(big), os.getpid()))
    assert threading.active_count() == threads  # so a Fanout can still fork after it
    total, pid = run.result()
    assert total == sum(big) and pid != os.getpid()


def test_forked_raises_the_task_error_with_its_location() -> None:
    def task() -> int:
        raise ThemeError("template error: boom", "article.html", 7)

    with pytest.raises(ThemeError) as info:
        fanout.Forked(task).result()
    assert str(info.value) == "article.html:7: template error: boom"


def test_a_killed_forked_child_is_a_one_line_error() -> None:
    with pytest.raises(SitegenError) as info:
        fanout.Forked(lambda: os._exit(9)).result()
    assert "worker process was stopped" in str(info.value) and "\n" not in str(info.value)


def test_closing_waits_for_the_forked_child(tmp_path: Path) -> None:
    """A build that fails before it wants the search index still lets it finish (it may be
    running Pagefind), as it did with a thread."""
    done = tmp_path / "done"
    run = fanout.Forked(lambda: (time.sleep(0.3), done.write_text("x")))
    run.close()
    assert done.exists() and not run._child.is_alive()


@pytest.mark.parametrize("fork", [True, False])
def test_a_sink_consumes_every_item_in_order(tmp_path: Path, fork: bool) -> None:
    log = tmp_path / "log"

    def consume(items: list[int]) -> list[int]:
        with log.open("a") as f:
            f.write(f"{os.getpid()}:{','.join(map(str, items))}\n")
        return [i * i for i in items]

    with fanout.Sink(consume, fork, batch=4) as sink:
        for i in range(10):
            sink.put(i)
        assert sink.close() == [i * i for i in range(10)]  # what each batch gave, in order
    lines = log.read_text().splitlines()
    assert [line.split(":")[1] for line in lines] == ["0,1,2,3", "4,5,6,7", "8,9"]
    assert {line.split(":")[0] != str(os.getpid()) for line in lines} == {fork}


def test_a_sink_with_two_children_keeps_each_lane_in_order_in_one_child(tmp_path: Path) -> None:
    log = tmp_path / "log"

    def consume(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
        with log.open("a") as f:
            f.writelines(f"{os.getpid()} {lane} {i}\n" for lane, i in items)
        return items

    items = [(f"file{i % 31}", i) for i in range(200)]
    with fanout.Sink(consume, True, batch=4, children=2, lane=lambda item: item[0]) as sink:
        for item in items:
            sink.put(item)
        assert sorted(sink.close()) == sorted(items)  # every item once
    seen = [line.split() for line in log.read_text().splitlines()]
    assert len({pid for pid, _, _ in seen}) == 2 and str(os.getpid()) not in {pid for pid, _, _ in seen}
    for lane in {lane for _, lane, _ in seen}:
        mine = [(pid, int(i)) for pid, name, i in seen if name == lane]
        assert len({pid for pid, _ in mine}) == 1  # one child per lane
        assert [i for _, i in mine] == sorted(i for _, i in mine)  # in the order put


@pytest.mark.parametrize("fork", [True, False])
def test_a_sink_raises_the_first_error_and_consumes_nothing_after_it(tmp_path: Path, fork: bool) -> None:
    seen = tmp_path / "seen"

    def consume(items: list[int]) -> list[int]:
        if 3 in items:
            raise ThemeError("bad item", tmp_path / "x.html", 3)
        with seen.open("a") as f:
            f.write("".join(f"{i}\n" for i in items))
        return items

    with pytest.raises(ThemeError, match="bad item"), fanout.Sink(consume, fork, batch=1) as sink:
        for i in range(3000):  # more than a pipe holds: the child keeps reading after the error
            sink.put(i)
    assert seen.read_text().split() == ["0", "1", "2"]


def test_a_sink_with_two_children_raises_an_error_of_either_after_both_end(tmp_path: Path) -> None:
    def consume(items: list[int]) -> list[int]:
        if 5 in items:
            raise ThemeError("bad item", tmp_path / "x.html", 5)
        time.sleep(0.01)
        (tmp_path / f"{items[0]}").write_text("done")
        return items

    with (
        pytest.raises(ThemeError, match="bad item"),
        fanout.Sink(consume, True, batch=1, children=2, lane=lambda i: "ad"[i % 2]) as sink,  # two lanes, two children
    ):
        for i in range(40):
            sink.put(i)
    done = {int(p.name) for p in tmp_path.iterdir() if p.name.isdigit()}
    assert done == {*range(0, 40, 2), 1, 3}  # the even lane to its end, the odd one up to its error
