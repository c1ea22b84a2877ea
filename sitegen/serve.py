"""Preview server: build, serve the site, rebuild once per batch of changes, reload the browser.

An edit shows at once: the edited articles' pages are drafted from the last build (see
sitegen.draft) and served in place of their built pages until the full rebuild swaps in; search
is re-indexed in the background after it. A failed rebuild keeps the last good site up and shows the error as a banner on every page;
saving a fixed file recovers. The server binds 127.0.0.1 by default and serves nothing outside
its output folder (no '..', no absolute paths, no symbolic links leading out).
"""

from __future__ import annotations

import html
import http.server
import mimetypes
import posixpath
import threading
import time
import urllib.parse
import zlib
from collections.abc import Callable, Collection
from pathlib import Path

import jinja2
import watchfiles

from sitegen import corpus, draft, render
from sitegen.build import build, index_search
from sitegen.collect import Site
from sitegen.config import Config, load_config
from sitegen.errors import SitegenError
from sitegen.search import BUNDLE, MANIFEST, publish

EVENTS = "/__sitegen/events"
QUIET_MS = 150  # a batch of changes ends after this long without a new change

_RELOAD_JS = """<script>(() => {
  const seen = %d;
  const es = new EventSource("%s");
  es.onmessage = (e) => { if (Number(e.data) !== seen) { es.close(); location.reload(); } };
})();</script>"""


class Preview:
    """The state the server shows: which build is current and the last error, if any."""

    def __init__(
        self,
        config: Config,
        builder: Callable[[Config], object] = build,
        reload_config: Callable[[], Config] | None = None,
    ):
        self.config = config
        self.builder = builder
        self.reload_config = reload_config
        self.version = 0
        self.error: str | None = None
        self.changed = threading.Condition()
        self.builds = 0
        self.search_lock = threading.Lock()
        self.search_generation = 0
        self.site: Site | None = None  # the last build's, kept to draft edits from
        self.files: draft.Snapshot = {}
        self.drafts: dict[str, bytes] = {}  # output path → a drafted page, until the rebuild is in
        self.texts: dict[Path, bytes] = {}  # corpus file → its text at the last build, compressed
        self.env: jinja2.Environment | None = None  # kept between drafts: templates compile once
        self.env_config: Config | None = None

    def rebuild(self, changed: Collection[Path] = (), force: bool = False) -> None:
        """Draft the pages of the articles the ``changed`` files edit, then rebuild the site
        (``force``: even when no input changed, to hold the site in memory)."""
        self.draft(changed)
        try:
            if self.reload_config is not None:  # sitegen.toml may have changed
                self.config = self.reload_config()
            if self.builder is build:
                build(self.config, after_swap=self.after_swap, force=force)
            else:
                self.builder(self.config)
            error = None
        except SitegenError as exc:
            error = str(exc)
        except Exception as exc:  # a bug must not kill the preview either
            error = f"internal error: {type(exc).__name__}: {exc}"
        with self.changed:
            self.builds += 1
            self.error = error
            self.drafts = {}
            self.version += 1
            self.changed.notify_all()
        print(f"rebuild failed: {error}" if error else f"rebuilt (#{self.version})", flush=True)

    def is_new(self, changed: Collection[Path]) -> bool:
        """Whether ``changed`` holds a change of the user's, not only the pages our build wrote."""
        return any(p not in self.files or draft.signature(p) != self.files[p] for p in changed)

    def draft(self, changed: Collection[Path]) -> None:
        """Serve the pages of the articles whose text just changed, drafted from the last build."""
        if self.site is None or not changed:
            return
        start = time.perf_counter()
        try:
            previous = {p: zlib.decompress(self.texts[p]).decode("utf-8") for p in changed if p in self.texts}
            articles = draft.draft_articles(self.config, self.site, sorted(changed), previous)
            if not articles:
                return
            if self.env is None or self.env_config != self.config:  # Jinja reloads changed templates itself
                self.env, self.env_config = render.make_environment(self.config), self.config
            drafted = draft.draft_pages(self.env, self.site, articles)
        except Exception as exc:  # the full rebuild that follows reports any real problem
            print(f"draft skipped: {type(exc).__name__}: {exc}", flush=True)
            return
        with self.changed:
            self.drafts = drafted
            self.version += 1
            self.changed.notify_all()
        ms = (time.perf_counter() - start) * 1000
        print(f"drafted {len(drafted)} edited page(s) in {ms:.0f} ms; rebuilding the rest", flush=True)

    def after_swap(self, site: Site) -> None:
        """Keep the new site (and its corpus texts) to draft the next edits from, and re-index
        search in the background."""
        self.site = site
        self.env = None  # a fresh environment for the next drafts (it remembers the static files it saw)
        before, self.files = self.files, draft.snapshot(self.config)
        texts = {}
        for path, sig in self.files.items():
            if path.parent != self.config.corpus_dir:
                continue
            if before.get(path) == sig and path in self.texts:
                texts[path] = self.texts[path]
                continue
            try:
                texts[path] = zlib.compress(corpus.read_corpus_file(path).text.encode("utf-8"), 1)
            except SitegenError:
                continue
        self.texts = texts
        if self.config.search:
            self.search_later(site)

    def search_later(self, site: Site) -> None:
        """Rebuild the search index in the background; a newer build's request supersedes it."""
        self.search_generation += 1
        generation = self.search_generation

        def work() -> None:
            with self.search_lock:
                if generation != self.search_generation:
                    return
                try:
                    index_search(self.config, site.articles)
                    if generation == self.search_generation:
                        bundle = self.config.output_state_dir / "search-bundle"
                        if (bundle / MANIFEST).is_file():
                            publish(bundle, self.config.public_dir / BUNDLE)
                except SitegenError as exc:
                    print(f"search index failed: {exc}", flush=True)

        threading.Thread(target=work, daemon=True).start()

    def wait_for_change(self, seen: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.version != seen, timeout=timeout)
            return self.version


