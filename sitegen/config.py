"""One frozen, validated configuration, loaded once from the site's ``sitegen.toml``."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.errors import ConfigError

CONFIG_NAME = "sitegen.toml"
PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_TAXONOMY_FILE = PACKAGE_DIR / "default_taxonomy.toml"


@dataclass(frozen=True)
class TopicDef:
    name: str
    description: str
    signals: tuple[str, ...]


@dataclass(frozen=True)
class Config:
    site_dir: Path
    title: str = "News archive"
    description: str = "A searchable archive of news articles."
    base_url: str = "http://127.0.0.1:8000/"
    language: str = "en"
    theme: str = "default"
    per_page: int = 20
    workers: int = 0  # 0: one per core
    search: bool = True
    search_shard_size: int = 4000  # articles per Pagefind run (its memory: ~180 KB an article)
    on_bad_input: str = "error"  # error | skip
    low_confidence: float = 0.75  # segmentation calls below this are reported
    max_topics: int = 3
    taxonomy: tuple[TopicDef, ...] = field(default_factory=tuple)
    preview: bool = False  # ``sitegen serve``: its own output, so public/ stays as the last build left it

    # Every path the build reads or writes, derived from site_dir.
    @property
    def content_dir(self) -> Path:
        return self.site_dir / "content"

    @property
    def corpus_dir(self) -> Path:
        return self.content_dir / "corpus"

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def overrides_file(self) -> Path:
        return self.content_dir / "segmentation.toml"

    @property
    def aliases_file(self) -> Path:
        return self.content_dir / "aliases.toml"

    @property
    def public_dir(self) -> Path:
        """The built site: public/, or the preview's own copy (its pages link to the preview's
        address, so they must not take the place of the site to deploy)."""
        return self.output_state_dir / "public" if self.preview else self.site_dir / "public"

    @property
    def cache_dir(self) -> Path:
        """What builds reuse whatever their output: segments, enrichment, the pages' memo."""
        return self.site_dir / ".sitegen-cache"

    @property
    def output_state_dir(self) -> Path:
        """What belongs to one output folder: its staging buffer and page states, its search
        index and the fingerprint of the inputs it was built from."""
        return self.cache_dir / "preview" if self.preview else self.cache_dir

    @property
    def config_file(self) -> Path:
        return self.site_dir / CONFIG_NAME

    @property
    def theme_dirs(self) -> tuple[Path, ...]:
        """Theme folders, first match wins: the site's own theme, then the built-in ones."""
        dirs = [self.site_dir / "themes" / self.theme, builtin_theme_dir(self.theme), builtin_theme_dir("default")]
        return tuple(dict.fromkeys(d for d in dirs if d.is_dir()))

    @property
    def template_dirs(self) -> tuple[Path, ...]:
        """Where templates are looked up: the site's templates/, then each theme's templates/."""
        return (self.site_dir / "templates", *(d / "templates" for d in self.theme_dirs))

    @property
    def static_dirs(self) -> tuple[Path, ...]:
        """Static files, first match wins: the site's static/, then each theme's static/."""
        return (self.site_dir / "static", *(d / "static" for d in self.theme_dirs))

    @property
    def worker_count(self) -> int:
        return self.workers or (os.cpu_count() or 1)


def builtin_theme_dir(name: str) -> Path:
    """The theme shipped with the package (wheel) or beside it (source checkout)."""
    for base in (PACKAGE_DIR / "themes", PACKAGE_DIR.parent / "themes"):
        if (base / name).is_dir():
            return base / name
    return PACKAGE_DIR / "themes" / name


_SCALARS: dict[str, type] = {
    "title": str,
    "description": str,
    "base_url": str,
    "language": str,
    "theme": str,
    "per_page": int,
    "workers": int,
    "search": bool,
    "search_shard_size": int,
    "on_bad_input": str,
    "low_confidence": float,
    "max_topics": int,
}


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^[ \t]*(\[+[ \t]*)?{re.escape(key)}\b", text, re.MULTILINE)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _read_toml(path: Path) -> tuple[dict[str, Any], str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text ({exc.reason})", path) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"invalid TOML: {msg}", path, int(m.group(1)) if m else None) from None


