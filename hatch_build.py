"""Build hook: compile sitegen's per-article modules with mypyc when a wheel is built.

``pip install .`` builds a wheel, and this hook compiles the modules that do the per-article work
(the ``native`` list of ``[tool.hatch.build.targets.wheel.hooks.custom]`` in pyproject.toml:
segmentation, date clues, topics, entities) to C with mypyc, the compiler that comes with mypy.
The compiled modules give the same results as their source, a third faster (docs/scaling.md,
"Compiled modules"). The source tree is left alone: mypyc works on a copy in a temporary folder,
and only the compiled files go into the wheel, beside the ``.py`` files.

Nothing is compiled for an editable install (``pip install -e .``: the code you edit is the code
that runs) or when ``SITEGEN_PURE=1`` is set. If compiling fails (no C compiler, say), the wheel is
pure Python, with a warning: sitegen works the same, only slower. ``sitegen --version`` tells
which modules run compiled.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MYPY_CONFIG = "[mypy]\npython_version = 3.11\nignore_missing_imports = True\n"


def compile_native(root: Path, modules: list[str], work: Path) -> tuple[list[Path], str]:
    """Compile ``modules`` (paths under ``root``) with mypyc in a copy of the package under
    ``work``; return the compiled files (under ``work``) and the compiler's output."""
    shutil.copytree(root / "sitegen", work / "sitegen", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (work / "mypy.ini").write_text(MYPY_CONFIG)
    # gcc -O1, no debug information: -O3 gave no faster code here and took half as long again to compile
    env = os.environ | {"MYPYC_OPT_LEVEL": "1", "MYPYC_DEBUG_LEVEL": "0"}
    done = subprocess.run([sys.executable, "-m", "mypyc", *modules], cwd=work, env=env, capture_output=True, text=True)
    built = sorted(p for p in work.rglob("*.so") if p.relative_to(work).parts[0] != "build")
    return (built if done.returncode == 0 else []), done.stdout + done.stderr


class CustomBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    work: str | None = None

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable" or os.environ.get("SITEGEN_PURE", "") not in ("", "0"):
            return
        self.work = tempfile.mkdtemp(prefix="sitegen-mypyc-")
        built, log = compile_native(Path(self.root), list(self.config["native"]), Path(self.work))
        if not built:
            self.app.display_warning("sitegen: mypyc could not compile the per-article modules; installing pure Python")
            for line in log.strip().splitlines()[-5:]:
                self.app.display_warning(f"  {line}")
            return
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(self.work).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self.work:
            shutil.rmtree(self.work, ignore_errors=True)
