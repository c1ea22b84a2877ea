"""Score the segmenter against gold files: ``python -m sitegen.evaluate GOLD.json [...]``.

A gold file (the format of shared/gold/segmentation-000.json) names a corpus file and lists the
1-based line of every title (and subheading). Prints headline precision, recall and F1 per file
and overall, and each miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sitegen.corpus import read_corpus_file
from sitegen.errors import SitegenError
from sitegen.segment import segment


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.false_positives + other.false_positives,
            self.false_negatives + other.false_negatives,
        )


def gold_cuts(gold_path: Path, text: str | None = None) -> dict[str, bool]:
    """A gold file's segmentation as ``segment()`` overrides (every title a headline, every
    subheading not, and with the corpus ``text`` every other line not either), to score later
    stages on the right articles; {} without the file."""
    if not gold_path.is_file():
        return {}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    others = {line.strip(): False for line in (text or "").splitlines() if line.strip()}
    return others | {t["text"]: False for t in gold.get("subheads", ())} | {t["text"]: True for t in gold["titles"]}


def score_file(gold_path: Path, corpus_dir: Path) -> tuple[Score, list[str]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source = read_corpus_file(corpus_dir / gold["file"])
    seg = segment(source.name, source.text)
    want = {t["line"] for t in gold["titles"]}
    got = {a.first_line for a in seg.articles}
    misses = [f"{gold['file']}:{n}: missed headline" for n in sorted(want - got)]
    misses += [f"{gold['file']}:{n}: false headline" for n in sorted(got - want)]
    return Score(len(want & got), len(got - want), len(want - got)), misses


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitegen.evaluate", description=__doc__)
    parser.add_argument("gold", nargs="+", type=Path, help="gold JSON files")
    parser.add_argument("--corpus", type=Path, default=Path("content/corpus"), help="folder of the corpus files")
    args = parser.parse_args(argv)
    total = Score(0, 0, 0)
    for path in args.gold:
        try:
            s, misses = score_file(path, args.corpus)
        except SitegenError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"error: {path}: not a gold segmentation file ({exc})", file=sys.stderr)
            return 1
        total = total + s
        print(f"{path.name}: precision {s.precision:.3f} recall {s.recall:.3f} F1 {s.f1:.3f}")
        for m in misses:
            print(f"  {m}")
    print(f"overall: precision {total.precision:.3f} recall {total.recall:.3f} F1 {total.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
