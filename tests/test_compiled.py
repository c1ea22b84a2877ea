"""The compiled modules: ``pip install .`` compiles the per-article modules with mypyc
(hatch_build.py). .ci/run installs such a wheel in a venv of its own and runs the per-article
tests against it with ``SITEGEN_EXPECT_COMPILED=1``, so that they test the compiled code."""

from __future__ import annotations

import os
import tomllib
from importlib import import_module
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitegen.cli import main

PYPROJECT = Path(__file__).parents[1] / "pyproject.toml"


def native_modules() -> list[str]:
    hook = tomllib.loads(PYPROJECT.read_text())["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    return [p.removesuffix(".py").replace("/", ".") for p in hook["native"]]


def compiled(module: str) -> bool:
    return Path(import_module(module).__file__ or "").suffix != ".py"


@pytest.mark.skipif(not os.environ.get("SITEGEN_EXPECT_COMPILED"), reason="set by .ci/run for the installed wheel")
def test_the_per_article_modules_run_compiled() -> None:
    assert native_modules()
    assert [m for m in native_modules() if not compiled(m)] == []


def test_the_version_says_which_modules_run_compiled() -> None:
    out = CliRunner().invoke(main, ["--version"]).output
    names = [m.rpartition(".")[2] for m in native_modules() if compiled(m)]
    if names:
        assert f"(compiled: {', '.join(sorted(names))})" in out
    else:
        assert "(pure Python)" in out
