"""Issue 9 "Safe by default": the points tests/test_robustness.py does not cover yet.

1. bad input: one-line errors or warnings, never a traceback, never lost data;
2. nothing outside public/, content/articles/ and .sitegen-cache/ is written or deleted;
3. builds are deterministic across worker counts (with the process pools really in use);
4. fuzzing (hypothesis): corpus dumps and front-matter edits;
5. the preview server: loopback by default, nothing outside public/, under load.

Run ``python -m pytest tests/test_hardening.py -s`` to see how many fuzz cases ran.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import sitegen.build as build_module
import sitegen.serve as serve_module
from sitegen.build import build
from sitegen.cli import main as cli_main
from sitegen.config import load_config
from sitegen.corpus import read_corpus_file
from sitegen.errors import SitegenError
from sitegen.output import MARKER
from sitegen.segment import segment
from sitegen.serve import Preview, make_server, resolve_path
from tests.conftest import CORPUS, SMALL_CORPUS

NO_SEARCH = "search = false\n"
MakeSite = Callable[..., Path]
CASES: dict[str, int] = {"corpus builds": 0, "segmentations": 0, "front-matter edits": 0}


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sitegen", *args], capture_output=True, text=True, timeout=300, cwd=cwd
    )


def assert_one_line_error(res: subprocess.CompletedProcess[str], path: Path, line: int | None = None) -> str:
    """The CLI failed with exactly one line ``error: path:line: message`` and no traceback."""
    assert res.returncode == 1, (res.returncode, res.stderr)
    err = res.stderr.strip()
    assert "\n" not in err and "Traceback" not in err, err
    where = f"error: {path}:{line}: " if line is not None else f"error: {path}:"
    assert err.startswith(where), err
    return err


def sample_text() -> str:
    """The sample corpus: 29 real articles."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))


def realistic_corpus(min_bytes: int) -> str:
    """Real articles repeated until the text holds at least ``min_bytes`` bytes of UTF-8."""
    one = sample_text().strip("\n")
    reps = min_bytes // len(one.encode()) + 1
    return "\n\n".join([one] * reps) + "\n"


def page_paths(site: Path) -> list[Path]:
    return sorted((site / "content" / "articles").glob("*.md"))


def front_of(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))


# --- 1. bad input ---------------------------------------------------------------------------


@pytest.mark.slow
def test_50mb_corpus_file_is_read_and_segmented_without_losing_a_line(tmp_path: Path) -> None:
    """A 50 MB dump of real articles: decoded and segmented in well under a minute, every line kept.

    A full build of 50 MB does not fit the test budget on 2 cores (5 MB: ~14 s, roughly linear),
    so the build stages that scale with the *file* (reading, decoding, segmentation) are checked
    here at 50 MB and the whole pipeline below at a few MB.
    """
    path = tmp_path / "big.txt"
    text = realistic_corpus(50_000_000)
    path.write_bytes(text.encode("utf-8"))
    assert path.stat().st_size >= 50_000_000
    start = time.perf_counter()
    source = read_corpus_file(path)
    seg = segment(source.name, source.text)
    elapsed = time.perf_counter() - start
    assert source.text == text
    expected = [line.strip() for line in text.split("\n") if line.strip()]
    got = [u for a in seg.articles for u in (a.title, *(b.text for b in a.blocks))]
    assert got == expected  # nothing lost, merged or reordered
    assert len(seg.articles) >= 29 * (50_000_000 // len(sample_text().encode()))
    assert elapsed < 45, f"reading + segmenting 50 MB took {elapsed:.1f} s"


@pytest.mark.slow
def test_multi_megabyte_corpus_builds_through_the_cli(make_site: MakeSite) -> None:
    text = realistic_corpus(3_000_000)
    site = make_site({"content/corpus/big.txt": text}, NO_SEARCH)
    res = cli("build", "--site", str(site), "--quiet")
    assert res.returncode == 0, res.stderr
    assert "Traceback" not in res.stderr
    n = len(segment("big.txt", text).articles)
    assert len(page_paths(site)) == n  # one page per article, despite the repeated headlines
    assert len(list((site / "public" / "articles").iterdir())) == n


def long_line(min_bytes: int) -> str:
    paras = [b.text for a in segment("s.txt", sample_text()).articles for b in a.blocks if b.kind == "paragraph"]
    out: list[str] = []
    size = 0
    while size < min_bytes:
        out.append(paras[len(out) % len(paras)])
        size += len(out[-1].encode()) + 1
    return " ".join(out)


def test_1mb_single_line_in_an_article_is_kept(make_site: MakeSite) -> None:
    line = long_line(1_000_000)
    text = (
        "Officials publish a very long statement on the new city budget\n\n"
        f"{line}\n\n"
        "The statement ends here, officials said on Monday.\n"
    )
    site = make_site({"content/corpus/a.txt": text}, NO_SEARCH)
    res = cli("build", "--site", str(site), "--quiet")
    assert res.returncode == 0, res.stderr
    [page] = page_paths(site)
    body = page.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    # The Markdown body escapes a few characters: compare the words.
    assert (
        body.replace("\\", "").split() == " ".join([line, "The statement ends here, officials said on Monday."]).split()
    )


def test_file_that_is_one_long_line_keeps_the_text_in_the_body(make_site: MakeSite) -> None:
    line = long_line(20_000)
    site = make_site({"content/corpus/a.txt": line + "\n"}, NO_SEARCH)
    build(load_config(site))
    [page] = page_paths(site)
    front = front_of(page)
    assert len(front["title"]) <= 320
    assert line.split()[-1].rstrip(".").replace("\\", "") in page.read_text(encoding="utf-8").split("\n---\n", 1)[1]


def test_control_characters_in_the_corpus_do_not_break_the_build(make_site: MakeSite) -> None:
    text = SMALL_CORPUS.replace("City council approves", "City \x1b[1mcouncil\x1b[0m approves").replace(
        "Opening hours", "Opening\x0chours\x08"
    )
    site = make_site({"content/corpus/news.txt": text}, NO_SEARCH)
    res = cli("build", "--site", str(site))
    assert res.returncode == 0, res.stderr
    assert "council" in (site / "public" / "feed.xml").read_text(encoding="utf-8")


def test_control_character_in_front_matter_is_a_one_line_error_at_its_line(make_site: MakeSite) -> None:
    site = built_site(make_site)
    page = page_paths(site)[0]
    lines = page.read_text(encoding="utf-8").split("\n")
    n = next(i for i, s in enumerate(lines) if s.startswith("summary:"))
    lines[n] = 'summary: "a pasted \x1f character"'
    page.write_text("\n".join(lines), encoding="utf-8")
    assert_one_line_error(cli("build", "--site", str(site)), page, n + 1)


def test_hand_edited_float_is_kept_exactly(make_site: MakeSite) -> None:
    site = built_site(make_site)
    page = page_paths(site)[0]
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("\nsummary:", "\nweight: 1.0e-07\nratio: 0.3984375\nsummary:", 1), encoding="utf-8")
    (site / "content" / "corpus" / "news.txt").write_text(
        SMALL_CORPUS.replace("Tuesday", "Wednesday"), encoding="utf-8"
    )
    build(load_config(site))  # the corpus changed: the page is rewritten with the editor's keys kept
    front = front_of(page)
    assert (front["weight"], front["ratio"]) == (1e-07, 0.3984375)