def watch_paths(config: Config) -> list[Path]:
    return [
        config.corpus_dir,
        config.articles_dir,
        config.config_file,
        config.overrides_file,
        config.aliases_file,
        config.site_dir / "templates",
        config.site_dir / "static",
        config.site_dir / "themes",
        *config.theme_dirs,
    ]


def watch_loop(preview: Preview, stop: threading.Event) -> None:
    """Wait for changes (inotify where the OS has it); after a batch settles, rebuild once."""
    paths = [p for p in watch_paths(preview.config) if p.exists()]
    for changes in watchfiles.watch(
        *paths, watch_filter=_wanted, step=QUIET_MS, stop_event=stop, raise_interrupt=False, rust_timeout=1000
    ):
        changed = {Path(path) for _change, path in changes}
        if preview.is_new(changed):  # not just the Markdown pages our own rebuild wrote
            preview.rebuild(changed)


def _wanted(change: watchfiles.Change, path: str) -> bool:
    name = Path(path).name
    return not (name.startswith(".") or name.endswith((".tmp", "~")))


class Handler(http.server.BaseHTTPRequestHandler):
    preview: Preview
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        if self.path.split("?")[0] == EVENTS:
            self._events()
        else:
            self._serve(head=False)

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        seen = -1
        try:
            while True:
                version = self.preview.wait_for_change(seen, timeout=15)
                self.wfile.write(f"data: {version}\n\n".encode() if version != seen else b": keep-alive\n\n")
                self.wfile.flush()
                seen = version
        except (BrokenPipeError, ConnectionResetError):
            return

    def _serve(self, head: bool) -> None:
        public = self.preview.config.public_dir
        target = resolve_path(public, self.path)
        status = 200
        drafted = self.preview.drafts.get(_relative(public, target)) if target is not None else None
        if drafted is not None:
            self._send(200, self._inject(drafted), "text/html; charset=utf-8", head)
            return
        if target is None or not target.is_file():
            status, target = 404, public / "404.html"
            if not target.is_file():
                self._send(404, b"Not found\n", "text/plain; charset=utf-8", head)
                return
        data = target.read_bytes()
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if ctype == "text/html":
            data = self._inject(data)
            ctype = "text/html; charset=utf-8"
        elif ctype.startswith("text/") or ctype in ("application/javascript", "application/json"):
            ctype += "; charset=utf-8"
        self._send(status, data, ctype, head)

    def _inject(self, page: bytes) -> bytes:
        extra = _RELOAD_JS % (self.preview.version, EVENTS)
        if self.preview.error:
            extra += (
                '<div role="alert" id="sitegen-error" style="position:fixed;left:0;right:0;top:0;z-index:9999;'
                'background:#b00020;color:#fff;padding:1rem;font:14px/1.4 monospace;white-space:pre-wrap">'
                f"Rebuild failed — showing the last good build.\n{html.escape(self.preview.error)}</div>"
            )
        text = page.decode("utf-8", errors="replace")
        idx = text.rfind("</body>")
        text = text[:idx] + extra + text[idx:] if idx >= 0 else text + extra
        return text.encode("utf-8")

    def _send(self, status: int, data: bytes, ctype: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(data)


def resolve_path(public: Path, request_path: str) -> Path | None:
    """The file under public/ a URL path names, or None if it would lead outside."""
    raw = urllib.parse.unquote(request_path.split("?", 1)[0].split("#", 1)[0])
    if "\x00" in raw or "\\" in raw:
        return None
    parts = [p for p in raw.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    root = public.resolve()
    target = root.joinpath(*parts) if parts else root
    if raw.endswith("/") or target.is_dir():
        target = target / "index.html"
    try:
        real = target.resolve()
    except OSError:
        return None
    if real != root and root not in real.parents:
        return None
    return real if posixpath.normpath("/" + "/".join(parts)).startswith("/") else None


def _relative(public: Path, target: Path) -> str:
    try:
        return target.relative_to(public.resolve()).as_posix()
    except ValueError:
        return ""


def make_server(preview: Preview, host: str, port: int) -> http.server.ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"preview": preview})
    server = http.server.ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.request_queue_size = 256
    return server


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Listen, build once, then serve and watch until interrupted."""
    overrides = {"base_url": config.base_url, "workers": config.workers, "preview": config.preview}
    preview = Preview(config, reload_config=lambda: load_config(config.site_dir, **overrides))
    try:
        server = make_server(preview, host, port)
    except OSError as exc:
        raise SitegenError(f"cannot listen on {host}:{port}: {exc.strerror} (choose another --port)") from None
    preview.rebuild(force=True)  # also when nothing changed: the site stays in memory for drafts
    if preview.error and not config.public_dir.is_dir():
        server.server_close()
        raise SitegenError(f"first build failed: {preview.error}")
    stop = threading.Event()
    threading.Thread(target=watch_loop, args=(preview, stop), daemon=True).start()
    where = f"http://{host}:{server.server_address[1]}/"
    print(f"Serving a preview at {where} (built in {config.public_dir}; Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever(poll_interval=0.5)
    finally:
        stop.set()
        server.server_close()
