"""The anchor setups (copied from /work/shared/bench-anchors into bench/anchor_setups/): prepare
a work folder for Hugo, Pelican or Eleventy from a folder of Markdown articles, and the command
that builds it. Same logic as the anchors' prepare.py / prepare.sh."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from folders import set_aside

SETUPS = Path(__file__).resolve().parent / "anchor_setups"
ELEVENTY_VERSION = "3.1.8"


def _fresh_copy(name: str, work: Path) -> None:
    set_aside(work)
    shutil.copytree(SETUPS / name, work)


def prepare_hugo(md_dir: Path, work: Path) -> list[str]:
    """Tuned layouts; years/months become taxonomy values (Hugo has no date archives)."""
    _fresh_copy("hugo", work)
    dst = work / "content" / "articles"
    dst.mkdir(parents=True)
    date_re = re.compile(r"^date: (\d{4})-(\d{2})", re.M)
    for src in md_dir.glob("*.md"):
        text = src.read_text(encoding="utf-8")
        m = date_re.search(text)
        assert m, src
        extra = f'years: ["{m[1]}"]\nmonths: ["{m[1]}-{m[2]}"]\n'
        end = text.index("\n---\n", 4)
        (dst / src.name).write_text(text[: end + 1] + extra + text[end + 1 :], encoding="utf-8")
    return ["hugo", "--quiet", "-d", "public"]


def prepare_pelican(md_dir: Path, work: Path) -> list[str]:
    """Pelican metadata lines; one category per article (the first topic)."""
    _fresh_copy("pelican", work)
    dst = work / "content"
    dst.mkdir(parents=True)
    for src in md_dir.glob("*.md"):
        _, head, body = src.read_text(encoding="utf-8").split("---\n", 2)
        fm = yaml.safe_load(head)
        meta = (
            f"Title: {fm['title']}\nDate: {fm['date'].isoformat()}\nSlug: {fm['slug']}\n"
            f"Category: {fm['topics'][0]}\nTags: {', '.join(fm['tags'])}\n"
        )
        (dst / src.name).write_text(meta + "\n" + body.lstrip("\n"), encoding="utf-8")
    return [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", "-o", "output", "-q"]


def ensure_eleventy(node_project: Path) -> Path:
    cmd = node_project / "node_modules" / "@11ty" / "eleventy" / "cmd.cjs"
    if not cmd.exists():
        node_project.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", f"@11ty/eleventy@{ELEVENTY_VERSION}"],
            cwd=node_project,
            check=True,
            capture_output=True,
        )
    return cmd


def prepare_eleventy(md_dir: Path, work: Path, node_project: Path) -> list[str]:
    """Front-matter `tags` renamed `entities` (custom collection; see eleventy.config.mjs)."""
    cmd = ensure_eleventy(node_project)
    _fresh_copy("eleventy", work)
    dst = work / "src" / "articles"
    for src in md_dir.glob("*.md"):
        lines = src.read_text(encoding="utf-8").split("\n")
        for i in range(min(8, len(lines))):
            if lines[i].startswith("tags: "):
                lines[i] = "entities: " + lines[i][len("tags: ") :]
        (dst / src.name).write_text("\n".join(lines), encoding="utf-8")
    (work / "node_modules").symlink_to(node_project / "node_modules")
    (work / "package.json").write_text('{"type":"module","private":true}\n')
    return ["node", str(cmd), "--config=eleventy.config.mjs", "--quiet"]


def pagefind_cmd(site: str = "public") -> list[str]:
    return [sys.executable, "-m", "pagefind", "--site", site]


def count_html(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html"))