def built_site(make_site: MakeSite, files: dict[str, str | bytes] | None = None, config: str = NO_SEARCH) -> Path:
    site = make_site(files, config)
    build(load_config(site))
    return site


@pytest.mark.parametrize(
    ("bad", "exact"),
    [
        ("summary: a: b", True),  # mapping values are not allowed here: found on the line itself
        ("summary: @reserved", True),  # '@' cannot start a token
        ('summary: "an edit with an unclosed quote', False),  # a quoted value may span lines: found later
    ],
)
def test_malformed_yaml_in_an_edited_page_names_page_and_line(make_site: MakeSite, bad: str, exact: bool) -> None:
    site = built_site(make_site)
    page = page_paths(site)[0]
    lines = page.read_text(encoding="utf-8").split("\n")
    n = next(i for i, s in enumerate(lines) if s.startswith("summary:"))
    lines[n] = bad
    page.write_text("\n".join(lines), encoding="utf-8")
    before = page.read_bytes()
    public_before = tree_digest(site / "public")
    res = cli("build", "--site", str(site))
    err = assert_one_line_error(res, page)
    assert "invalid YAML" in err
    reported = int(err.split(f"{page}:", 1)[1].split(":", 1)[0])
    end = lines.index("---", 1) + 1
    if exact:
        assert reported == n + 1, err
    else:
        assert n + 1 <= reported <= end, err
    assert page.read_bytes() == before  # the editor's text is not touched
    assert tree_digest(site / "public") == public_before


def test_unclosed_flow_list_names_the_line_of_the_edit(make_site: MakeSite) -> None:
    site = built_site(make_site)
    page = page_paths(site)[0]
    lines = page.read_text(encoding="utf-8").split("\n")
    n = next(i for i, s in enumerate(lines) if s.startswith("topics:"))
    lines[n] = "topics: [Science, Politics"
    page.write_text("\n".join(lines), encoding="utf-8")
    err = assert_one_line_error(cli("build", "--site", str(site)), page)
    assert f"{page}:{n + 1}:" in err or f"{page}:{n + 2}:" in err, err


def test_impossible_date_in_front_matter_is_a_one_line_error(make_site: MakeSite) -> None:
    site = built_site(make_site)
    page = page_paths(site)[0]
    lines = page.read_text(encoding="utf-8").split("\n")
    n = next(i for i, s in enumerate(lines) if s.startswith("date:"))
    lines[n] = "date: 2024-13-45"
    page.write_text("\n".join(lines), encoding="utf-8")
    assert_one_line_error(cli("build", "--site", str(site)), page, n + 1)


