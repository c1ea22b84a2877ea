"""build(config): the whole pipeline, one step per line.

corpus files → segment → enrich → Markdown pages (keeping editors' changes) → collect indexes
→ render pages, feeds, sitemap, data → search index → swap into public/.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sitegen import cache, corpus, fanout, feeds, incremental, model, output, pages, render, search, urls
from sitegen import segment as segment_module
from sitegen.collect import Site, collect
from sitegen.config import Config, builtin_theme_dir
from sitegen.enrich.entities import load_aliases, load_lexicon
from sitegen.enrich.pipeline import Unstored, enrich_all
from sitegen.errors import SitegenError
from sitegen.model import Decision, Enrichment, Segmentation
from sitegen.segment import segment

Log = Callable[[str], None]
# Work beside the build's own runs at a lower priority: the search index, made in a forked process
# beside collect and render (the pages get the cores first, Pagefind the time they leave and then
# every core; nice 19 starved it: 10k cold builds took longer), and the enrichment cache's files.
BACKGROUND_NICE = 10


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
    unchanged: bool = False
    rendered: int = 0  # pages rendered this time (the others were unchanged)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start


def build(
    config: Config,
    *,
    executor: Executor | None = None,
    log: Log | None = None,
    force: bool = False,
    after_swap: Callable[[Site], None] | None = None,
) -> BuildReport:
    """Build the site described by ``config`` into its public/ folder, atomically.

    With ``after_swap`` (the preview server), the pages are swapped in without waiting for the
    search index, and the new site is handed over: the server re-indexes search in the
    background and drafts the next edits from it.
    """
    report = BuildReport()
    say = log or (lambda _msg: None)
    output.recover(config.public_dir, config.output_state_dir)
    output.check_public(config.public_dir)
    fingerprint = cache.inputs_fingerprint(config)
    if (
        not force
        and fingerprint.value == cache.last_fingerprint(config)
        and output.is_sitegen_output(config.public_dir)
    ):
        report.unchanged = True
        say("nothing changed since the last build")
        return report
    with _long_lived() as settle, ExitStack() as at_end:  # settle(): what the build holds so far lives until its end
        sources = read_corpus(config, report)
        unstored: list[Unstored] = []
        with _executor(config, executor, sources) as pool:
            with report.stage("segment"):  # meanwhile this process loads the gazetteers
                segmentations = segment_all(config, sources, pool, report, meanwhile=load_lexicon)
            settle()
        with report.stage("enrich"):
            load_lexicon()  # (if the segments were cached) before the workers are forked: they inherit it
            with _executor(config, executor, sources) as pool:
                enrichments = enrich_all(
                    segmentations,
                    config.taxonomy,
                    config.max_topics,
                    load_aliases(config.aliases_file),
                    config.cache_dir / "enrich",
                    pool,
                    unstored.append if executor is None else None,  # a given executor's workers store theirs
                )
        settle()
        at_end.enter_context(_stored_meanwhile(config.cache_dir / "enrich", unstored, config.worker_count))
        pages_memo = config.cache_dir / "pages.memo"
        with report.stage("pages"):
            synced = pages.sync_pages(
                config.articles_dir, generate_pages(segmentations, enrichments), pages_memo, config.worker_count
            )
            report.articles, report.edited = len(synced.articles), list(synced.edited)
            report.written_pages, report.removed_pages = synced.written, synced.removed
            report.warnings += [
                f"{config.articles_dir / s}.md: kept (edited by hand) though its article left the corpus"
                for s in synced.kept_orphans
            ]
        del sources, segmentations, enrichments  # the pages hold everything from here on: free the raw text
        settle()
        search_now = config.search and after_swap is None
        # From here the search index is made (Pagefind in its own process) while the pages are
        # collected and rendered.
        with _search_early(config, synced.articles, search_now) as early:
            with report.stage("collect"):  # the pages' memo first: saved while the index is made
                pages.save_memo(pages_memo, synced)
                site = collect(config, synced.articles)
            settle()
            with report.stage("render"):  # in forked workers (or here)
                stage, held = output.open_buffer(config.output_state_dir)
                qa = render.QAReport(tuple(report.low_confidence), tuple(report.edited))
                rendering = RenderRun(site, qa, held, stage, config.worker_count)
                state, report.rendered = rendering.finish()
                if early is not None:
                    early.rendered()
                report.pages = sum(1 for p in state if p.endswith(".html"))
                output.remove_stale(stage, keep=set(state), before=held)
                output.copy_static(stage, config.static_dirs)
            if early is not None:
                report.searchable, report.timings["search"] = early.result()
        with report.stage("swap"):
            bundle = stage / search.BUNDLE
            if search_now and (config.output_state_dir / "search-bundle" / search.MANIFEST).is_file():
                search.publish(config.output_state_dir / "search-bundle", bundle)
            elif bundle.exists() and (search_now or not config.search):  # nothing to search, or search off
                shutil.rmtree(bundle)
            output.finish_buffer(stage, config.output_state_dir, state)
            output.swap_in(stage, config.public_dir, config.output_state_dir)
        if after_swap is not None:
            after_swap(site)
        # What this build read, its pages as it left them: the next build with nothing changed stops early.
        cache.save_fingerprint(config, fingerprint.with_pages(config.articles_dir, synced.held).value)
        say(f"built {report.articles} articles, {report.pages} pages into {config.public_dir}")
        return report


@contextmanager
def _stored_meanwhile(folder: Path, unstored: list[Unstored], workers: int) -> Iterator[None]:
    """The enrichment cache's new entries (one file each) and index, written by a forked child at
    a lower priority while the build goes on (the pages are merged meanwhile, on one core), or
    here and now where forking doesn't pay. Creating 10,000 files took ~3.8 s of the enrichment
    workers' CPU, beside their ~17 s; the index, 0.5 s here."""
    if workers > 1 and sum(len(u.new) for u in unstored) >= fanout.MIN_ITEMS and fanout.can_fork(1):
        child = fanout.Forked(partial(_save_all, folder, unstored), nice=BACKGROUND_NICE)
        try:
            yield
        finally:
            child.close()
        return
    _save_all(folder, unstored)
    yield


