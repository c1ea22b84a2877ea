"""Slugs and every URL / output-path rule, in one place.

URLs are site-relative paths ("/articles/x/"); ``Urls.href`` prefixes the base URL's path so a
site can live below a folder, and ``Urls.absolute`` gives canonical URLs for feeds and sitemaps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from urllib.parse import urlsplit

from slugify import slugify as _slugify

from sitegen.model import ENTITY_KEYS, EntityType

MAX_SLUG = 80


def slugify(text: str, fallback: str = "item") -> str:
    """A URL- and file-safe slug: ASCII, lowercase, hyphens, never empty, never '.' or '..'."""
    slug = _slugify(text, max_length=MAX_SLUG, word_boundary=True, save_order=True)
    slug = slug.strip("-.")
    return slug or fallback


def unique_slugs(names: Iterable[str], fallback: str = "item") -> list[str]:
    """Slugs for names in order; collisions get -2, -3… deterministically by position."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        base = slugify(name, fallback)
        slug, n = base, 2
        while slug in seen:
            slug = f"{base}-{n}"
            n += 1
        seen.add(slug)
        out.append(slug)
    return out


class Urls:
    def __init__(self, base_url: str):
        parts = urlsplit(base_url)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.prefix = "/" + parts.path.strip("/") + "/" if parts.path.strip("/") else "/"

    def href(self, path: str) -> str:
        """Site path ('/x/') → link that works below the base URL's folder."""
        return self.prefix + path.lstrip("/")

    def absolute(self, path: str) -> str:
        return self.origin + self.href(path)

    @staticmethod
    def output_path(path: str) -> str:
        """Site path → file inside public/ ('/x/' → 'x/index.html')."""
        rel = path.lstrip("/")
        if not rel or rel.endswith("/"):
            return rel + "index.html"
        return rel


def paged(path: str, page: int) -> str:
    return path if page == 1 else f"{path}page/{page}/"


def article(slug: str) -> str:
    return f"/articles/{slug}/"


def topic(slug: str) -> str:
    return f"/topics/{slug}/"


def topic_feed(slug: str) -> str:
    return f"/topics/{slug}/feed.xml"


def entity_type_index(type_: EntityType) -> str:
    return f"/{ENTITY_KEYS[type_]}/"


def entity(type_: EntityType, slug: str) -> str:
    return f"/{ENTITY_KEYS[type_]}/{slug}/"


def archive(year: int | None = None, month: int | None = None, day: int | None = None) -> str:
    if year is None:
        return "/archive/"
    if month is None:
        return f"/archive/{year:04d}/"
    if day is None:
        return f"/archive/{year:04d}/{month:02d}/"
    return f"/archive/{year:04d}/{month:02d}/{day:02d}/"


def archive_for(date: dt.date, precision: str) -> str:
    if precision == "day":
        return archive(date.year, date.month, date.day)
    if precision == "month":
        return archive(date.year, date.month)
    return archive(date.year)


HOME = "/"
TOPICS = "/topics/"
ENTITIES = "/entities/"
SEARCH = "/search/"
QA = "/qa/"
FEED = "/feed.xml"
SITEMAP = "/sitemap.xml"
NOT_FOUND = "/404.html"
DATA_ARTICLES = "/data/articles.json"
DATA_ENTITIES = "/data/entities.json"