@pytest.mark.parametrize(
    ("key", "value", "needle"),
    [
        pytest.param("word_count", '"many"', "word_count"),
        pytest.param("topic_scores", '{Diplomacy: "high"}', "topic_scores"),
        pytest.param("entity_details", '[{name: "Anna Berg", type: person, count: "three"}]', "entity_details"),
        ("source", '{file: "news.txt", lines: "1-9"}', "source"),
        ("topics", "{a: 1}", "topics"),
        ("entities", "[Anna Berg]", "entities"),
        ("date_precision", "weekly", "date_precision"),
        ("title", "[]", "title"),
    ],
)
def test_wrong_types_in_front_matter_are_one_line_errors(
    make_site: MakeSite, key: str, value: str, needle: str
) -> None:
    site = built_site(make_site)
    page = page_paths(site)[0]
    lines = page.read_text(encoding="utf-8").split("\n")
    n = next(i for i, s in enumerate(lines) if s.startswith(f"{key}:"))
    end = n + 1
    while lines[end].startswith(" "):  # a block mapping or list: replace it whole
        end += 1
    lines[n:end] = [f"{key}: {value}"]
    page.write_text("\n".join(lines), encoding="utf-8")
    res = cli("build", "--site", str(site))
    if res.returncode == 0:  # accepted: the edit must then be kept
        assert front_of(page)[key] == yaml.safe_load(value)
        return
    err = assert_one_line_error(res, page, n + 1)
    assert needle in err


def test_invalid_config_names_the_key_and_line(make_site: MakeSite) -> None:
    site = make_site(config='title = "News"\nsearch = false\nper_page = "ten"\n')
    err = assert_one_line_error(cli("build", "--site", str(site)), site / "sitegen.toml", 3)
    assert "'per_page'" in err
    assert not (site / "public").exists() and not (site / "content" / "articles").exists()


def test_theme_template_syntax_error_names_template_and_line(make_site: MakeSite) -> None:
    site = built_site(make_site)
    public_before = tree_digest(site / "public")
    template = site / "templates" / "article.html"
    template.parent.mkdir()
    template.write_text(
        '{% extends "default/article.html" %}\n{% block content %}\n<p>{{ article.title }</p>\n{% endblock %}\n',
        encoding="utf-8",
    )
    err = assert_one_line_error(cli("build", "--site", str(site)), template, 3)
    assert "template" in err
    assert tree_digest(site / "public") == public_before  # the failed build left public/ as it was


FILLER = "The council said on {day} that the plan was approved after a long debate in the chamber, officials said."


def corpus_of(headlines: list[str]) -> str:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return "\n\n".join(f"{h}\n\n{FILLER.format(day=days[i % 7])}" for i, h in enumerate(headlines)) + "\n"


def test_colliding_empty_and_dot_slugs_give_distinct_safe_files(make_site: MakeSite) -> None:
    headlines = [
        "Budget approved for city libraries",
        "Budget approved for city libraries!",
        "BUDGET APPROVED FOR CITY LIBRARIES?",
        "Budget approved for city libraries 2",  # slug budget-…-2, the same as the second one's
        "Article",
        "!!! ??? …",  # slugifies to nothing → the fallback, which collides with "Article"
        "..",
        ". . .",
        "«»",
        "北京 announces new rules for city parks",
        "Минск hosts regional talks on trade",
    ]
    text = corpus_of(headlines)
    overrides = "headlines = [" + ", ".join(f'"{h}"' for h in headlines) + "]\n"
    site = make_site({"content/corpus/a.txt": text, "content/segmentation.toml": overrides}, NO_SEARCH)
    build(load_config(site))
    pages = page_paths(site)
    assert len(pages) == len(headlines)
    titles = sorted(front_of(p)["title"] for p in pages)
    assert titles == sorted(headlines)  # every article kept, none overwritten by another
    for p in pages:
        assert p.parent == site / "content" / "articles"
        assert not p.name.startswith(".") and p.stem not in ("", ".", "..")
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.md", p.name), p.name
        assert (site / "public" / "articles" / p.stem / "index.html").is_file()


def test_headlines_over_300_characters_give_short_file_names(make_site: MakeSite) -> None:
    long_words = "Internationalization standardization telecommunications counterrevolutionaries " * 5
    headlines = [
        ("Officials " + long_words).strip()[:310],
        "Ministers " + "announce " * 40,
        "北京" * 160,  # 320 characters, 960 bytes of UTF-8
        "Ünïcödé " * 40,
    ]
    assert all(len(h.strip()) > 300 for h in headlines)
    headlines = [h.strip() for h in headlines]
    overrides = "headlines = [" + ", ".join(f'"{h}"' for h in headlines) + "]\n"
    site = make_site({"content/corpus/a.txt": corpus_of(headlines), "content/segmentation.toml": overrides}, NO_SEARCH)
    build(load_config(site))
    pages = page_paths(site)
    assert sorted(front_of(p)["title"] for p in pages) == sorted(headlines)
    for p in pages:
        assert len(p.name.encode()) < 200
        assert len(str(p.relative_to(site)).encode()) < 255
    for d in (site / "public" / "articles").iterdir():
        assert len(d.name.encode()) < 200


