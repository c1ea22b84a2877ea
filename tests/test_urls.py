"""Slugs and URL / output-path rules."""

from __future__ import annotations

import datetime as dt

import pytest

from sitegen import urls
from sitegen.urls import MAX_SLUG, Urls, slugify, unique_slugs


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("City Council Approves Budget", "city-council-approves-budget"),
        ("Café Zürich", "cafe-zurich"),
        ("Привет мир", "privet-mir"),
        ("Ångström & Co.", "angstrom-co"),
        ("  spaced   out  ", "spaced-out"),
        ("-a-", "a"),
        (".hidden file", "hidden-file"),
        ("...dots", "dots"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("text", ["", "..", ".", "!!!", "—", "  ", "...", "-.-", "?!&%"])
def test_slugify_falls_back_when_nothing_is_left(text: str) -> None:
    assert slugify(text) == "item"
    assert slugify(text, "article") == "article"


@pytest.mark.parametrize("text", ["a" * 300, "word " * 60, "Ünïcödé " * 30, "x-" * 100])
def test_slugify_max_length_and_shape(text: str) -> None:
    slug = slugify(text)
    assert 0 < len(slug) <= MAX_SLUG
    assert not slug.startswith((".", "-")) and not slug.endswith((".", "-"))
    assert slug == slug.lower() and slug.isascii()
    assert "/" not in slug and ".." not in slug


def test_slugify_cuts_at_a_word_boundary() -> None:
    slug = slugify("word " * 60)
    assert slug.endswith("word") and "--" not in slug


@pytest.mark.parametrize("text", ["../../etc/passwd", "a/b\\c", "x\x00y", "%2e%2e"])
def test_slugify_is_file_safe(text: str) -> None:
    slug = slugify(text)
    assert all(c.isalnum() or c == "-" for c in slug)
    assert slug not in ("", ".", "..")


def test_unique_slugs_numbers_collisions_in_order() -> None:
    assert unique_slugs(["A b", "a-b", "A B!", "c"]) == ["a-b", "a-b-2", "a-b-3", "c"]


def test_unique_slugs_never_repeats_even_when_a_name_looks_numbered() -> None:
    out = unique_slugs(["a b", "a b", "a b 2", "a-b-2", "", "..", "item"])
    assert len(set(out)) == len(out)
    assert out[:2] == ["a-b", "a-b-2"]
    assert out[4:] == ["item", "item-2", "item-3"]


def test_unique_slugs_fallback_and_determinism() -> None:
    names = ["!!!", "?", "Topic"]
    assert unique_slugs(names, "topic") == ["topic", "topic-2", "topic-3"]
    assert unique_slugs(names, "topic") == unique_slugs(list(names), "topic")
    assert unique_slugs([]) == []


# --- Urls -----------------------------------------------------------------------------------


@pytest.mark.parametrize("base", ["https://x.org/news/", "https://x.org/news"])
def test_urls_below_a_folder(base: str) -> None:
    u = Urls(base)
    assert u.origin == "https://x.org"
    assert u.prefix == "/news/"
    assert u.href("/articles/a/") == "/news/articles/a/"
    assert u.href("/") == "/news/"
    assert u.href("feed.xml") == "/news/feed.xml"
    assert u.absolute("/articles/a/") == "https://x.org/news/articles/a/"
    assert u.absolute(urls.HOME) == "https://x.org/news/"


def test_urls_nested_folder_and_port() -> None:
    u = Urls("http://127.0.0.1:8000/a/b/")
    assert u.prefix == "/a/b/"
    assert u.absolute("/topics/x/") == "http://127.0.0.1:8000/a/b/topics/x/"


@pytest.mark.parametrize("base", ["https://x.org/", "https://x.org"])
def test_urls_at_the_root(base: str) -> None:
    u = Urls(base)
    assert u.prefix == "/"
    assert u.href("/articles/a/") == "/articles/a/"
    assert u.absolute("/sitemap.xml") == "https://x.org/sitemap.xml"


@pytest.mark.parametrize(
    ("path", "out"),
    [
        ("/", "index.html"),
        ("", "index.html"),
        ("/articles/a/", "articles/a/index.html"),
        ("/news/articles/a/", "news/articles/a/index.html"),
        ("/feed.xml", "feed.xml"),
        ("/404.html", "404.html"),
        ("/topics/x/feed.xml", "topics/x/feed.xml"),
        ("/topics/x/page/2/", "topics/x/page/2/index.html"),
    ],
)
def test_output_path(path: str, out: str) -> None:
    assert Urls.output_path(path) == out
    assert Urls("https://x.org/news/").output_path(path) == out  # not prefixed: public/ is the site root


def test_paged() -> None:
    assert urls.paged("/topics/x/", 1) == "/topics/x/"
    assert urls.paged("/topics/x/", 2) == "/topics/x/page/2/"
    assert urls.paged("/", 3) == "/page/3/"


def test_archive_paths() -> None:
    assert urls.archive() == "/archive/"
    assert urls.archive(2024) == "/archive/2024/"
    assert urls.archive(2024, 3) == "/archive/2024/03/"
    assert urls.archive(2024, 3, 5) == "/archive/2024/03/05/"
    assert urls.archive(987, 1) == "/archive/0987/01/"
    d = dt.date(2024, 3, 5)
    assert urls.archive_for(d, "day") == "/archive/2024/03/05/"
    assert urls.archive_for(d, "month") == "/archive/2024/03/"
    assert urls.archive_for(d, "year") == "/archive/2024/"
    assert urls.archive_for(d, "unknown") == "/archive/2024/"


def test_page_paths() -> None:
    assert urls.article("a-b") == "/articles/a-b/"
    assert urls.topic("science") == "/topics/science/"
    assert urls.topic_feed("science") == "/topics/science/feed.xml"
    assert urls.entity("person", "ann") == "/people/ann/"
    assert urls.entity("organization", "un") == "/organizations/un/"
    assert urls.entity("place", "oslo") == "/places/oslo/"
    assert urls.entity_type_index("place") == "/places/"
    for path in (urls.HOME, urls.TOPICS, urls.ENTITIES, urls.SEARCH, urls.QA):
        assert path.startswith("/") and path.endswith("/")
