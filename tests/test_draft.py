"""Drafts: an edited article's page is rendered from the last build before the full rebuild."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from sitegen import draft, render
from sitegen.build import build
from sitegen.collect import Site
from sitegen.config import Config, load_config
from sitegen.serve import Preview, make_server
from tests.test_serve import get

SLUG = "scientists-launch-a-satellite-to-study-ocean-temperatures-from-space"
OTHER = "city-council-approves-new-budget-for-public-libraries-after-long-debate"
PAGE = f"articles/{SLUG}/index.html"


def built(make_site: Callable[..., Path]) -> tuple[Config, Site, draft.Snapshot]:
    config = load_config(make_site(config="search = false\n"))
    kept: list[Site] = []
    build(config, after_swap=kept.append)
    return config, kept[0], draft.snapshot(config)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_snapshot_lists_corpus_files_and_pages_and_what_changed(make_site: Callable[..., Path]) -> None:
    config, _site, before = built(make_site)
    assert config.corpus_dir / "news.txt" in before
    assert config.articles_dir / f"{SLUG}.md" in before
    assert draft.changed_files(before, draft.snapshot(config)) == []
    edit(config.articles_dir / f"{SLUG}.md", "five years", "ten years")
    assert draft.changed_files(before, draft.snapshot(config)) == [config.articles_dir / f"{SLUG}.md"]


def test_corpus_edit_drafts_only_the_edited_article(make_site: Callable[..., Path]) -> None:
    config, site, before = built(make_site)
    edit(config.corpus_dir / "news.txt", "for five years.", "for five years, and then ten more.")
    drafts = draft.draft_articles(config, site, draft.changed_files(before, draft.snapshot(config)))
    assert [a.slug for a in drafts] == [SLUG]
    old = next(a for a in site.articles if a.slug == SLUG)
    assert "ten more" in drafts[0].body_markdown
    assert (drafts[0].date, drafts[0].topics, drafts[0].entities) == (old.date, old.topics, old.entities)
    pages = draft.draft_pages(render.make_environment(config), site, drafts)
    assert list(pages) == [PAGE]
    assert "ten more" in pages[PAGE].decode()


def test_page_edit_drafts_the_page_as_written(make_site: Callable[..., Path]) -> None:
    config, site, before = built(make_site)
    edit(config.articles_dir / f"{SLUG}.md", 'title: "Scientists launch', 'title: "Researchers launch')
    drafts = draft.draft_articles(config, site, draft.changed_files(before, draft.snapshot(config)))
    assert [(a.slug, a.title[:18]) for a in drafts] == [(SLUG, "Researchers launch")]


def test_what_a_draft_cannot_do_is_left_to_the_rebuild(make_site: Callable[..., Path]) -> None:
    config, site, before = built(make_site)
    md = config.articles_dir / f"{OTHER}.md"
    # a page edited by hand: the draft shows the editor's page, not the corpus change under it
    edit(md, "Opening hours", "Opening times")
    edit(config.corpus_dir / "news.txt", "longer on weekends", "longer on Sundays")
    drafts = draft.draft_articles(config, site, draft.changed_files(before, draft.snapshot(config)))
    assert [a.slug for a in drafts] == [OTHER]
    assert "Opening times" in drafts[0].body_markdown and "Sundays" not in drafts[0].body_markdown
    # a new article in the corpus, and a page whose YAML is broken
    config2, site2, before2 = built(make_site)
    with (config2.corpus_dir / "news.txt").open("a") as f:
        f.write("\nA third story arrives in the archive today\n\nIt has one paragraph of text for readers.\n")
    edit(config2.articles_dir / f"{SLUG}.md", "date:", "date: [unclosed")
    changed = draft.changed_files(before2, draft.snapshot(config2))
    assert len(changed) == 2
    assert draft.draft_articles(config2, site2, changed) == []


def test_preview_serves_the_draft_until_the_rebuild_is_in(make_site: Callable[..., Path]) -> None:
    site_dir = make_site(config="search = false\n")
    preview = Preview(load_config(site_dir), reload_config=lambda: load_config(site_dir))
    preview.rebuild(force=True)
    assert preview.site is not None and not preview.drafts
    server = make_server(preview, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    try:
        news = site_dir / "content" / "corpus" / "news.txt"
        assert not preview.is_new({site_dir / "content" / "articles" / f"{SLUG}.md"})  # as our build wrote it
        edit(news, "for five years.", "for five years, and then ten more.")
        assert preview.is_new({news})
        version = preview.version
        preview.draft({news})
        assert preview.version == version + 1  # open tabs reload
        assert list(preview.drafts) == [PAGE]
        assert "ten more" not in (site_dir / "public" / PAGE).read_text()  # public/ is untouched
        status, body = get(port, f"/articles/{SLUG}/")
        assert status == 200 and "ten more" in body and "EventSource" in body
        preview.rebuild({news})
        assert not preview.drafts
        assert "ten more" in (site_dir / "public" / PAGE).read_text()
        status, body = get(port, f"/articles/{SLUG}/")
        assert "ten more" in body
    finally:
        server.shutdown()
        server.server_close()


def test_a_one_line_edit_is_drafted_without_segmenting_and_agrees_with_segmenting(
    make_site: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, site, _before = built(make_site)
    news = config.corpus_dir / "news.txt"
    previous = news.read_text()
    calls: list[int] = []
    real = draft.segment
    monkeypatch.setattr(draft, "segment", lambda name, text, o: (calls.append(1), real(name, text, o))[1])
    one_line = [
        ("for five years.", "for five years, and then ten more."),  # a paragraph
        ("Opening hours will be longer", "Opening hours will be *much* longer"),  # Markdown-escaped text
        ("Libraries are where our city reads", "Libraries are where our whole city reads"),  # a quote
        ("Scientists launch a satellite", "Scientists launch a new satellite"),  # a headline
    ]
    for old, new in one_line:
        news.write_text(previous.replace(old, new, 1))
        calls.clear()
        quick = draft.draft_articles(config, site, [news], {news: previous})
        assert calls == [], (old, "segmented")
        whole = draft.draft_articles(config, site, [news])
        assert len(quick) == 1 and len(whole) == 1, old
        assert (quick[0].title, quick[0].body_markdown) == (whole[0].title, whole[0].body_markdown), old
    # anything else is segmented: a paragraph added, or a new article
    news.write_text(previous.replace("for five years.", "for five years.\n\nA new closing paragraph follows."))
    calls.clear()
    assert len(draft.draft_articles(config, site, [news], {news: previous})) == 1 and calls == [1]
    news.write_text(previous + "\nA third story arrives in the archive today\n\nIt has one paragraph of text.\n")
    assert draft.draft_articles(config, site, [news], {news: previous}) == []