def test_crlf_and_bom_corpus_builds_like_lf(make_site: MakeSite, tmp_path: Path) -> None:
    lf_site = built_site(make_site, {"content/corpus/news.txt": SMALL_CORPUS})
    lf_pages = {p.name: p.read_bytes() for p in page_paths(lf_site)}
    crlf = tmp_path / "crlf"
    (crlf / "content" / "corpus").mkdir(parents=True)
    (crlf / "sitegen.toml").write_text(NO_SEARCH)
    (crlf / "content" / "corpus" / "news.txt").write_bytes(
        b"\xef\xbb\xbf" + SMALL_CORPUS.replace("\n", "\r\n").encode()
    )
    res = cli("build", "--site", str(crlf))
    assert res.returncode == 0, res.stderr
    crlf_pages = {p.name: p.read_bytes() for p in page_paths(crlf)}
    assert crlf_pages == lf_pages
    for path in (crlf / "public").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "\ufeff" not in text and "\r" not in text, path


def test_hand_written_files_in_content_articles_survive(make_site: MakeSite) -> None:
    site = built_site(make_site)
    articles = site / "content" / "articles"
    keep = {
        "README.md": "Notes for editors.\n",
        "notes.txt": "not a page\n",
        "_draft.md": "---\ntitle: Draft\n---\n\nNot yet.\n",
        "hand-written.md": "---\ntitle: A page written by hand\ndate: 2024-03-01\n---\n\nWritten by an editor.\n",
    }
    for name, text in keep.items():
        (articles / name).write_text(text, encoding="utf-8")
    (site / "content" / "corpus" / "news.txt").write_text(
        SMALL_CORPUS.replace("libraries", "museums"), encoding="utf-8"
    )
    build(load_config(site))
    for name, text in keep.items():
        assert (articles / name).read_text(encoding="utf-8") == text
    assert (site / "public" / "articles" / "hand-written" / "index.html").is_file()


# --- 2. nothing outside public/, content/articles/, .sitegen-cache/ --------------------------

ALLOWED = ("public", "content/articles", ".sitegen-cache")


def snapshot(root: Path) -> dict[str, tuple[str, ...]]:
    """Every entry below root: files by size, mtime and content; links by target; folders by name."""
    out: dict[str, tuple[str, ...]] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if p.is_symlink():
                out[rel] = ("link", os.readlink(p))
            elif p.is_dir():
                out[rel] = ("dir",)
            else:
                st = p.stat()
                out[rel] = ("file", str(st.st_size), str(st.st_mtime_ns), hashlib.sha1(p.read_bytes()).hexdigest())
    return out


def changes(before: dict[str, tuple[str, ...]], after: dict[str, tuple[str, ...]]) -> set[str]:
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


