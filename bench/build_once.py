"""build_once.py SITE [--workers N]: one sitegen build, as the benchmark's child process.

Prints one JSON line: the stage timings from ``BuildReport.timings`` and the counts. bench/run.py
measures the real CLI (``python -m sitegen build``) instead; this is the same build through the API.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sitegen.build import build
from sitegen.config import load_config


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("site", type=Path)
    ap.add_argument("--workers", type=int)
    a = ap.parse_args()
    overrides = {} if a.workers is None else {"workers": a.workers}
    start = time.perf_counter()
    report = build(load_config(a.site, **overrides))
    print(
        json.dumps(
            {
                "timings": report.timings,
                "in_process": time.perf_counter() - start,
                "files": report.files,
                "articles": report.articles,
                "pages": report.pages,
                "written_pages": report.written_pages,
                "searchable": report.searchable,
                "rendered": report.rendered,
                "unchanged": report.unchanged,
            }
        )
    )


if __name__ == "__main__":
    main()
