"""The command line: the only place that catches SitegenError and prints it, once, as one line."""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any

import click

from sitegen import __version__
from sitegen.config import load_config
from sitegen.errors import SitegenError

SITE_OPTION = click.option(
    "--site",
    "site",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="The site folder (holds content/corpus/*.txt and an optional sitegen.toml).",
)


def _version() -> str:
    """The version, and which modules run compiled (``pip install .`` compiles the per-article ones)."""
    package = Path(__file__).parent
    compiled = sorted({p.name.partition(".")[0] for s in EXTENSION_SUFFIXES for p in package.rglob(f"*{s}")})
    how = f"compiled: {', '.join(compiled)}" if compiled else "pure Python"
    return f"%(prog)s, version %(version)s ({how})"


SHOWN_CALLS = 20  # low-confidence calls listed after a build without --verbose


def _config(site: Path, base_url: str | None, workers: int | None) -> Any:
    overrides: dict[str, Any] = {}
    if base_url:
        overrides["base_url"] = base_url
    if workers is not None:
        overrides["workers"] = workers
    return load_config(site, **overrides)


def _fail(exc: BaseException, debug: bool) -> None:
    if debug:
        raise exc
    click.echo(f"error: {exc}", err=True)
    sys.exit(1)


@click.group()
@click.version_option(__version__, prog_name="sitegen", message=_version())
def main() -> None:
    """sitegen: turn a raw news corpus into a searchable static news site."""


@main.command()
@SITE_OPTION
@click.option("--base-url", help="Override base_url (e.g. the deploy URL).")
@click.option("--workers", type=int, help="Worker processes (0: one per core).")
@click.option("--force", is_flag=True, help="Rebuild even if no input changed.")
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@click.option(
    "--verbose", "-v", is_flag=True, help=f"List every low-confidence segmentation call (else the first {SHOWN_CALLS})."
)
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
def build(
    site: Path, base_url: str | None, workers: int | None, force: bool, quiet: bool, verbose: bool, debug: bool
) -> None:
    """Segment, enrich, render and index the site into public/."""
    from sitegen.build import build as run_build

    try:
        config = _config(site, base_url, workers)
        report = run_build(config, force=force)
    except SitegenError as exc:
        _fail(exc, debug)
        return
    except KeyboardInterrupt:
        click.echo("error: interrupted; public/ is unchanged", err=True)
        sys.exit(130)
    except Exception as exc:  # a bug, not a user error: still one line, with a hint
        if debug:
            raise
        click.echo(f"error: internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(2)
    if quiet:
        return
    if report.unchanged:
        click.echo(f"Nothing changed since the last build: {config.public_dir} is up to date (--force rebuilds).")
        return
    for w in report.warnings:
        click.echo(f"warning: {w}", err=True)
    if report.low_confidence:
        click.echo(f"{len(report.low_confidence)} low-confidence segmentation call(s) to check (also on /qa/):")
        shown = report.low_confidence if verbose else report.low_confidence[:SHOWN_CALLS]
        for name, d in shown:
            verdict = "headline" if d.headline else "not a headline"
            click.echo(
                f"  {config.corpus_dir / name}:{d.line}: {verdict} ({d.confidence:.2f}): {d.text[:70]!r} — {d.evidence}"
            )
        if len(shown) < len(report.low_confidence):
            click.echo(f"  … and {len(report.low_confidence) - len(shown)} more: all on /qa/, or run with --verbose")
    if report.edited:
        click.echo(f"{len(report.edited)} page(s) keep hand edits (see /qa/)")
    times = ", ".join(f"{k} {v:.2f}s" for k, v in report.timings.items())
    click.echo(
        f"Built {report.articles} articles from {report.files} corpus file(s): {report.pages} pages "
        f"({report.rendered} rendered, the rest unchanged), "
        f"{report.searchable} searchable, {report.written_pages} Markdown page(s) written → {config.public_dir} ({times})"
    )


@main.command()
@SITE_OPTION
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
def serve(site: Path, port: int, host: str, debug: bool) -> None:
    """Build a preview of the site, serve it, and rebuild + live-reload on changes (public/ is left alone)."""
    from sitegen.serve import serve as run_serve

    try:
        # The preview's pages link to its own address: built beside public/, which keeps the site to deploy.
        config = load_config(site, base_url=f"http://{host}:{port}/", preview=True)
        run_serve(config, host=host, port=port)
    except SitegenError as exc:
        _fail(exc, debug)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":  # pragma: no cover
    main()