def _save_all(folder: Path, unstored: list[Unstored]) -> None:
    for u in unstored:
        u.save(folder)


FULL_COLLECTIONS_PUT_OFF = 1_000_000  # middle-generation collections before a full one: not in a build


@contextmanager
def _long_lived() -> Iterator[Callable[[], None]]:
    """``settle()`` after each stage: what the build holds by then (the corpus, the articles, the
    indexes) lives until its end, so it is frozen out of the cyclic garbage collector's way.
    Each full collection would otherwise scan the whole heap again (at 10,000 articles, ~7 s of
    a build); frozen objects are still freed by reference counting. Within a stage, full
    collections are put off too (the young generations are still collected, and the processes
    forked meanwhile inherit this): what a stage makes mostly lives on, so each one scanned it
    all again for little, ~2 s of a 10,000-article build's CPU (63.3 against 61.1 s, three
    alternated pairs of cold builds; peak memory 1.80 against 1.83 GiB). Both are undone when
    the build ends (the preview server builds again and again)."""
    young, middle, full = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTIONS_PUT_OFF)
    try:
        yield gc.freeze
    finally:
        gc.set_threshold(young, middle, full)
        gc.unfreeze()


def index_search(
    config: Config,
    articles: Sequence[model.Article],
    nice: int = BACKGROUND_NICE,
    roomy: Callable[[], bool] | None = None,
) -> int:
    """Index the articles for search; Pagefind runs ``nice`` steps below this process's priority
    (the pages made beside it come first), more of them at once when ``roomy()`` (see
    ``search.build_index``)."""
    if not config.search:
        return 0
    bundle = config.output_state_dir / "search-bundle"
    records = config.output_state_dir / "search-records"
    return search.build_index(
        articles,
        bundle,
        config.base_url,
        records,
        config.language,
        config.search_shard_size,
        config.worker_count,
        nice,
        roomy,
    )


def _index_timed(
    config: Config, articles: Sequence[model.Article], nice: int, roomy: Callable[[], bool]
) -> tuple[int, float]:
    start = time.perf_counter()
    return index_search(config, articles, nice, roomy), time.perf_counter() - start


@dataclass(frozen=True)
class _SearchRun:
    """The search index being made beside the pages. ``result()`` waits for it: (pages indexed,
    seconds); ``rendered()`` tells it that the pages are rendered, so the memory their workers
    held may go to more Pagefind runs at once."""

    result: Callable[[], tuple[int, float]]
    rendered: Callable[[], None]


