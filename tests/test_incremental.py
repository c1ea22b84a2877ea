"""An incremental build's public/ equals a clean build's, edit after edit (issue 8)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from sitegen import fanout
from sitegen.build import build
from sitegen.config import load_config

CORPUS = """\
City council approves new budget for public libraries after long debate

The city council in Paris on Tuesday approved a budget that gives public libraries more money, Mayor Anna Berg said on March 5, 2024.

"Libraries are where our city reads," Berg told reporters at the National Library Association.

What changes for readers?

Opening hours will be longer on weekends, the council said.

Scientists launch a satellite to study ocean temperatures from space

A new satellite launched on Friday will measure ocean temperatures, the National Space Agency said on March 8, 2024.

The satellite will send data to researchers in Berlin and Tokyo for five years, agency director Paul Meyer said.

Farmers in the south expect a record harvest after a wet spring

Farmers near Madrid expect a record wheat harvest, the Ministry of Agriculture said on April 2, 2024.

"The rain came just in time," farmer Lucia Gomez told the Farmers Union.
"""

EDITS = [
    ("rename an entity", lambda t: t.replace("Anna Berg", "Anna Lind").replace("Berg told", "Lind told")),
    (
        "add an entity",
        lambda t: t.replace("for five years,", "for five years with help from the European Space Agency,"),
    ),
    ("remove an entity", lambda t: t.replace(" farmer Lucia Gomez told the Farmers Union", " a farmer said")),
    ("change a date", lambda t: t.replace("March 8, 2024", "May 14, 2024")),
    ("delete an article", lambda t: t[: t.index("Farmers in the south")]),
    ("edit a subheading", lambda t: t.replace("What changes for readers?", "What changes for readers and staff?")),
    ("edit a lede (the summary)", lambda t: t.replace("will measure ocean temperatures", "will map ocean heat")),
    (
        "edit a later paragraph",
        lambda t: t.replace("Opening hours will be longer", "Opening hours will be much longer"),
    ),
    ("edit a headline", lambda t: t.replace("after long debate", "after a long debate")),
]


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make(root: Path, corpus: str) -> Path:
    (root / "content" / "corpus").mkdir(parents=True, exist_ok=True)
    (root / "content" / "corpus" / "news.txt").write_text(corpus)
    (root / "sitegen.toml").write_text("search = false\nper_page = 2\n")
    return root


@pytest.mark.parametrize("forked", [False, True], ids=["in-process", "forked-render"])
def test_incremental_equals_clean_after_each_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, forked: bool
) -> None:
    """With ``forked``, the incremental builds render in two forked workers, the clean ones here."""
    if forked:
        request.getfixturevalue("forking")
    else:
        monkeypatch.setattr(fanout, "MIN_ITEMS", 10**9)
    workers = 2 if forked else 1
    site = make(tmp_path / "inc", CORPUS)
    build(load_config(site, workers=workers))
    build(load_config(site, workers=workers), force=True)  # now the folder written into has a known state
    corpus = CORPUS
    for name, edit in EDITS:
        corpus = edit(corpus)
        (site / "content" / "corpus" / "news.txt").write_text(corpus)
        report = build(load_config(site, workers=workers))
        clean = make(tmp_path / f"clean-{len(name)}-{name[:6]}", corpus)
        clean_report = build(load_config(clean, workers=1))
        assert tree(site / "public") == tree(clean / "public"), name
        assert report.rendered < clean_report.rendered, f"{name}: rendered everything again"
        shutil.rmtree(clean)


def test_unchanged_input_renders_nothing(tmp_path: Path) -> None:
    site = make(tmp_path / "s", CORPUS)
    build(load_config(site))
    build(load_config(site), force=True)
    report = build(load_config(site), force=True)
    assert report.rendered == 0 and report.pages > 10


def test_theme_change_renders_everything(tmp_path: Path) -> None:
    site = make(tmp_path / "s", CORPUS)
    first = build(load_config(site))
    (site / "templates").mkdir()
    (site / "templates" / "base.html").write_text(
        '{% extends "default/base.html" %}{% block title %}X {{ super() }}{% endblock %}'
    )
    second = build(load_config(site))
    assert second.rendered == first.rendered == first.pages


@pytest.mark.parametrize("search", [True])
def test_incremental_with_search_keeps_a_working_bundle(tmp_path: Path, search: bool) -> None:
    site = make(tmp_path / "s", CORPUS)
    (site / "sitegen.toml").write_text("search = true\n")
    build(load_config(site))
    (site / "content" / "corpus" / "news.txt").write_text(EDITS[0][1](CORPUS))
    build(load_config(site))
    assert (site / "public" / "pagefind" / "2024" / "pagefind.js").is_file()
    entry = (site / "public" / "pagefind" / "2024" / "pagefind-entry.json").read_text()
    assert '"page_count":3' in entry.replace(" ", "")
    assert tree(site / "public" / "pagefind") == tree(site / ".sitegen-cache" / "search-bundle") | {
        "pagefind-highlight.js": tree(site / "public" / "pagefind")["2024/pagefind-highlight.js"]
    }


def test_overridden_list_template_that_shows_more_is_kept_current(tmp_path: Path) -> None:
    """List pages compare only what the built-in templates show; a theme that shows more (here
    each article's word count) is compared by the whole context, so an edit still reaches it."""
    override = "<ol>{% for a in articles %}<li>{{ a.title }} ({{ a.word_count }} words)</li>{% endfor %}</ol>"
    corpus = CORPUS
    sites = []
    for name in ("inc", "clean"):
        site = make(tmp_path / name, corpus)
        (site / "templates" / "partials").mkdir(parents=True)
        (site / "templates" / "partials" / "article_list.html").write_text(override)
        sites.append(site)
    build(load_config(sites[0]))
    build(load_config(sites[0]), force=True)
    corpus = corpus.replace("Opening hours will be longer", "Opening hours will be a great deal longer")
    for site in sites:
        (site / "content" / "corpus" / "news.txt").write_text(corpus)
        build(load_config(site))
    assert tree(sites[0] / "public") == tree(sites[1] / "public")
    assert "words)" in (sites[0] / "public" / "index.html").read_text()
