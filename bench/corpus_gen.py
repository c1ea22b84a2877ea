"""Synthetic corpora for the benchmark: N articles recombined from the sample corpus.

One generator, two renderings of the *same* articles:

* ``write_raw``: sitegen's input, raw corpus files (``content/corpus/bench_NNNN.txt``, ~200
  articles each): a headline line, a blank line, paragraphs (and sometimes a subheading line),
  the next headline… with no separators, dates or tags, exactly like ``content/corpus/*.txt``.
* ``write_markdown``: the anchors' input (Hugo, Pelican, Eleventy), one Markdown file per
  article with YAML front matter in the format of the anchors' ``gen_corpus.py`` (title, date,
  slug, 1–2 topics, 3–8 Zipf-distributed entity tags out of 2,000 names) and the same body
  (paragraphs, subheadings as ``##``). A raw corpus carries no metadata (sitegen infers it), so
  the metadata is drawn the way ``gen_corpus.py`` draws it, which gives the anchor sites the
  same page structure as the anchors' published figures.

The pool comes from segmenting the sample corpus with sitegen itself: its real headlines,
paragraphs and subheadings. Article ``i`` is generated from its own RNG seeded with
``(seed, i)``, so the first 1,000 articles of the 10,000 corpus are the 1,000 corpus.

Headlines stay headline-like: either a real headline spliced with another one at a natural joint
(", ", ": ", " as ", " amid " …) or a 6–12 word run of the article's own lede (real headlines echo
their lede), stripped of closing punctuation, sometimes with a real attribution tail (": FM").
About a third of the articles get 1–3 subheadings (real ones, or a short phrase from the text), so
the segmenter has real headline-vs-subheading calls to make.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

ARTICLES_PER_FILE = 200
TOPICS = ["World", "China", "Business", "Politics", "Technology", "Science", "Culture", "Sports"]
TOPIC_WEIGHTS = [18, 22, 16, 14, 10, 7, 8, 5]

# The name parts of the anchors' gen_corpus.py (same entity pool, same Zipf draw).
FIRST = """James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara
Richard Susan Joseph Jessica Thomas Sarah Charles Karen Wei Fang Li Na Jun Ying Hao Min Lei Jing
Yuki Hiroshi Sakura Kenji Aiko Olga Ivan Dmitri Anna Sergei Maria Jose Carlos Lucia Miguel Sofia
Ahmed Fatima Omar Aisha Hassan Leila Raj Priya Arjun Ananya Vikram Deepa Kwame Amara Kofi Ngozi
Lars Ingrid Sven Astrid Pierre Claire Louis Camille Hans Greta Klaus Heidi Marco Giulia Paolo
Chiara Pedro Ana Tomas Eva Peter Irina Nikolai Elena Chen Xin Yu Tao""".split()
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Tanaka Suzuki Sato
Watanabe Ivanov Petrov Smirnov Kuznetsov Silva Santos Oliveira Pereira Khan Ali Hussain Ahmed
Sharma Patel Singh Gupta Mensah Okafor Adeyemi Mwangi Nielsen Hansen Larsen Dubois Martin Bernard
Muller Schmidt Schneider Fischer Rossi Russo Ferrari Costa Novak Kowalski Nowak Horvath Kim Park
Lee Choi Nguyen Tran Pham""".split()
ORG_A = """National Global United Pacific Atlantic Central Eastern Western Northern Southern Asian
European African American International Federal Continental Metropolitan Royal Civic""".split()
ORG_B = """Energy Trade Shipping Telecom Aerospace Mining Steel Pharmaceutical Automotive Semiconductor
Banking Insurance Railway Media Agricultural Research Security Maritime Logistics Solar""".split()
ORG_C = """Corporation Group Holdings Institute Council Association Ministry Agency Authority
Commission Foundation Alliance Bank Fund Academy Federation Union Bureau""".split()
PLACE_A = """New North South East West Port Lake Mount Saint Fort Upper Lower Great Little Old""".split()
PLACE_B = """haven ford burg field stad mouth ton ville bridge wick dale mont shire brook gate""".split()
PLACE_ROOT = """Ash Bel Cal Dor Elm Fal Gar Hal Ir Jor Kal Lor Mar Nor Or Pel Quin Ros Sal Tor Ul
Val Wes Yar Zan Bran Cor Dun Har Kes""".split()