@contextmanager
def _search_early(config: Config, articles: Sequence[model.Article], wanted: bool) -> Iterator[_SearchRun | None]:
    """The search index, started now, or None when it is not wanted. With more than one worker,
    a large site and memory for one more copy of this process, the index is made in a forked
    process (a thread now would keep the render workers from forking), whether or not the render
    stage forks too: at 100,000 articles, where the pages are rendered here (no room for two
    more copies), a forked index took 185 s beside them against 235 s in a thread, whose Python
    work (the records) waits for the lock the rendering holds; it costs the memory of the
    articles the child reads. Else in a thread, which copies nothing. Either way a build that
    fails meanwhile waits for it (it may be running Pagefind). The forked process runs at a
    lower priority (``BACKGROUND_NICE``), and so do the Pagefind runs a thread starts: the pages get
    the cores first, Pagefind what they leave."""
    if not wanted:
        yield None
        return
    workers = config.worker_count
    if workers > 1 and len(articles) >= fanout.MIN_ITEMS and fanout.can_fork(1):  # room for one more copy
        forked_rendered = multiprocessing.get_context("fork").Event()
        early = fanout.Forked(partial(_index_timed, config, articles, 0, forked_rendered.is_set), nice=BACKGROUND_NICE)
        try:
            yield _SearchRun(early.result, forked_rendered.set)
        finally:
            early.close()
        return
    rendered = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_index_timed, config, articles, BACKGROUND_NICE, rendered.is_set)
        try:
            yield _SearchRun(future.result, rendered.set)
        finally:
            future.exception()


def read_corpus(config: Config, report: BuildReport) -> list[corpus.CorpusFile]:
    out = []
    for path in corpus.corpus_paths(config.corpus_dir):
        try:
            out.append(corpus.read_corpus_file(path))
        except SitegenError as exc:
            if config.on_bad_input != "skip":
                raise
            report.warnings.append(f"skipped {exc}")
    report.files = len(out)
    return out


def _segment_one(args: tuple[str, str, dict[str, bool]]) -> Segmentation:
    return segment(*args)


def segment_all(
    config: Config,
    sources: Sequence[corpus.CorpusFile],
    pool: Executor | None,
    report: BuildReport,
    meanwhile: Callable[[], None] = lambda: None,
) -> list[Segmentation]:
    """Segment every corpus file; results are cached by the file's content and the overrides.
    ``meanwhile`` runs here while the pool segments."""
    overrides = corpus.load_overrides(config.overrides_file)
    store = cache.PickleCache(config.cache_dir / "segment")
    code = cache.code_version(cache.source_file(segment_module), cache.source_file(model))
    settings = cache.digest(code, repr(sorted(overrides.items())))
    keys = [cache.digest(settings, s.name, s.text) for s in sources]
    found: list[Segmentation | None] = [r if isinstance(r := store.get(k), Segmentation) else None for k in keys]
    todo = [i for i, r in enumerate(found) if r is None]
    args = [(sources[i].name, sources[i].text, overrides) for i in todo]
    # One file a task: a file takes ~0.1 s, so keeping both cores busy to the end matters more.
    if pool and len(todo) > 8:
        pending = pool.map(_segment_one, args)
        meanwhile()
        results = list(pending)
    else:
        results = [_segment_one(a) for a in args]
    for i, seg in zip(todo, results, strict=True):
        found[i] = seg
        store.put(keys[i], seg)
    segs = [s for s in found if s is not None]
    for source, seg in zip(sources, segs, strict=True):
        if not seg.articles:
            report.warnings.append(f"{source.path}: no articles (empty file)")
        report.low_confidence += [(source.name, d) for d in seg.decisions if d.confidence < config.low_confidence]
    return segs


@contextmanager
def _executor(
    config: Config, given: Executor | None, sources: Sequence[corpus.CorpusFile]
) -> Iterator[Executor | None]:
    """The executor for per-file and per-article work: the caller's, or a process pool when it pays."""
    if given is not None or config.worker_count <= 1 or sum(len(s.text) for s in sources) < 2_000_000:
        yield given
        return
    with ProcessPoolExecutor(max_workers=config.worker_count) as pool:
        yield pool


