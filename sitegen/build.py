"""build(config): the whole pipeline, one step per line.

corpus files → segment → enrich → Markdown pages (keeping editors' changes) → collect indexes
→ render pages, feeds, sitemap, data → search index → swap into public/.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from sitegen import corpus, feeds, output, pages, render, search, urls
from sitegen.collect import Site, collect
from sitegen.config import Config
from sitegen.enrich.entities import load_aliases
from sitegen.enrich.pipeline import enrich_all
from sitegen.errors import SitegenError
from sitegen.model import Decision, Enrichment, Segmentation
from sitegen.segment import segment

Log = Callable[[str], None]


@dataclass
class BuildReport:
    files: int = 0
    articles: int = 0
    pages: int = 0
    written_pages: int = 0
    removed_pages: int = 0
    searchable: int = 0
    low_confidence: list[tuple[str, Decision]] = field(default_factory=list)
    edited: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


def build(config: Config, *, executor: Executor | None = None, log: Log | None = None) -> BuildReport:
    """Build the site described by ``config`` into its public/ folder, atomically."""
    report = BuildReport()
    say = log or (lambda _msg: None)
    output.recover(config.public_dir, config.cache_dir)
    output.check_public(config.public_dir)
    with report.stage("segment"):
        segmentations = read_and_segment(config, report)
    with report.stage("enrich"), _executor(config, executor, segmentations) as pool:
        enrichments = enrich_all(
            segmentations,
            config.taxonomy,
            config.max_topics,
            load_aliases(config.aliases_file),
            config.cache_dir / "enrich",
            pool,
        )
    with report.stage("pages"):
        synced = pages.sync_pages(config.articles_dir, generate_pages(segmentations, enrichments))
        report.articles, report.edited = len(synced.articles), list(synced.edited)
        report.written_pages, report.removed_pages = synced.written, synced.removed
        report.warnings += [f"{config.articles_dir / s}.md: kept (edited by hand) though its article left the corpus" for s in synced.kept_orphans]
    with report.stage("render"):
        site = collect(config, synced.articles)
        qa = render.QAReport(tuple(report.low_confidence), tuple(report.edited))
        files = render_site(site, qa)
        report.pages = sum(1 for p in files if p.endswith(".html"))
        stage = output.staging_dir(config.cache_dir)
        output.write_files(stage, files)
        output.copy_static(stage, config.static_dirs)
    with report.stage("search"):
        if config.search:
            report.searchable = search.build_index(site.articles, stage, config.base_url, config.language)
    with report.stage("swap"):
        output.swap_in(stage, config.public_dir, config.cache_dir)
    say(f"built {report.articles} articles, {report.pages} pages into {config.public_dir}")
    return report


def read_and_segment(config: Config, report: BuildReport) -> list[Segmentation]:
    overrides = corpus.load_overrides(config.overrides_file)
    out = []
    for path in corpus.corpus_paths(config.corpus_dir):
        try:
            source = corpus.read_corpus_file(path)
        except SitegenError as exc:
            if config.on_bad_input != "skip":
                raise
            report.warnings.append(f"skipped {exc}")
            continue
        seg = segment(source.name, source.text, overrides)
        if not seg.articles:
            report.warnings.append(f"{path}: no articles (empty file)")
        report.low_confidence += [(source.name, d) for d in seg.decisions if d.confidence < config.low_confidence]
        out.append(seg)
    report.files = len(out)
    return out


@contextmanager
def _executor(config: Config, given: Executor | None, segs: Sequence[Segmentation]) -> Iterator[Executor | None]:
    if given is not None or config.worker_count <= 1 or sum(len(s.articles) for s in segs) < 500:
        yield given
        return
    with ProcessPoolExecutor(max_workers=config.worker_count) as pool:
        yield pool


def generate_pages(segs: Sequence[Segmentation], enrichments: Sequence[Sequence[Enrichment]]) -> list[pages.GeneratedPage]:
    raws = [a for s in segs for a in s.articles]
    flat = [e for per_file in enrichments for e in per_file]
    slugs = urls.unique_slugs([a.title for a in raws], "article")
    return [
        pages.GeneratedPage(
            slug,
            pages.front_matter(raw, slug, e.date, e.topics.topics, e.entities, e.topics.scores),
            pages.body_markdown(raw),
        )
        for raw, e, slug in zip(raws, flat, slugs, strict=True)
    ]


def render_site(site: Site, qa: render.QAReport) -> dict[str, bytes]:
    env = render.make_environment(site.config)
    plan = render.plan_pages(site, qa)
    files = render.render_pages(env, site, plan)
    files.update(feeds.feeds(site))
    files.update(feeds.data_export(site))
    files[urls.SITEMAP.lstrip("/")] = feeds.sitemap(site, [p.path for p in plan if p.sitemap])
    files["robots.txt"] = feeds.robots(site)
    return files