def outside_allowed(changed: set[str], site_rel: str) -> set[str]:
    prefix = f"{site_rel}/" if site_rel else ""
    allowed = tuple(prefix + a for a in ALLOWED)
    return {c for c in changed if not any(c == a or c.startswith(a + "/") for a in allowed)}


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha1(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def make_neighbourhood(make_site: MakeSite, tmp_path: Path) -> Path:
    """A site with neighbours: files beside it, and inside it things sitegen must leave alone."""
    site = make_site(
        {
            "content/corpus/news.txt": SMALL_CORPUS,
            "content/notes.md": "editor notes\n",
            "content/aliases.toml": "",
            "drafts/idea.txt": "an idea\n",
            "static/extra.css": "body{}\n",
        },
        NO_SEARCH,
    )
    (tmp_path / "neighbour.txt").write_text("a file beside the site\n")
    (tmp_path / "other-site" / "public").mkdir(parents=True)
    (tmp_path / "other-site" / "public" / "index.html").write_text("another site\n")
    return site


def test_builds_write_only_public_articles_and_cache(make_site: MakeSite, tmp_path: Path) -> None:
    site = make_neighbourhood(make_site, tmp_path)
    site_rel = str(site.relative_to(tmp_path))
    steps: list[Callable[[], object]] = [
        lambda: build(load_config(site)),  # first build
        lambda: build(load_config(site)),  # nothing changed
        lambda: build(load_config(site), force=True),  # forced rebuild: swaps public/
        lambda: (site / "content" / "corpus" / "news.txt").write_text(SMALL_CORPUS + "\nMore text, officials said.\n"),
        lambda: build(load_config(site)),  # an edit
    ]
    for i, step in enumerate(steps):
        before = snapshot(tmp_path)
        step()
        changed = changes(before, snapshot(tmp_path))
        if i == 3:
            assert changed == {f"{site_rel}/content/corpus/news.txt"}
            continue
        if i != 1:  # the no-change build writes nothing at all
            assert changed, f"step {i} changed nothing"
        assert outside_allowed(changed, site_rel) == set(), f"step {i}"


def test_failing_builds_write_nothing_outside_and_keep_public(make_site: MakeSite, tmp_path: Path) -> None:
    site = make_neighbourhood(make_site, tmp_path)
    site_rel = str(site.relative_to(tmp_path))
    build(load_config(site))
    public = tree_digest(site / "public")
    failures: list[tuple[str, Callable[[], None]]] = [
        ("template", lambda: _write(site / "templates" / "home.html", "{% if %}\n")),
        ("corpus", lambda: _write(site / "content" / "corpus" / "bad.txt", b"text\n\x00\x01")),
        ("page", lambda: _write(page_paths(site)[0], "---\ntitle: [unclosed\n---\n")),
        ("config", lambda: _write(site / "sitegen.toml", "search = false\nper_page = 0\n")),
    ]
    for name, breaker in failures:
        breaker()
        before = snapshot(tmp_path)
        with pytest.raises(SitegenError):
            build(load_config(site), force=True)
        changed = changes(before, snapshot(tmp_path))
        assert outside_allowed(changed, site_rel) == set(), name
        assert tree_digest(site / "public") == public, name


def _write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")


def test_foreign_public_folder_is_refused_and_untouched(make_site: MakeSite, tmp_path: Path) -> None:
    """What `--site /` (or a home folder) would meet: a public/ sitegen did not make. Nothing is written."""
    site = make_site(
        {"content/corpus/news.txt": SMALL_CORPUS, "public/index.html": "<p>someone's site</p>\n"}, NO_SEARCH
    )
    (site / "public" / "private").mkdir()
    (site / "public" / "private" / "key.txt").write_text("secret\n")
    before = snapshot(tmp_path)
    res = cli("build", "--site", str(site))
    err = assert_one_line_error(res, site / "public")
    assert "did not write" in err
    assert snapshot(tmp_path) == before  # not even a cache folder or content/articles/


@pytest.mark.parametrize("kind", ["file", "forged-marker-symlink"])
def test_other_public_things_are_refused(make_site: MakeSite, tmp_path: Path, kind: str) -> None:
    site = make_site(config=NO_SEARCH)
    if kind == "file":
        (site / "public").write_text("not a folder\n")
    else:  # a symlink to a folder that even carries the marker
        target = tmp_path / "elsewhere"
        target.mkdir()
        (target / MARKER).write_text("x")
        (target / "keep.txt").write_text("keep")
        (site / "public").symlink_to(target)
    before = snapshot(tmp_path)
    res = cli("build", "--site", str(site))
    assert_one_line_error(res, site / "public")
    assert snapshot(tmp_path) == before


def test_a_folder_that_is_no_site_is_left_alone(tmp_path: Path) -> None:
    """`sitegen build --site SOMEWHERE` by mistake (no content/corpus/): an error, nothing created."""
    somewhere = tmp_path / "home"
    (somewhere / "Documents").mkdir(parents=True)
    (somewhere / "Documents" / "letter.txt").write_text("Dear …\n")
    (somewhere / "content").mkdir()
    before = snapshot(tmp_path)
    res = cli("build", "--site", str(somewhere))
    assert_one_line_error(res, somewhere / "content" / "corpus")
    assert snapshot(tmp_path) == before


def test_site_root_is_resolved_from_the_option_not_the_working_folder(make_site: MakeSite, tmp_path: Path) -> None:
    site = make_site(config=NO_SEARCH)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    before = snapshot(cwd)
    res = cli("build", "--site", str(site), "--quiet", cwd=cwd)
    assert res.returncode == 0, res.stderr
    assert snapshot(cwd) == before
    assert (site / "public" / "index.html").is_file()


# --- 3. deterministic -----------------------------------------------------------------------


class SpyPool(ProcessPoolExecutor):
    maps = 0

    def map(self, *args: Any, **kwargs: Any) -> Iterator[Any]:  # type: ignore[override]
        SpyPool.maps += 1
        return super().map(*args, **kwargs)


@pytest.mark.slow
def test_one_and_two_workers_build_byte_identical_sites(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forking: list[bool], forked_children: list[tuple[str, int]]
) -> None:
    one = sample_text()
    sites = []
    for name in ("w1", "w2"):
        site = tmp_path / name
        (site / "content" / "corpus").mkdir(parents=True)
        for i in range(18):  # > 8 files (segmentation uses the pool) and > 2 MB of text (the pool is made)
            (site / "content" / "corpus" / f"{i:03d}.txt").write_text(one, encoding="utf-8")
        sites.append(site)
    assert sum(len(p.read_text()) for p in (sites[0] / "content" / "corpus").glob("*.txt")) > 2_000_000
    monkeypatch.setattr(build_module, "ProcessPoolExecutor", SpyPool)
    forked, searches = forking, forked_children
    SpyPool.maps = 0
    build(load_config(sites[0], workers=1))
    assert SpyPool.maps == 0 and forked == [False] and not searches  # search: in a thread
    build(load_config(sites[1], workers=2))
    assert SpyPool.maps >= 2  # segmentation and enrichment both ran in worker processes
    assert forked == [False, True]  # the HTML pages: in forked workers
    # forked processes: the enrichment cache's writer, the Markdown pages' two writers, the search index
    assert sorted(name for name, _ in searches) == ["_drain", "_drain", "_index_timed", "_save_all"]
    first, second = tree_digest(sites[0] / "public"), tree_digest(sites[1] / "public")
    assert first == second  # byte-identical, the Pagefind bundle included
    assert len([k for k in first if k.startswith("pagefind/") and "/filter/" in k]) >= 1
    assert len(first) > 500
    assert all((sites[0] / "public" / k).stat().st_size > 0 for k in first if k.startswith("pagefind/"))
    assert tree_digest(sites[0] / "content" / "articles") == tree_digest(sites[1] / "content" / "articles")


# --- 4. fuzzing -----------------------------------------------------------------------------

_SAMPLE_SEG = segment("s.txt", sample_text())
HEADLINES = [a.title for a in _SAMPLE_SEG.articles]
PARAGRAPHS = [b.text for a in _SAMPLE_SEG.articles for b in a.blocks if b.kind == "paragraph"][:80]
SUBHEADINGS = [b.text for a in _SAMPLE_SEG.articles for b in a.blocks if b.kind == "subheading"]
ODD_LINES = [
    "Editor's Note:", "https://example.org/a?b=1", "www.example.com", "BEIJING, Dec. 27 (Xinhua) --",
    "- a bullet", "1. a numbered line", "# not a heading", "---", "...", "“”", "Q:", "A:", "\u00a0\u00a0",
    "<script>alert(1)</script>", "{{ config }}", "{% raw %}", "*emphasis*", "a\ttab", "\ufeffBOM inside",
    "Ünïcödé ☃ 北京 مرحبا", "x" * 400,
]  # fmt: skip

line_st = st.one_of(
    st.sampled_from(HEADLINES),
    st.sampled_from(PARAGRAPHS),
    st.sampled_from(SUBHEADINGS or ["A section"]),
    st.sampled_from(ODD_LINES),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
)
corpus_st = st.tuples(
    st.lists(st.tuples(line_st, st.sampled_from(["\n", "\n\n", "\n\n", "\r\n\r\n", "\r", "\n \n"])), max_size=30),
    st.booleans(),
).map(lambda parts: ("\ufeff" if parts[1] else "") + "".join(t + sep for t, sep in parts[0]))


def _nonspace(text: str) -> str:
    return "".join(text.replace("\ufeff", "").split())


@settings(max_examples=300, deadline=None)
@given(corpus_st)
def _check_segmentation(text: str) -> None:
    CASES["segmentations"] += 1
    seg = segment("f.txt", text)
    got = [u for a in seg.articles for u in (a.title, *(b.text for b in a.blocks))]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    expected = [s.replace("\ufeff", "").strip() for s in lines if s.replace("\ufeff", "").strip()]
    assert got == expected
    assert _nonspace("".join(got)) == _nonspace(text)
    numbers = [n for a in seg.articles for n in (a.first_line, *(b.line for b in a.blocks))]
    assert numbers == sorted(set(numbers))
    for a in seg.articles:
        assert lines[a.first_line - 1].replace("\ufeff", "").strip() == a.title


def test_fuzz_segmentation_never_loses_a_line() -> None:
    _check_segmentation()
    print(f"\nhypothesis: {CASES['segmentations']} segmentation cases")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(corpus_st, min_size=1, max_size=2))
