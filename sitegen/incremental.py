"""Which output files a build must write: digests of every page's inputs (pure).

A page is re-rendered only when the digest of what it is made from changes: its template set,
the config, its path and its own context (the articles, indexes and values it is given). The
digest walks the context once, remembering each object it has seen, so an article shared by a
hundred list pages is hashed once. Templates that read ``site`` directly depend on everything:
then every page's digest includes the whole site's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import meta
from markupsafe import Markup

from sitegen.model import Article
from sitegen.render import Page

_SCALARS = (bool, int, float, str, bytes, dt.date, Markup)
_SCALAR_TYPES = frozenset(_SCALARS) | {dt.datetime}  # exact types: one set lookup


class Digester:
    """Stable digests of plain data: dataclasses, containers, scalars, dates.

    Dataclass instances and containers are digested once per build (remembered by identity);
    scalars are fed straight into their parent's hash. The common exact types (tuples, lists,
    dicts, strings, numbers) are recognised by one lookup before the general checks.
    """

    def __init__(self) -> None:
        self._memo: dict[int, tuple[object, bytes]] = {}
        self._fields: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, looked up once

    def of(self, obj: Any) -> bytes:
        kind = type(obj)
        if obj is None or kind in _SCALAR_TYPES or isinstance(obj, _SCALARS):
            return hashlib.sha1(f"{kind.__name__}:{obj!r}".encode()).digest()
        hit = self._memo.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        if kind is Article:  # the bulk of every context: its repr is by value, and fast
            value = hashlib.sha1(repr(obj).encode()).digest()
            self._memo[id(obj)] = (obj, value)
            return value
        h = hashlib.sha1(kind.__name__.encode())
        feed = self._feed
        if kind is tuple or kind is list:
            for item in obj:
                feed(h, item)
        elif kind is dict:
            for k in sorted(obj, key=repr):
                feed(h, k)
                feed(h, obj[k])
        elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            names = self._fields.get(kind)
            if names is None:
                names = self._fields[kind] = tuple(f.name for f in dataclasses.fields(obj))
            for name in names:
                feed(h, getattr(obj, name))
        elif isinstance(obj, Mapping):
            for k in sorted(obj, key=repr):
                feed(h, k)
                feed(h, obj[k])
        elif isinstance(obj, (list, tuple, set, frozenset)):
            items: Iterable[Any] = sorted(obj, key=repr) if isinstance(obj, (set, frozenset)) else obj
            for item in items:
                feed(h, item)
        else:
            raise TypeError(f"cannot digest {kind.__name__}")
        value = h.digest()
        self._memo[id(obj)] = (obj, value)
        return value

    def _feed(self, h: Any, obj: Any) -> None:
        kind = type(obj)
        if obj is None or kind in _SCALAR_TYPES or isinstance(obj, _SCALARS):
            h.update(f"\x01{kind.__name__}:{obj!r}".encode())
        elif (hit := self._memo.get(id(obj))) is not None and hit[0] is obj:
            h.update(b"\x02" + hit[1])
        else:
            h.update(b"\x02" + self.of(obj))


def template_set_digest(env: jinja2.Environment, builtin: Path | None = None) -> tuple[str, bool, bool]:
    """A digest of every template the environment can load, whether any of them reads the
    ``site`` variable directly, and whether they all come from the ``builtin`` folder."""
    h = hashlib.sha1()
    uses_site = False
    all_builtin = builtin is not None
    assert env.loader is not None
    for name in sorted(env.list_templates()):
        source, filename, _uptodate = env.loader.get_source(env, name)
        h.update(name.encode() + b"\x00" + source.encode())
        if all_builtin and (
            filename is None or builtin is None or not Path(filename).resolve().is_relative_to(builtin)
        ):
            all_builtin = False
        if not uses_site:
            try:
                uses_site = "site" in meta.find_undeclared_variables(env.parse(source))
            except jinja2.TemplateSyntaxError:
                uses_site = True  # rendering will report it
    return h.hexdigest(), uses_site, all_builtin


def page_digests(pages: Sequence[Page], base: bytes, digester: Digester, precise: bool = False) -> list[str]:
    """One digest per page: ``base`` (templates, config, site-wide values) + path + context, or
    with ``precise`` (the built-in templates) what the page shows where the plan says."""
    out = []
    for page in pages:
        h = hashlib.sha1(base)
        h.update(f"{page.path}\x00{page.template}\x00{page.title}".encode())
        try:
            h.update(digester.of(page.shows if precise and page.shows is not None else page.context))
        except TypeError:  # something we can't digest: always render it
            h.update(str(id(page)).encode() + str(time.monotonic_ns()).encode())
        out.append(h.hexdigest())
    return out


def file_digest(data: bytes) -> str:
    return "file:" + hashlib.sha1(data).hexdigest()
