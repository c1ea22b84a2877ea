"""Topics from an editable taxonomy (first pass; see issue 5)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitegen.config import TopicDef
from sitegen.model import TopicAssignment


def _pattern(signal: str) -> re.Pattern[str]:
    stem = re.escape(signal.rstrip("*"))
    tail = r"\w*" if signal.endswith("*") else ""
    flags = 0 if signal.isupper() else re.IGNORECASE
    return re.compile(rf"\b{stem}{tail}\b", flags)


def assign_topics(
    title: str, paragraphs: Sequence[str], taxonomy: Sequence[TopicDef], max_topics: int = 3
) -> TopicAssignment:
    body = "\n".join(paragraphs)
    scores: list[tuple[str, float]] = []
    for topic in taxonomy:
        s = 0.0
        for sig in topic.signals:
            p = _pattern(sig)
            s += 3 * len(p.findall(title)) + len(p.findall(body))
        scores.append((topic.name, s))
    scores.sort(key=lambda kv: (-kv[1], kv[0]))
    top = scores[0][1]
    chosen = [n for n, s in scores[:max_topics] if s > 0 and s >= top * 0.5] or [scores[0][0]]
    return TopicAssignment(tuple(chosen), tuple(scores))
