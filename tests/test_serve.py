from __future__ import annotations

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from sitegen.config import load_config
from sitegen.serve import Preview, make_server, resolve_path, watch_loop


@pytest.fixture
def running(make_site):  # type: ignore[no-untyped-def]
    site = make_site(config="search = false\n")
    preview = Preview(load_config(site), reload_config=lambda: load_config(site))
    preview.rebuild()
    server = make_server(preview, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, preview, server.server_address[1]
    server.shutdown()
    server.server_close()


def get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read().decode("utf-8", "replace")
    conn.close()
    return resp.status, body


def test_serves_pages_with_reload_script_and_404(running) -> None:  # type: ignore[no-untyped-def]
    _site, _preview, port = running
    status, body = get(port, "/")
    assert status == 200 and "EventSource" in body
    status, body = get(port, "/no/such/page/")
    assert status == 404 and "Page not found" in body


@pytest.mark.parametrize(
    "path",
    ["/../sitegen.toml", "/%2e%2e/sitegen.toml", "/static/..%2f..%2fsitegen.toml", "//etc/passwd", "/..\\sitegen.toml"],
)
def test_nothing_outside_public(running, path: str) -> None:  # type: ignore[no-untyped-def]
    _site, _preview, port = running
    status, body = get(port, path)
    assert status == 404 and "per_page" not in body and "root:" not in body


def test_symlink_out_of_public_is_refused(tmp_path: Path) -> None:
    public = tmp_path / "public"
    public.mkdir()
    (tmp_path / "secret.txt").write_text("secret")
    (public / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert resolve_path(public, "/link.txt") is None


def test_failed_rebuild_keeps_last_good_site_and_shows_error(running) -> None:  # type: ignore[no-untyped-def]
    site, preview, port = running
    (site / "sitegen.toml").write_text("per_page = 0\n")
    preview.rebuild()
    status, body = get(port, "/")
    assert status == 200 and "Latest news" in body
    assert "Rebuild failed" in body and "per_page" in body
    (site / "sitegen.toml").write_text("search = false\n")
    preview.rebuild()
    assert "Rebuild failed" not in get(port, "/")[1]


def test_200_concurrent_requests(running) -> None:  # type: ignore[no-untyped-def]
    _site, _preview, port = running
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(lambda i: get(port, "/" if i % 2 else "/topics/")[0], range(200)))
    assert results == [200] * 200


def test_watcher_rebuilds_once_per_batch(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site(config="search = false\n")
    calls: list[int] = []
    preview = Preview(load_config(site), builder=lambda cfg: calls.append(1))
    stop = threading.Event()
    t = threading.Thread(target=watch_loop, args=(preview, stop), daemon=True)
    t.start()
    import time

    time.sleep(0.5)
    corpus = site / "content" / "corpus" / "news.txt"
    for i in range(5):  # five saves in a burst (spaced well inside the quiet time, even on a loaded machine)
        corpus.write_text(corpus.read_text() + f"\nLine {i}.\n")
        time.sleep(0.02)
    seen = preview.wait_for_change(0, timeout=5)
    time.sleep(1.0)
    stop.set()
    assert seen == 1 and len(calls) == 1
