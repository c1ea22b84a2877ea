"""A site customizes the default theme without copying it (themes/default/README.md). No browser needed."""

from __future__ import annotations

from pathlib import Path

from sitegen.build import build
from sitegen.config import load_config
from sitegen.render import article_body

CORPUS = """\
City council approves new budget for public libraries after long debate

The city council on Tuesday approved a budget that gives public libraries more money next year, Mayor Anna Berg said on March 5, 2024.

> **Editor's Note:** This story was updated on March 6, 2024.

What changes for readers?

Opening hours will be longer on weekends, the council said.
"""


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "content" / "corpus").mkdir(parents=True)
    (site / "content" / "corpus" / "news.txt").write_text(CORPUS, encoding="utf-8")
    return site


def test_site_template_extends_builtin_and_extra_css_is_linked(tmp_path: Path) -> None:
    site = _site(tmp_path)
    (site / "templates").mkdir()
    (site / "templates" / "article.html").write_text(
        '{% extends "default/article.html" %}{% block extra_head %}<meta name="x-custom" content="yes">{% endblock %}',
        encoding="utf-8",
    )
    static = site / "themes" / "default" / "static"
    static.mkdir(parents=True)
    (static / "extra.css").write_text(":root { --accent: #8a1538; }\n", encoding="utf-8")
    build(load_config(site, search=False))
    pub = site / "public"
    article = next(pub.glob("articles/*/index.html")).read_text(encoding="utf-8")
    assert '<meta name="x-custom" content="yes">' in article
    assert '<link rel="stylesheet" href="/static/extra.css">' in article
    assert (pub / "static" / "extra.css").read_text(encoding="utf-8").startswith(":root")
    assert (pub / "static" / "style.css").is_file()
    home = (pub / "index.html").read_text(encoding="utf-8")
    assert "/static/extra.css" in home and "x-custom" not in home
    # search = false: no search box, no search scripts, and the search page says so.
    assert 'role="search"' not in article and "highlight.js" not in article
    assert "Search is turned off" in (pub / "search" / "index.html").read_text(encoding="utf-8")


def test_no_extra_css_link_by_default(tmp_path: Path) -> None:
    site = _site(tmp_path)
    build(load_config(site, search=False))
    assert "extra.css" not in (site / "public" / "index.html").read_text(encoding="utf-8")


def test_editors_note_is_marked_as_a_note() -> None:
    html = str(article_body("> **Editor's Note:**\n>\n> Updated.\n\nBody.\n\n> A real quotation.\n"))
    assert html.count('<div class="editors-note" role="note" aria-label="Editor\'s note">') == 1
    assert html.count("</div>") == 1
    assert "<blockquote>\n<p>A real quotation.</p>\n</blockquote>" in html
