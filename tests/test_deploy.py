"""Deploying (issue 9): netlify.toml's build command works on a clean machine; headers; the CI workflow.

The slow test does what Netlify does: a fresh clone of the committed repository, a fresh virtual
environment, then the ``[build] command`` with ``URL`` set, and checks the published folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
NETLIFY = REPO / "netlify.toml"
WORKFLOW = REPO / ".github" / "workflows" / "deploy.yml"
DEPLOY_URL = "https://example.org/"


def netlify() -> dict[str, Any]:
    return tomllib.loads(NETLIFY.read_text(encoding="utf-8"))


def headers_for(pattern: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for rule in netlify().get("headers", []):
        if rule.get("for") == pattern:
            out.update(rule.get("values", {}))
    return out


def test_netlify_publishes_public_with_python_311() -> None:
    conf = netlify()
    assert conf["build"]["publish"] == "public"
    command = conf["build"]["command"]
    assert "pip install ." in command and "sitegen build" in command
    assert "--base-url" in command and "${URL" in command  # the deploy's own URL, not localhost
    version = conf["build"]["environment"]["PYTHON_VERSION"]
    assert re.fullmatch(r"3\.(1[1-9]|[2-9]\d)(\.\d+)?", version), version
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires == ">=3.11"


def test_pagefind_chunks_are_cached_for_a_year_and_immutable_and_nothing_else_is() -> None:
    for folder in ("fragment", "index", "filter"):
        cache = headers_for(f"/pagefind/*/{folder}/*")["Cache-Control"]
        parts = {p.strip() for p in cache.split(",")}
        assert "immutable" in parts and "public" in parts
        max_age = next(int(p.split("=", 1)[1]) for p in parts if p.startswith("max-age="))
        assert max_age >= 31_536_000
    # shards.json and each shard's entry file are not named by content: they must be revalidated
    immutable = [r["for"] for r in netlify()["headers"] if "immutable" in r["values"].get("Cache-Control", "")]
    assert all(re.fullmatch(r"/pagefind/\*/(fragment|index|filter)/\*", pattern) for pattern in immutable), immutable


def test_security_headers_on_every_page() -> None:
    values = headers_for("/*")
    csp = {d.split()[0]: d.split()[1:] for d in (x.strip() for x in values["Content-Security-Policy"].split(";")) if d}
    assert "'wasm-unsafe-eval'" in csp["script-src"]  # Pagefind's WebAssembly
    assert "'unsafe-eval'" not in csp["script-src"] and "'unsafe-inline'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'none'"] or csp["frame-ancestors"] == ["'self'"]
    assert csp["default-src"] == ["'self'"] and csp["object-src"] == ["'none'"]
    assert values["X-Content-Type-Options"] == "nosniff"
    assert values["Referrer-Policy"] in (
        "no-referrer",
        "strict-origin-when-cross-origin",
        "same-origin",
        "strict-origin",
    )


def test_workflow_builds_and_deploys_on_push_to_main() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` key as True
    assert on["push"]["branches"] == ["main"]
    steps = [s for job in flow["jobs"].values() for s in job["steps"]]
    text = WORKFLOW.read_text(encoding="utf-8")
    assert any("actions/checkout" in s.get("uses", "") for s in steps)
    setup = next(s for s in steps if "actions/setup-python" in s.get("uses", ""))
    assert str(setup["with"]["python-version"]) == netlify()["build"]["environment"]["PYTHON_VERSION"]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "pip install ." in runs and "sitegen build" in runs
    assert re.search(r"netlify(-cli)?\b.*\bdeploy\b.*--dir[= ]public\b.*--prod", runs.replace("\\\n", " ")), runs
    assert "${{ secrets.NETLIFY_AUTH_TOKEN }}" in text and "${{ secrets.NETLIFY_SITE_ID }}" in text
    deploy = next(s for s in steps if "deploy" in s.get("run", "") and "netlify" in s.get("run", ""))
    assert set(deploy["env"]) >= {"NETLIFY_AUTH_TOKEN", "NETLIFY_SITE_ID"}


def test_deploy_doc_explains_both_ways() -> None:
    doc = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    for needle in (
        "netlify.toml",
        "NETLIFY_AUTH_TOKEN",
        "NETLIFY_SITE_ID",
        ".github/workflows/deploy.yml",
        "--base-url",
    ):
        assert needle in doc, needle


def _clean_env(venv: Path) -> dict[str, str]:
    """Like a fresh build machine: the venv first on PATH, nothing from this test run's Python."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST", "COV_"))}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(venv)
    env["URL"] = DEPLOY_URL
    return env


@pytest.mark.slow
def test_netlify_build_command_on_a_fresh_clone_and_venv(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    clone = tmp_path / "repo"
    subprocess.run(["git", "clone", "--quiet", "--depth", "1", f"file://{REPO}", str(clone)], check=True, timeout=120)
    assert not (clone / "public").exists() and not (clone / ".sitegen-cache").exists()
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    command = netlify()["build"]["command"]
    res = subprocess.run(
        ["bash", "-c", command], cwd=clone, env=_clean_env(venv), capture_output=True, text=True, timeout=600
    )
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    # It ran the venv's sitegen, installed from the clone (not this checkout's editable install).
    show = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "show", "-f", "sitegen"], capture_output=True, text=True
    )
    assert "Location: " + str(venv) in show.stdout, show.stdout
    public = clone / netlify()["build"]["publish"]
    assert (public / "index.html").is_file()
    assert (public / "pagefind" / "shards.json").is_file()
    assert (public / "404.html").is_file()
    pages = [public / "index.html", *sorted((public / "articles").glob("*/index.html"))[:5]]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
        assert canonical, page
        assert canonical.group(1).startswith(DEPLOY_URL), canonical.group(1)
    sitemap = (public / "sitemap.xml").read_text(encoding="utf-8")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locs and all(u.startswith(DEPLOY_URL) for u in locs)
    assert "sitegen-news.netlify.app" not in sitemap and "127.0.0.1" not in sitemap
    assert f"Sitemap: {DEPLOY_URL}sitemap.xml" in (public / "robots.txt").read_text(encoding="utf-8")