def _check_corpus_build(dumps: list[str]) -> None:
    CASES["corpus builds"] += 1
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        (site / "content" / "corpus").mkdir(parents=True)
        for i, text in enumerate(dumps):
            (site / "content" / "corpus" / f"{i}.txt").write_text(text, encoding="utf-8")
        try:
            report = build(load_config(site, search=False, workers=1))
        except SitegenError as exc:  # e.g. a NUL byte: a located one-line error is fine
            assert exc.path and "\n" not in str(exc), str(exc)
            return
        expected = sum(len(segment("x", t).articles) for t in dumps)
        assert report.articles == expected == len(list((site / "content" / "articles").glob("*.md")))
        assert (site / "public" / "index.html").is_file()


def test_fuzz_corpus_dumps_never_crash_the_build() -> None:
    _check_corpus_build()
    print(f"\nhypothesis: {CASES['corpus builds']} corpus builds")


FRONT_KEYS = [
    "title", "slug", "date", "date_precision", "date_evidence", "topics", "entities", "source", "summary",
    "word_count", "reading_time", "topic_scores", "entity_details", "generated",
]  # fmt: skip
scalar_st = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.sampled_from(["day", "month", "year", "unknown", "Diplomacy", "2024-12-27", "2024-13-45", ""]),
)
value_st = st.recursive(
    scalar_st,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["people", "places", "file", "lines", "x"]), inner, max_size=3),
    ),
    max_leaves=8,
)
edit_st = st.one_of(
    st.tuples(st.just("set"), st.sampled_from([*FRONT_KEYS, "my_note", "tags"]), value_st),
    st.tuples(st.just("delete"), st.sampled_from(FRONT_KEYS), st.none()),
    st.tuples(st.just("raw"), st.integers(0, 60), st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)),
)


