"""Atom feeds, sitemap, robots.txt and the JSON data export."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import feedparser
import pytest

from sitegen import feeds, urls
from sitegen.collect import Site, collect
from sitegen.config import TopicDef, load_config
from sitegen.model import Article, DateInfo, EntityMention, Precision

BASE = "https://x.org/news/"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def art(
    slug: str,
    date: dt.date | None,
    precision: Precision = "day",
    *,
    topics: Sequence[str] = (),
    entities: Sequence[EntityMention] = (),
    summary: str = "A summary.",
) -> Article:
    return Article(
        slug=slug,
        title=f"Title of {slug} & <co>",
        date=DateInfo(date, precision, f"evidence for {slug}") if date else DateInfo.unknown(),
        topics=tuple(topics),
        entities=tuple(entities),
        source_file="news.txt",
        source_lines=(3, 9),
        body_markdown=f"Body of {slug}.\n",
        summary=summary,
        word_count=3,
    )


@pytest.fixture
def site(tmp_path: Path) -> Site:
    config = load_config(
        tmp_path,
        base_url=BASE,
        title="Daily & News",
        taxonomy=(TopicDef("Science", "Research.", ("lab",)), TopicDef("Politics & Law", "", ("law",))),
    )
    return collect(
        config,
        [
            art(
                "old",
                dt.date(2023, 12, 31),
                topics=["Science"],
                entities=[EntityMention("Ann", "person", 2, ("A.",), "Ann said.")],
            ),
            art(
                "new",
                dt.date(2024, 3, 5),
                topics=["Science", "Politics & Law"],
                entities=[EntityMention("UN", "organization", 1)],
            ),
            art(
                "month",
                dt.date(2024, 2, 1),
                "month",
                entities=[EntityMention("Ann", "person", 1), EntityMention("UN", "organization", 4)],
            ),
            art("undated", None, summary=""),
        ],
    )


def test_atom_feed_parses_newest_first_with_absolute_links(site: Site) -> None:
    data = feeds.atom_feed(site, urls.FEED, site.config.title, site.articles, urls.HOME)
    parsed = feedparser.parse(data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.title == "Daily & News"
    assert parsed.feed.id == "https://x.org/news/feed.xml"
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links == {"self": "https://x.org/news/feed.xml", "alternate": "https://x.org/news/"}
    assert parsed.feed.updated == "2024-03-05T00:00:00+00:00"  # the newest article's date
    assert [e.id for e in parsed.entries] == [
        f"https://x.org/news/articles/{s}/" for s in ("new", "month", "old", "undated")
    ]
    for e in parsed.entries:
        assert e.link == e.id
        assert e.link.startswith("https://x.org/news/articles/")
    first = parsed.entries[0]
    assert first.title == "Title of new & <co>"
    assert first.summary == "A summary."
    assert [t.term for t in first.tags] == ["Science", "Politics & Law"]
    assert first.published == "2024-03-05T00:00:00+00:00"
    assert parsed.entries[-1].summary == parsed.entries[-1].title  # no summary: the title stands in


def test_atom_feed_bytes_are_deterministic(site: Site) -> None:
    first = feeds.feeds(site)
    second = feeds.feeds(site)
    assert first == second
    assert first["feed.xml"].startswith(b"<?xml")


def test_an_undated_article_is_dated_as_of_the_archive_not_1970(site: Site) -> None:
    parsed = feedparser.parse(feeds.atom_feed(site, urls.FEED, site.config.title, site.articles, urls.HOME))
    undated = next(e for e in parsed.entries if e.id.endswith("/undated/"))
    assert undated.updated_parsed[:3] == (2024, 3, 5)  # the newest article's date
    assert "published" not in undated
    dated = next(e for e in parsed.entries if e.id.endswith("/old/"))
    assert dated.published_parsed[:3] == (2023, 12, 31)


def test_atom_feed_is_capped(tmp_path: Path) -> None:
    config = load_config(tmp_path, base_url=BASE)
    many = [art(f"a{i:03d}", dt.date(2020, 1, 1) + dt.timedelta(days=i)) for i in range(feeds.FEED_SIZE + 7)]
    s = collect(config, many)
    parsed = feedparser.parse(feeds.atom_feed(s, urls.FEED, "t", s.articles, urls.HOME))
    assert len(parsed.entries) == feeds.FEED_SIZE
    assert parsed.entries[0].id.endswith(f"/a{feeds.FEED_SIZE + 6:03d}/")


def test_empty_feed_is_valid(tmp_path: Path) -> None:
    s = collect(load_config(tmp_path, base_url=BASE), [])
    parsed = feedparser.parse(feeds.atom_feed(s, urls.FEED, "t", s.articles, urls.HOME))
    assert not parsed.bozo
    assert parsed.entries == []


def test_per_topic_feeds(site: Site) -> None:
    out = feeds.feeds(site)
    assert sorted(out) == ["feed.xml", "topics/politics-law/feed.xml", "topics/science/feed.xml"]
    science = feedparser.parse(out["topics/science/feed.xml"])
    assert not science.bozo
    assert science.feed.title == "Daily & News: Science"
    assert science.feed.id == "https://x.org/news/topics/science/feed.xml"
    assert {link.rel: link.href for link in science.feed.links}["alternate"] == "https://x.org/news/topics/science/"
    assert [e.id.rsplit("/", 2)[1] for e in science.entries] == ["new", "old"]
    politics = feedparser.parse(out["topics/politics-law/feed.xml"])
    assert [e.id.rsplit("/", 2)[1] for e in politics.entries] == ["new"]
    assert politics.feed.updated == "2024-03-05T00:00:00+00:00"


def test_sitemap_lists_paths_with_absolute_locs_and_article_lastmod(site: Site) -> None:
    paths = ["/", "/articles/new/", "/articles/month/", "/articles/undated/", "/topics/science/", "/search/?q=<x>&y"]
    root = ET.fromstring(feeds.sitemaps(site, paths)["sitemap.xml"])
    assert root.tag == f"{SITEMAP_NS}urlset"
    rows = {u.findtext(f"{SITEMAP_NS}loc"): u.findtext(f"{SITEMAP_NS}lastmod") for u in root}
    assert rows == {
        "https://x.org/news/": None,
        "https://x.org/news/articles/new/": "2024-03-05",
        "https://x.org/news/articles/month/": "2024-02-01",
        "https://x.org/news/articles/undated/": None,
        "https://x.org/news/topics/science/": None,
        "https://x.org/news/search/?q=<x>&y": None,  # escaped in the XML, intact once parsed
    }
    locs = [u.findtext(f"{SITEMAP_NS}loc") or "" for u in root]
    assert locs == sorted(locs)  # stable order whatever order the paths came in
    assert feeds.sitemaps(site, list(reversed(paths))) == feeds.sitemaps(site, paths)


def test_a_large_sitemap_becomes_an_index_of_files_within_the_limit(site: Site) -> None:
    paths = [f"/articles/a{i:03d}/" for i in range(25)]
    out = feeds.sitemaps(site, paths, limit=10)
    assert sorted(out) == ["sitemap.xml", "sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml"]
    index = ET.fromstring(out["sitemap.xml"])
    assert index.tag == f"{SITEMAP_NS}sitemapindex"
    assert [s.findtext(f"{SITEMAP_NS}loc") for s in index] == [
        f"https://x.org/news/sitemaps/{n}.xml" for n in (1, 2, 3)
    ]
    parts = [ET.fromstring(out[f"sitemaps/{n}.xml"]) for n in (1, 2, 3)]
    assert [len(list(p)) for p in parts] == [10, 10, 5]
    locs = [u.findtext(f"{SITEMAP_NS}loc") for p in parts for u in p]
    assert locs == [f"https://x.org/news/articles/a{i:03d}/" for i in range(25)]


def test_robots_names_the_sitemap(site: Site) -> None:
    text = feeds.robots(site).decode()
    assert "User-agent: *" in text
    assert "Sitemap: https://x.org/news/sitemap.xml" in text.splitlines()
    assert "Disallow: /news/qa/" in text.splitlines()


def test_data_export_shape(site: Site) -> None:
    out = feeds.data_export(site)
    assert sorted(out) == ["data/articles.json", "data/entities.json"]
    articles = json.loads(out["data/articles.json"])
    assert articles["count"] == 4 == len(articles["articles"])
    assert [a["slug"] for a in articles["articles"]] == ["new", "month", "old", "undated"]
    new = articles["articles"][0]
    assert set(new) == {
        "slug", "url", "title", "date", "date_precision", "date_evidence", "topics", "entities",
        "source", "summary", "word_count", "body_markdown",
    }  # fmt: skip
    assert new["url"] == "https://x.org/news/articles/new/"
    assert new["title"] == "Title of new & <co>"
    assert new["date"] == "2024-03-05" and new["date_precision"] == "day"
    assert new["topics"] == ["Science", "Politics & Law"]
    assert new["entities"] == {"people": [], "organizations": ["UN"], "places": []}
    assert new["source"] == {"file": "news.txt", "lines": [3, 9]}
    undated = articles["articles"][-1]
    assert undated["date"] is None and undated["date_precision"] == "unknown"

    entities = json.loads(out["data/entities.json"])
    assert entities["count"] == 2
    by_name = {e["name"]: e for e in entities["entities"]}
    ann = by_name["Ann"]
    assert ann == {
        "name": "Ann",
        "type": "person",
        "url": "https://x.org/news/people/ann/",
        "aliases": ["A."],
        "mentions": 3,
        "articles": ["month", "old"],
        "first_date": "2023-12-31",
        "last_date": "2024-02",  # at the article's own precision
        "co_occurring": [{"name": "UN", "type": "organization", "articles": 1}],
    }
    assert by_name["UN"]["mentions"] == 5


def test_data_export_keeps_unicode_readable(tmp_path: Path) -> None:
    s = collect(
        load_config(tmp_path, base_url=BASE),
        [art("z", dt.date(2024, 1, 1), entities=[EntityMention("Zürich", "place", 1)])],
    )
    out = feeds.data_export(s)
    assert "Zürich".encode() in out["data/entities.json"]
    assert json.loads(out["data/entities.json"])["entities"][0]["url"] == "https://x.org/news/places/zurich/"
