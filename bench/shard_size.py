"""shard_size.py CORPUS_SITE SHARD [--edits 3]: the search shard size against build time and memory.

Copies CORPUS_SITE's ``content/corpus/`` into a fresh ``bench/work/shards-SHARD/`` with
``search_shard_size = SHARD`` in its ``sitegen.toml``, builds it cold, then rebuilds after each of
``--edits`` one-paragraph edits (as bench/run.py's edit builds), and prints each build's wall time,
CPU time, peak PSS of the process tree and its ``search`` and ``render`` stages. The code measured
is whatever ``python -m sitegen`` imports: put a snapshot first on ``PYTHONPATH`` (bench/run.py makes
them in bench/work/src-SHA). Used for docs/scaling.md's "The search index is sharded".
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import measure
import run


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus_site", type=Path, help="a site folder whose content/corpus/ is copied")
    ap.add_argument("shard", type=int, help="search_shard_size")
    ap.add_argument("--edits", type=int, default=3)
    a = ap.parse_args()
    site = run.HERE / "work" / f"shards-{a.shard}"
    shutil.rmtree(site, ignore_errors=True)
    (site / "content").mkdir(parents=True)
    shutil.copytree(a.corpus_site / "content" / "corpus", site / "content" / "corpus")
    (site / "sitegen.toml").write_text(f"search_shard_size = {a.shard}\n")

    def build(label: str) -> None:
        m = measure.run([sys.executable, "-m", "sitegen", "build", "--site", str(site)], cwd=site)
        t = run.parse_cli(m.stdout)["timings"]
        print(
            f"{label}: wall {m.wall:.1f} s, CPU {m.cpu:.1f} s, peak PSS {m.peak_pss / 2**30:.2f} GiB,"
            f" search {t.get('search', 0):.2f} s, render {t.get('render', 0):.2f} s",
            flush=True,
        )

    build("cold")
    for k in range(a.edits):
        run.edit_one_paragraph(site / "content" / "corpus", k)
        build(f"edit {k + 1}")


if __name__ == "__main__":
    main()