def parse_taxonomy(raw: Any, path: Path, text: str) -> tuple[TopicDef, ...]:
    if not isinstance(raw, list) or not raw:
        raise ConfigError("'topics' must be a non-empty list of [[topics]] tables", path, _line_of(text, "topics"))
    topics: list[TopicDef] = []
    for i, item in enumerate(raw, 1):
        line = _line_of(text, "[[topics]]")
        if not isinstance(item, dict):
            raise ConfigError(f"topic #{i} must be a table", path, line)
        unknown = set(item) - {"name", "description", "signals"}
        if unknown:
            key = sorted(unknown)[0]
            raise ConfigError(f"unknown key '{key}' in topic #{i}", path, _line_of(text, key))
        name = item.get("name")
        signals = item.get("signals", [])
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"topic #{i} needs a 'name'", path, line)
        if not isinstance(signals, list) or not all(isinstance(s, str) for s in signals) or not signals:
            raise ConfigError(
                f"topic '{name}': 'signals' must be a non-empty list of strings", path, _line_of(text, "signals")
            )
        topics.append(TopicDef(name.strip(), str(item.get("description", "")), tuple(signals)))
    names = [t.name for t in topics]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ConfigError(f"topic '{sorted(dupes)[0]}' is defined twice", path)
    return tuple(topics)


def default_taxonomy() -> tuple[TopicDef, ...]:
    data, text = _read_toml(DEFAULT_TAXONOMY_FILE)
    return parse_taxonomy(data.get("topics"), DEFAULT_TAXONOMY_FILE, text)


def load_config(site_dir: Path | str, **overrides: Any) -> Config:
    """Read ``sitegen.toml`` (optional) from site_dir and validate every key."""
    site = Path(site_dir).resolve()
    if not site.is_dir():
        raise ConfigError("site folder does not exist", site)
    path = site / CONFIG_NAME
    data: dict[str, Any] = {}
    text = ""
    if path.is_file():
        data, text = _read_toml(path)
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = _line_of(text, key)
        if key == "topics":
            values["taxonomy"] = parse_taxonomy(value, path, text)
            continue
        if key not in _SCALARS:
            raise ConfigError(f"unknown key '{key}' (known: {', '.join(sorted([*_SCALARS, 'topics']))})", path, line)
        want = _SCALARS[key]
        if want is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise ConfigError(f"'{key}' must be a {want.__name__}, not {type(value).__name__}", path, line)
        values[key] = value
    values.update(overrides)
    if "taxonomy" not in values:
        values["taxonomy"] = default_taxonomy()
    cfg = Config(site_dir=site, **values)
    _validate(cfg, path, text)
    return cfg


def _validate(cfg: Config, path: Path, text: str) -> None:
    def fail(key: str, msg: str) -> None:
        raise ConfigError(f"'{key}' {msg}", path, _line_of(text, key))

    if not re.match(r"^https?://[^/\s]+(/\S*)?$", cfg.base_url):
        fail("base_url", "must be an absolute http(s) URL such as https://news.example.org/")
    if not 1 <= cfg.per_page <= 1000:
        fail("per_page", "must be between 1 and 1000")
    if cfg.search_shard_size < 1:
        fail("search_shard_size", "must be at least 1")
    if cfg.workers < 0:
        fail("workers", "must be 0 (one per core) or more")
    if cfg.on_bad_input not in ("error", "skip"):
        fail("on_bad_input", "must be 'error' or 'skip'")
    if not 0.5 <= cfg.low_confidence <= 1.0:
        fail("low_confidence", "must be between 0.5 and 1.0")
    if not 1 <= cfg.max_topics <= 10:
        fail("max_topics", "must be between 1 and 10")
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", cfg.theme) or cfg.theme.startswith("."):
        fail("theme", "must be a plain folder name")
    if not ((cfg.site_dir / "themes" / cfg.theme).is_dir() or builtin_theme_dir(cfg.theme).is_dir()):
        fail("theme", f"'{cfg.theme}' not found in themes/ or the built-in themes")
