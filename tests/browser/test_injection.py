"""Corpus text that looks like HTML, script or template code is shown as text: in a real
browser no script from the corpus runs and no template code executes (issue 9)."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.browser.conftest import Served, _serve

pytestmark = pytest.mark.browser

HOSTILE = """\
Hackers post <script>window.__pwned = 1; alert(1)</script> in a {{ config.title }} headline test

The <img src=x onerror="window.__pwned = 2"> tag and {% for x in range(3) %}loop{% endfor %} stay text, officials said on Monday.

A [link](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">another</a> and **bold** and `code` stay literal too.

<svg onload="window.__pwned = 5"></svg> ends the story, the ministry said on Tuesday, March 5, 2024.
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    from sitegen.build import build
    from sitegen.config import load_config

    site = tmp_path_factory.mktemp("hostile")
    (site / "content" / "corpus").mkdir(parents=True)
    (site / "content" / "corpus" / "evil.txt").write_text(HOSTILE)
    (site / "sitegen.toml").write_text("search = false\n")
    with ThreadPoolExecutor(1) as pool:  # Playwright's event loop must not see the build's
        pool.submit(build, load_config(site)).result()
    server, served = _serve(site / "public", {})
    yield served
    server.shutdown()


def test_no_corpus_script_runs_and_no_template_code_executes(hostile: Served, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    article = next((hostile.public / "articles").iterdir()).name
    for path in ("/", f"/articles/{article}/", "/archive/", "/qa/"):
        page.goto(hostile(path))
        page.wait_for_load_state("load")
        assert page.evaluate("window.__pwned === undefined"), path
    page.goto(hostile(f"/articles/{article}/"))
    links = page.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href') || '')")
    assert not [h for h in links if h.lower().startswith("javascript:")]
    text = page.locator("main").inner_text()
    assert "<script>window.__pwned = 1; alert(1)</script>" in text
    assert "{{ config.title }}" in text and "{% for x in range(3) %}" in text
    assert "**bold**" in text and "<img src=x" in text
    assert dialogs == []
