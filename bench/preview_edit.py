"""Edit-to-preview latency of `sitegen serve` (issue 8: "one article edited: the preview shows the
change in under 1 s").

Starts `python -m sitegen serve` on a built site, opens the article that a corpus paragraph
belongs to in headless Chromium, appends a sentence to that paragraph in the corpus file (as
bench/run.py's edit does), and measures the time from the file write until the open page shows
the sentence (the page reloads itself), then until the full rebuild is in the preview's folder and, with
search on, until the search index has caught up. Repeats on new sentences; prints a Markdown
table with the median.

    python bench/preview_edit.py bench/work/sitegen-10000 --edits 3
"""

from __future__ import annotations

import argparse
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pick_paragraph(site: Path) -> tuple[Path, int, str]:
    """The middle corpus file's middle long paragraph, and the slug of the article holding it."""
    files = sorted((site / "content" / "corpus").glob("*.txt"))
    path = files[len(files) // 2]
    lines = path.read_text(encoding="utf-8").split("\n")
    paragraphs = [i for i, line in enumerate(lines) if len(line.split()) >= 15 and line.rstrip().endswith(".")]
    i = paragraphs[len(paragraphs) // 2]
    for page in (site / "content" / "articles").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        m = re.search(r'file: "([^"]+)"\n  lines: \[(\d+), (\d+)\]', text)
        if m and m.group(1) == path.name and int(m.group(2)) <= i + 1 <= int(m.group(3)):
            return path, i, page.stem
    raise SystemExit(f"no Markdown page holds {path.name}:{i + 1}: build the site first")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("site", type=Path)
    ap.add_argument("--edits", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600, help="seconds to wait for each step")
    a = ap.parse_args()
    site = a.site.resolve()
    path, line, slug = pick_paragraph(site)
    port = free_port()
    log = site / "serve-bench.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "sitegen", "serve", "--site", str(site), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=site,
        )
    try:
        start = time.perf_counter()
        while "Serving " not in log.read_text():
            if proc.poll() is not None or time.perf_counter() - start > a.timeout:
                raise SystemExit(f"serve did not start:\n{log.read_text()[-2000:]}")
            time.sleep(0.2)
        startup = time.perf_counter() - start
        rows = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/articles/{slug}/")
            built = site / ".sitegen-cache" / "preview" / "public" / "articles" / slug / "index.html"
            for k in range(a.edits):
                time.sleep(2)  # let the previous rebuild settle
                marker = f"Preview benchmark sentence {time.time_ns()}"
                lines = path.read_text(encoding="utf-8").split("\n")
                lines[line] = lines[line].rstrip() + f" {marker}."
                reports = log.read_text().count("rebuilt (#")
                t0 = time.perf_counter()
                path.write_text("\n".join(lines), encoding="utf-8")
                page.wait_for_function("m => document.body.innerText.includes(m)", arg=marker, timeout=a.timeout * 1000)
                shown = time.perf_counter() - t0
                while marker not in built.read_text(encoding="utf-8") or log.read_text().count("rebuilt (#") <= reports:
                    time.sleep(0.05)
                rebuilt = time.perf_counter() - t0
                rows.append((shown, rebuilt))
                print(
                    f"edit {k + 1}: shown in the open page after {shown:.3f} s; full rebuild in {rebuilt:.1f} s",
                    flush=True,
                )
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    drafted = re.findall(r"drafted \d+ edited page\(s\) in (\d+) ms", log.read_text())
    print()
    print(
        "| site | edits | serve start (build) | edit shown in the open page (median) | draft rendered (median) | full rebuild in the preview's folder (median) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    print(
        f"| {site.name} | {len(rows)} | {startup:.1f} s | {statistics.median(r[0] for r in rows):.3f} s "
        f"| {statistics.median(int(d) for d in drafted) if drafted else '–'} ms "
        f"| {statistics.median(r[1] for r in rows):.1f} s |"
    )


if __name__ == "__main__":
    main()
