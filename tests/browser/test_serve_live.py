"""`sitegen serve` end to end: edit a page, the open browser tab shows the change by itself;
a broken edit shows the error over the last good site; the fix recovers (issue 8)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SMALL_CORPUS

pytestmark = pytest.mark.browser

SLUG = "scientists-launch-a-satellite-to-study-ocean-temperatures-from-space"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "content" / "corpus").mkdir(parents=True)
    (site / "content" / "corpus" / "news.txt").write_text(SMALL_CORPUS)
    (site / "sitegen.toml").write_text("search = false\n")
    return site


@contextmanager
def _serving(site: Path) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitegen", "serve", "--site", str(site), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=2).read()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError("sitegen serve did not start") from None
            time.sleep(0.2)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    site = _site(tmp_path)
    with _serving(site) as url:
        yield site, url


def test_edit_shows_up_in_the_open_page(live: tuple[Path, str], page: Any) -> None:
    site, url = live
    page.goto(f"{url}/articles/{SLUG}/")
    assert "Scientists launch a satellite" in page.locator("h1").inner_text()
    md = site / "content" / "articles" / f"{SLUG}.md"
    md.write_text(md.read_text().replace('title: "Scientists launch', 'title: "Researchers launch', 1))
    page.wait_for_function("document.querySelector('h1').innerText.startsWith('Researchers launch')", timeout=20000)
    assert not page.locator("#sitegen-error").count()


def test_broken_edit_shows_the_error_then_recovers(live: tuple[Path, str], page: Any) -> None:
    site, url = live
    page.goto(f"{url}/articles/{SLUG}/")
    md = site / "content" / "articles" / f"{SLUG}.md"
    good = md.read_text()
    md.write_text(good.replace("date:", "date: [unclosed", 1))
    page.wait_for_selector("#sitegen-error", timeout=20000)
    banner = page.locator("#sitegen-error").inner_text()
    assert "Rebuild failed" in banner and f"{SLUG}.md:" in banner
    assert "Scientists launch a satellite" in page.locator("h1").inner_text()  # the last good site
    md.write_text(good)
    page.wait_for_selector("#sitegen-error", state="detached", timeout=20000)
    assert "Scientists launch a satellite" in page.locator("h1").inner_text()


def test_corpus_edit_shows_up_in_the_open_page(live: tuple[Path, str], page: Any) -> None:
    site, url = live
    page.goto(f"{url}/articles/{SLUG}/")
    corpus = site / "content" / "corpus" / "news.txt"
    corpus.write_text(corpus.read_text().replace("for five years.", "for five years, then ten more."))
    page.wait_for_function("document.body.innerText.includes('then ten more')", timeout=20000)
    # the full rebuild follows the draft: the preview's built page has the edit too
    deadline = time.monotonic() + 20
    built = site / ".sitegen-cache" / "preview" / "public" / "articles" / SLUG / "index.html"
    while "then ten more" not in built.read_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "then ten more" in built.read_text()
    assert not (site / "public").exists()  # the preview is built beside public/, not into it


def test_the_preview_leaves_the_site_to_deploy_alone(tmp_path: Path, page: Any) -> None:
    """public/ keeps the last `sitegen build` (its links are the site's, not the preview's
    address), and the next `sitegen build` after a preview has nothing to redo."""
    site = _site(tmp_path)
    (site / "sitegen.toml").write_text('search = false\nbase_url = "https://news.example.org/"\n')
    cli = [sys.executable, "-m", "sitegen", "build", "--site", str(site)]
    subprocess.run(cli, check=True, capture_output=True, timeout=300)
    built = site / "public" / "articles" / SLUG / "index.html"
    before = built.read_bytes()
    with _serving(site) as url:
        page.goto(f"{url}/articles/{SLUG}/")
        assert "Scientists launch a satellite" in page.locator("h1").inner_text()
        home = page.locator("a.brand").get_attribute("href") or ""
        assert "news.example.org" not in home  # the preview links to itself
    assert built.read_bytes() == before
    again = subprocess.run(cli, check=True, capture_output=True, text=True, timeout=300)
    assert "Nothing changed" in again.stdout