@pytest.fixture(scope="module")
def edited_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("fm") / "site"
    (site / "content" / "corpus").mkdir(parents=True)
    (site / "content" / "corpus" / "news.txt").write_text(SMALL_CORPUS, encoding="utf-8")
    (site / "sitegen.toml").write_text(NO_SEARCH)
    build(load_config(site))
    return site


def _apply(text: str, edit: tuple[str, Any, Any]) -> tuple[str, str | None, Any]:
    """The page text after the edit, and (key, value) when a value was set."""
    kind, where, value = edit
    head, body = text.removeprefix("---\n").split("\n---\n", 1)
    if kind == "raw":
        lines = head.split("\n")
        lines.insert(where % (len(lines) + 1), value.replace("\r", ""))
        return "---\n" + "\n".join(lines) + "\n---\n" + body, None, None
    front = yaml.safe_load(head)
    if kind == "delete":
        front.pop(where, None)
        key = None
    else:
        front[where] = value
        key = where
    dumped = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10**6)
    if key is not None:  # what the file says: PyYAML writes "0\x85" as a line break, which reads back as "0 "
        value = yaml.safe_load(dumped)[key]
    return "---\n" + dumped + "---\n" + body, key, value


def _fuzz_front_matter(base: Path) -> None:
    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(edit=edit_st, which=st.integers(0, 1))
    @example(edit=("set", "entity_details", True), which=0)  # once a traceback
    @example(edit=("set", "title", "0\x85"), which=0)  # PyYAML's dump of it reads back as "0 "
    @example(edit=("set", "entity_details", [{"type": "person", "name": "Anna Berg", "aliases": 3}]), which=0)
    def check(edit: tuple[str, Any, Any], which: int) -> None:
        CASES["front-matter edits"] += 1
        with tempfile.TemporaryDirectory() as tmp:
            site = Path(tmp) / "site"
            shutil.copytree(base, site, symlinks=True)
            page = page_paths(site)[which]
            text, key, value = _apply(page.read_text(encoding="utf-8"), edit)
            page.write_text(text, encoding="utf-8")
            try:
                build(load_config(site))
            except SitegenError as exc:
                msg = str(exc)
                assert "\n" not in msg
                assert exc.path and exc.line, msg
                return
            # `generated` is sitegen's own bookkeeping: an edit to it only has to build cleanly.
            if key is not None and key != "generated" and page.exists():
                kept = front_of(page)
                assert key in kept
                assert kept[key] == value, (key, kept[key], value)

    check()


def test_fuzz_front_matter_edits_keep_the_edit_or_fail_cleanly(edited_base: Path) -> None:
    _fuzz_front_matter(edited_base)
    print(f"\nhypothesis: {CASES['front-matter edits']} front-matter edit cases")


# --- 5. preview server ----------------------------------------------------------------------


