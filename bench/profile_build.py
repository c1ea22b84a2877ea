"""profile_build.py SITE [--out FILE.pstats] [--top 25] [--edit K]: profile one sitegen build with cProfile.

Runs the build in this process with ``workers = 1`` so the enrichment runs in-process and shows
up in the profile (with worker processes, cProfile would see only the waiting parent). Prints the
build's stage timings, the top functions by own time, and own time summed per module.
Use a fresh site folder (or delete SITE/.sitegen-cache, SITE/content/articles, SITE/public)
for a cold-build profile. ``--edit K`` first appends a sentence to one paragraph of one article,
exactly as bench/run.py's edit builds do (use a site that has been rebuilt after an edit once
already, e.g. bench/work/sitegen-N after a run, to profile the incremental edit path).
To profile the HEAD snapshot rather than the working tree: ``PYTHONPATH=bench/work/src-SHA``.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections import defaultdict
from pathlib import Path

from sitegen.build import build
from sitegen.config import load_config


def module_of(filename: str) -> str:
    if filename.startswith("~") or filename.startswith("<"):
        return filename
    parts = Path(filename).parts
    for anchor in ("site-packages", "sitegen", "lib"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            rest = parts[i + 1 :] if anchor != "sitegen" else parts[i:]
            return "/".join(rest)
    return filename


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("site", type=Path)
    ap.add_argument("--out", type=Path, default=Path("build.pstats"))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--edit", type=int, help="edit one paragraph first (edit number K, as in bench/run.py)")
    a = ap.parse_args()
    if a.edit is not None:
        import run

        print("edited", run.edit_one_paragraph(a.site / "content" / "corpus", a.edit))
    config = load_config(a.site, workers=1)
    prof = cProfile.Profile()
    report = prof.runcall(build, config)
    prof.dump_stats(a.out)
    print(
        "stages:",
        {k: round(v, 2) for k, v in report.timings.items()},
        f"articles {report.articles}",
        f"pages {report.pages}, rendered {report.rendered}, Markdown written {report.written_pages}",
    )
    st = pstats.Stats(str(a.out))
    st.sort_stats("tottime").print_stats(a.top)
    st.sort_stats("cumulative").print_stats(a.top)
    per_module: dict[str, float] = defaultdict(float)
    for (filename, _line, _name), (_cc, _nc, tt, _ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
        per_module[module_of(filename)] += tt
    total = sum(per_module.values())
    print(f"own time per module (total {total:.1f} s):")
    for mod, tt in sorted(per_module.items(), key=lambda kv: -kv[1])[: a.top]:
        print(f"  {tt:8.2f} s  {tt / total:5.1%}  {mod}")


if __name__ == "__main__":
    main()