def generate_pages(
    segs: Sequence[Segmentation], enrichments: Sequence[Sequence[Enrichment]]
) -> list[pages.GeneratedPage]:
    raws = [a for s in segs for a in s.articles]
    flat = [e for per_file in enrichments for e in per_file]
    slugs = urls.unique_slugs([pages.headline_of(a)[0] for a in raws], "article")
    return [
        pages.GeneratedPage(
            slug,
            pages.front_matter(raw, slug, e.date, e.topics.topics, e.entities, e.topics.scores),
            pages.body_markdown(raw),
        )
        for raw, e, slug in zip(raws, flat, slugs, strict=True)
    ]


@dataclass(frozen=True)
class RenderedPart:
    """What one render part did: for each of its pages, the output path, the digest of its
    inputs and, if the page belongs in the sitemap, its site path; and how many it rendered."""

    pages: list[tuple[str, str, str | None]]
    rendered: int


class RenderRun:
    """The render stage: every page planned and digested, and those whose digest changed
    rendered into the staging folder. With a large site and cores to spare the pages are split
    between forked workers (``fanout``), which inherit the plan and start as soon as this is
    made, so the caller can go on at once (e.g. start the search index). ``finish()`` collects
    the pages, then writes the feeds, data files and sitemap (after the plan is let go: at
    100,000 articles both are large), and returns the new state (output path → digest of its
    inputs or content) and how many pages were rendered.

    ``held`` is the state of the folder being written into: a page whose digest it already
    holds is not rendered again.
    """

    def __init__(self, site: Site, qa: render.QAReport, held: dict[str, str], stage: Path, workers: int) -> None:
        self.site, self.held, self.stage = site, held, stage
        self.env = render.make_environment(site.config, auto_reload=False)
        self.plan = render.plan_pages(site, qa)
        builtin = (builtin_theme_dir("default") / "templates").resolve()
        templates, uses_site, self.precise = incremental.template_set_digest(self.env, builtin)
        # Neither the worker count nor where the site lives changes the output.
        settings = dataclasses.replace(site.config, workers=0, site_dir=Path("."))
        self.base = cache.digest(templates, repr(settings), str(render.build_year(site)))
        if uses_site:
            self.base = cache.digest(self.base, incremental.Digester().of(site.articles).hex())
        self.nparts = fanout.parts_for(len(site.articles), workers)
        self.parts = fanout.Fanout(self._part, self.nparts, workers)  # one part: runs here

    def _part(self, part: int) -> RenderedPart:
        """Digest every ``nparts``-th page of the plan from ``part`` on and render those whose
        digest changed."""
        plan = self.plan[part :: self.nparts]
        digests = incremental.page_digests(plan, self.base.encode(), incremental.Digester(), precise=self.precise)
        out = urls.Urls(self.site.config.base_url).output_path
        todo = [p for p, d in zip(plan, digests, strict=True) if self.held.get(out(p.path)) != d]
        render.render_pages(self.env, self.site, todo, write=output.Writer(self.stage))
        pages = [(out(p.path), d, p.path if p.sitemap else None) for p, d in zip(plan, digests, strict=True)]
        return RenderedPart(pages, len(todo))

    def finish(self) -> tuple[dict[str, str], int]:
        parts = self.parts.results()
        self.plan = []  # rendered: its contexts can go before the data files are made
        # The parts interleave the plan: page i is page i // nparts of part i % nparts.
        pages = [parts[i % self.nparts].pages[i // self.nparts] for i in range(sum(len(p.pages) for p in parts))]
        state = {path: digest for path, digest, _ in pages}
        site = self.site
        self._write(state, feeds.feeds(site))
        self._write(state, feeds.data_export(site))
        sitemaps = feeds.sitemaps(site, [loc for _, _, loc in pages if loc is not None])
        self._write(state, {**sitemaps, "robots.txt": feeds.robots(site)})
        return state, sum(p.rendered for p in parts)

    def _write(self, state: dict[str, str], files: dict[str, bytes]) -> None:
        """Write the files whose content changed; record their digests in ``state``."""
        write = output.Writer(self.stage)
        for path, data in files.items():
            state[path] = incremental.file_digest(data)
            if self.held.get(path) != state[path]:
                write(path, data)