def test_serve_binds_loopback_by_default(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    help_text = CliRunner().invoke(cli_main, ["serve", "--help"]).output
    assert re.search(r"--host TEXT.*\[default:\s*127\.0\.0\.1\]", " ".join(help_text.split())), help_text
    seen: dict[str, Any] = {}

    def fake_serve(config: Any, host: str = "?", port: int = 0) -> None:
        seen.update(host=host, port=port, base_url=config.base_url)

    monkeypatch.setattr(serve_module, "serve", fake_serve)
    site = make_site(config=NO_SEARCH)
    res = CliRunner().invoke(cli_main, ["serve", "--site", str(site)])
    assert res.exit_code == 0, res.output
    assert seen == {"host": "127.0.0.1", "port": 8000, "base_url": "http://127.0.0.1:8000/"}


class _Stop(Exception):
    pass


def test_serve_passes_the_host_to_the_server(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(config=NO_SEARCH)
    bound: list[tuple[str, int]] = []

    def fake_make_server(preview: Preview, host: str, port: int) -> Any:
        bound.append((host, port))
        raise _Stop

    monkeypatch.setattr(serve_module, "make_server", fake_make_server)
    monkeypatch.setattr(serve_module, "watch_loop", lambda preview, stop: None)
    with pytest.raises(_Stop):
        serve_module.serve(load_config(site))
    with pytest.raises(_Stop):
        serve_module.serve(load_config(site), host="::1", port=9)
    assert bound == [("127.0.0.1", 8000), ("::1", 9)]


def test_server_socket_listens_on_loopback_only(make_site: MakeSite) -> None:
    preview = Preview(load_config(make_site(config=NO_SEARCH)))
    server = make_server(preview, "127.0.0.1", 0)
    try:
        host, _port = server.server_address[:2]
        assert host == "127.0.0.1"
    finally:
        server.server_close()


@pytest.fixture
def served(make_site: MakeSite, tmp_path: Path) -> Iterator[tuple[Path, Preview, int]]:
    site = make_site(config=NO_SEARCH)
    (tmp_path / "secret.txt").write_text("TOP-SECRET beside the site\n")
    (site / "secret.txt").write_text("TOP-SECRET in the site\n")
    preview = Preview(load_config(site), builder=lambda cfg: build(cfg, force=True))
    preview.rebuild()
    assert preview.error is None, preview.error
    server = make_server(preview, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, preview, server.server_address[1]
    server.shutdown()
    server.server_close()


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """Send the request target exactly as given (http.client would refuse some of these)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data


TRAVERSALS = [
    "/%2e%2e%2fsecret.txt",
    "/%2e%2e/%2e%2e/secret.txt",
    "/%2E%2E%2Fsecret.txt",
    "/..%2f..%2fsecret.txt",
    "/articles/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt",
    "/%252e%252e%252fsecret.txt",  # double-encoded
    "/%25252e%25252e/secret.txt",
    "/..%5csecret.txt",
    "/%5c..%5csecret.txt",
    "/secret.txt%00.html",
    "/./../secret.txt",
    "/.%2e/secret.txt",
    "/%c0%ae%c0%ae/secret.txt",  # overlong UTF-8 dots
    "../secret.txt",
    "//etc/passwd",
    "///etc/passwd",
    "/etc/passwd",
    "http://127.0.0.1/../secret.txt",
    "http://127.0.0.1/%2e%2e/secret.txt",
    "/static/../../secret.txt",
    "/static/%2e%2e/%2e%2e/secret.txt",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_traversal_requests_get_nothing_outside_public(served: tuple[Path, Preview, int], target: str) -> None:
    _site, _preview, port = served
    status, data = raw_get(port, target)
    assert status in (400, 404), (status, data[:200])
    assert b"TOP-SECRET" not in data and b"root:" not in data and b"search = false" not in data


def test_resolve_path_refuses_symlinks_out_of_public(tmp_path: Path) -> None:
    public = tmp_path / "public"
    (public / "articles").mkdir(parents=True)
    (public / "index.html").write_text("home")
    outside = tmp_path / "outside"
    (outside / "sub").mkdir(parents=True)
    (outside / "index.html").write_text("outside")
    (outside / "sub" / "index.html").write_text("outside")
    (public / "out").symlink_to(outside, target_is_directory=True)
    (public / "articles" / "up").symlink_to(Path("..") / ".." / "outside")
    (public / "abs.html").symlink_to(outside / "index.html")
    (public / "inside.html").symlink_to(public / "index.html")  # a link inside public/ is fine
    for request in (
        "/out/",
        "/out/index.html",
        "/out/sub/",
        "/articles/up/",
        "/articles/up/sub/index.html",
        "/abs.html",
    ):
        assert resolve_path(public, request) is None, request
    assert resolve_path(public, "/inside.html") == (public / "index.html").resolve()
    assert resolve_path(public, "/") == (public / "index.html").resolve()


def test_symlinked_folder_out_of_public_is_404_over_http(served: tuple[Path, Preview, int], tmp_path: Path) -> None:
    site, _preview, port = served
    (site / "public" / "leak").symlink_to(tmp_path, target_is_directory=True)
    for target in ("/leak/secret.txt", "/leak/site/secret.txt", "/leak/"):
        status, data = raw_get(port, target)
        assert status == 404 and b"TOP-SECRET" not in data, target


def test_200_concurrent_requests_during_a_rebuild(served: tuple[Path, Preview, int]) -> None:
    """While public/ is swapped for a new build, every request still gets a complete page."""
    _site, preview, port = served
    paths = ["/", "/topics/", "/archive/", "/static/style.css", "/feed.xml", "/sitemap.xml", "/no/such/"]

    def fetch(i: int) -> int:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        try:
            conn.request("GET", paths[i % len(paths)])
            resp = conn.getresponse()
            body = resp.read()
            assert len(body) == int(resp.getheader("Content-Length") or -1)
            return resp.status
        finally:
            conn.close()

    rebuilds = threading.Thread(target=lambda: [preview.rebuild() for _ in range(3)])
    rebuilds.start()
    with ThreadPoolExecutor(max_workers=100) as pool:
        statuses = list(pool.map(fetch, range(200)))
    rebuilds.join()
    assert preview.error is None
    expected = [404 if paths[i % len(paths)] == "/no/such/" else 200 for i in range(200)]
    assert statuses == expected


def test_fuzz_case_counts_are_reported() -> None:
    """Run last in this module: the totals of every fuzz test above (see them with -s)."""
    print(f"\nhypothesis cases run: {CASES}")
    assert all(n >= 0 for n in CASES.values())