_JOINTS = re.compile(r"(, |: | as | amid | to | in | on | for | with | after | -- )")
_ATTRIBUTION = re.compile(r"(?::\s*[^:]{2,40}$)|(?:,\s*says?\s+[^,]{2,40}$)|(?:\s--\s*[^-]{2,40}$)")
_STRIP = " ,;:.!?\"'“”‘’()"


@dataclass(frozen=True)
class Source:
    headline: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Pool:
    sources: tuple[Source, ...]
    paragraphs: tuple[str, ...]
    subheadings: tuple[str, ...]
    attributions: tuple[str, ...]


@dataclass(frozen=True)
class SynthArticle:
    index: int
    title: str
    body: tuple[tuple[str, str], ...]  # (kind, text), kind "p" or "h"
    date: dt.datetime
    topics: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def slug(self) -> str:
        s = re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-")
        return f"{s[:60].rstrip('-') or 'article'}-{self.index:06d}"

    @property
    def words(self) -> int:
        return sum(len(t.split()) for _, t in self.body)


def load_pool(corpus_dir: Path) -> Pool:
    """Segment the sample corpus with sitegen and keep its headlines, paragraphs, subheadings."""
    from sitegen.segment import segment

    sources: list[Source] = []
    subheads: list[str] = []
    for path in sorted(corpus_dir.glob("*.txt")):
        seg = segment(path.name, path.read_text(encoding="utf-8"))
        for a in seg.articles:
            paras = tuple(b.text for b in a.blocks if b.kind == "paragraph" and len(b.text.split()) >= 15)
            subheads += [b.text for b in a.blocks if b.kind == "subheading"]
            if paras:
                sources.append(Source(a.title, paras))
    if not sources:
        raise SystemExit(f"no articles found in {corpus_dir}/*.txt")
    attributions = tuple(m.group(0) for s in sources if (m := _ATTRIBUTION.search(s.headline)))
    return Pool(
        tuple(sources),
        tuple(p for s in sources for p in s.paragraphs),
        tuple(dict.fromkeys(subheads)),
        attributions,
    )


def entity_pool(n: int = 2000, seed: int = 12345) -> list[str]:
    """~2,000 distinct names: 50% people, 30% organisations, 20% places (as gen_corpus.py)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    pool: list[str] = []
    kinds = ["person"] * 50 + ["org"] * 30 + ["place"] * 20
    while len(pool) < n:
        k = rng.choice(kinds)
        if k == "person":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif k == "org":
            name = f"{rng.choice(ORG_A)} {rng.choice(ORG_B)} {rng.choice(ORG_C)}"
        else:
            root = rng.choice(PLACE_ROOT) + rng.choice(PLACE_B)
            name = f"{rng.choice(PLACE_A)} {root}" if rng.random() < 0.4 else root
        if name.lower() not in seen:
            seen.add(name.lower())
            pool.append(name)
    return pool


def _cap(s: str) -> str:
    s = s.strip(_STRIP)
    return s[:1].upper() + s[1:]


def _splice(rng: random.Random, a: str, b: str) -> str:
    """The start of headline a up to one of its joints + the rest of headline b after one of its."""
    ja = [m.start() for m in _JOINTS.finditer(a) if m.start() > 10]
    jb = [m for m in _JOINTS.finditer(b) if m.start() < len(b) - 10]
    if not ja or not jb:
        return a
    cut = rng.choice(ja)
    m = rng.choice(jb)
    return _cap(a[:cut] + m.group(0) + b[m.end() :])


def _lede_run(rng: random.Random, lede: str) -> str:
    """A 6–12 word run from (near) the start of one of the lede's sentences."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", lede) if len(s.split()) >= 8]
    words = (rng.choice(sentences) if sentences else lede).split()
    k = rng.randint(6, 12)
    j = rng.randint(0, max(0, min(3, len(words) - k)))
    return _cap(" ".join(words[j : j + k]))


def _short_phrase(rng: random.Random, text: str) -> str:
    words = [w.strip(_STRIP) for w in text.split()]
    words = [w for w in words if w]
    k = rng.randint(2, 5)
    j = rng.randint(0, max(0, len(words) - k))
    return _cap(" ".join(words[j : j + k]))


