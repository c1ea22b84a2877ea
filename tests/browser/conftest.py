"""Browser suite fixtures: one built site, one local HTTP server (plus one with the CSP), one Chromium.

The site is built once per session from the sample corpus; ``public/`` is served by a
ThreadingHTTPServer on 127.0.0.1 that answers misses with 404.html, like the host does.
"""

from __future__ import annotations

import json
import shutil
import threading
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "content" / "corpus"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def netlify_headers() -> dict[str, str]:
    """The headers netlify.toml sets for every page (for "/*")."""
    data = tomllib.loads((REPO / "netlify.toml").read_text(encoding="utf-8"))
    for rule in data.get("headers", []):
        if rule.get("for") == "/*":
            return {k: str(v) for k, v in rule.get("values", {}).items()}
    return {}


class _Handler(SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}  # noqa: RUF012 - set per server through a subclass

    extensions_map = {  # noqa: RUF012
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".xml": "application/xml",
        ".pagefind": "application/octet-stream",
        ".pf_meta": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_filter": "application/octet-stream",
    }

    def end_headers(self) -> None:
        for k, v in self.extra_headers.items():
            self.send_header(k, v)
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


@dataclass(frozen=True)
class Served:
    url: str  # http://127.0.0.1:PORT (no trailing slash)
    public: Path

    def __call__(self, path: str = "/") -> str:
        return self.url + path


def _serve(public: Path, headers: dict[str, str]) -> tuple[ThreadingHTTPServer, Served]:
    handler = type("Handler", (_Handler,), {"extra_headers": headers})
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(public)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, Served(f"http://127.0.0.1:{server.server_address[1]}", public)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from the sample corpus, with search; returns its public/ folder."""
    from sitegen.build import build
    from sitegen.config import load_config

    site = tmp_path_factory.mktemp("browser-site")
    (site / "content" / "corpus").mkdir(parents=True)
    for f in sorted(CORPUS.glob("*.txt")):
        shutil.copy(f, site / "content" / "corpus" / f.name)
    config = load_config(site, search=True, search_shard_size=8)
    # Build in a thread of its own: Playwright's sync API keeps an event loop running in this
    # one, and the Pagefind indexer calls asyncio.run().
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(build, config).result()
    shards = json.loads((config.public_dir / "pagefind" / "shards.json").read_text())["shards"]
    assert len(shards) > 1  # the search page merges several shards
    assert all((config.public_dir / "pagefind" / s["id"] / "pagefind.js").is_file() for s in shards)
    return config.public_dir


@pytest.fixture(scope="session")
def server(built_site: Path) -> Iterator[Served]:
    srv, served = _serve(built_site, {})
    yield served
    srv.shutdown()


@pytest.fixture(scope="session")
def csp_server(built_site: Path) -> Iterator[Served]:
    headers = netlify_headers()
    assert "Content-Security-Policy" in headers
    srv, served = _serve(built_site, headers)
    yield served
    srv.shutdown()


@pytest.fixture(scope="module")
def browser(built_site: Path) -> Iterator[Any]:
    """One Chromium (all browser tests live in test_site.py, so one per session).

    Module-scoped on purpose: Playwright's sync API keeps an asyncio loop running in the main
    thread while it is open, and later tests that call asyncio.run() (the Pagefind indexer)
    would fail. The site is built first, before that loop starts.
    """
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