class Generator:
    def __init__(self, pool: Pool, seed: int) -> None:
        self.pool = pool
        self.seed = seed
        self.entities = entity_pool()
        self._cum: list[float] = []
        tot = 0.0
        for r in range(1, len(self.entities) + 1):
            tot += 1.0 / r
            self._cum.append(tot)
        self._tcum: list[int] = []
        t = 0
        for w in TOPIC_WEIGHTS:
            t += w
            self._tcum.append(t)

    def article(self, i: int) -> SynthArticle:
        rng = random.Random(self.seed * 1_000_003 + i)
        pool = self.pool
        src = rng.choice(pool.sources)
        lede = src.paragraphs[0]
        if rng.random() < 0.45:
            title = _splice(rng, src.headline, rng.choice(pool.sources).headline)
        else:
            title = _lede_run(rng, lede)
            if pool.attributions and rng.random() < 0.2:
                title += rng.choice(pool.attributions)
        # body: the lede and a contiguous run of the source article (cohesive, like a real
        # article), topped up from anywhere when the source is short
        n = rng.randint(6, 12)
        own = src.paragraphs[1:]
        take = min(len(own), n - 1)
        start = rng.randint(0, len(own) - take)
        paras = [lede, *own[start : start + take]]
        while len(paras) < n:
            paras.append(rng.choice(pool.paragraphs))
        body: list[tuple[str, str]] = [("p", p) for p in paras]
        if rng.random() < 0.35 and take > 3:
            for pos in sorted(rng.sample(range(2, take + 1), rng.randint(1, min(3, take - 2))), reverse=True):
                if pool.subheadings and rng.random() < 0.7:
                    sub = rng.choice(pool.subheadings)
                else:
                    sub = _short_phrase(rng, paras[pos])
                body.insert(pos, ("h", sub))
        start_date = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
        date = start_date + dt.timedelta(seconds=rng.randrange(2 * 365 * 86400))
        ntop = 1 if rng.random() < 0.6 else 2
        topics: list[str] = []
        while len(topics) < ntop:
            tp = TOPICS[bisect.bisect(self._tcum, rng.random() * self._tcum[-1])]
            if tp not in topics:
                topics.append(tp)
        ntag = rng.randint(3, 8)
        tags: list[str] = []
        while len(tags) < ntag:
            e = self.entities[min(len(self.entities) - 1, bisect.bisect(self._cum, rng.random() * self._cum[-1]))]
            if e not in tags:
                tags.append(e)
        return SynthArticle(i, title, tuple(body), date, tuple(topics), tuple(tags))

    def articles(self, n: int) -> list[SynthArticle]:
        return [self.article(i) for i in range(n)]


def raw_text(articles: list[SynthArticle]) -> str:
    chunks = []
    for a in articles:
        chunks.append(a.title)
        chunks += [t for _, t in a.body]
    return "\n\n".join(chunks) + "\n"


def write_raw(articles: list[SynthArticle], corpus_dir: Path) -> list[Path]:
    corpus_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(0, len(articles), ARTICLES_PER_FILE):
        path = corpus_dir / f"bench_{k // ARTICLES_PER_FILE:04d}.txt"
        path.write_text(raw_text(articles[k : k + ARTICLES_PER_FILE]), encoding="utf-8")
        paths.append(path)
    return paths


def _yaml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def markdown(a: SynthArticle) -> str:
    fm = [
        "---",
        f"title: {_yaml_str(a.title)}",
        f"date: {a.date.strftime('%Y-%m-%dT%H:%M:%S+00:00')}",
        f"slug: {a.slug}",
        "topics: [" + ", ".join(_yaml_str(x) for x in a.topics) + "]",
        "tags: [" + ", ".join(_yaml_str(x) for x in a.tags) + "]",
        "---",
        "",
    ]
    body = [("## " + t) if kind == "h" else t for kind, t in a.body]
    return "\n".join(fm) + "\n\n".join(body) + "\n"


def write_markdown(articles: list[SynthArticle], md_dir: Path) -> None:
    md_dir.mkdir(parents=True, exist_ok=True)
    for a in articles:
        (md_dir / f"{a.slug}.md").write_text(markdown(a), encoding="utf-8")
