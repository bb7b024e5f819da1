"""The PEP 517 build backend: setuptools, plus the translations compiled into every wheel.

vdtracker/i18n/*.qm and *.json are build output, never committed (git ignores them), so a
`pip install .` or `pipx install .` from a clean clone would otherwise ship a window and a
command line without their German. pyproject.toml names this module as the backend
(`backend-path = ["packaging"]`) and `BuildPy` as setuptools' `build_py`: it runs
packaging/build_translations.py into the wheel's build folder, with the `pyside6-lrelease` of
the PySide6-Essentials the build requires. The source tree is left as it is.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from setuptools.build_meta import *  # noqa: F403  (the standard hooks, unchanged)
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _translations() -> ModuleType:
    # loaded by path: the folder is called `packaging`, like the PyPI package setuptools uses
    spec = importlib.util.spec_from_file_location("_vdtracker_build_translations",
                                                  HERE / "build_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPy(build_py):
    """build_py, then the .qm (window) and .json (CLI) catalogues into the built package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads the source tree: `make translations`
            return
        output = Path(self.build_lib) / "vdtracker" / "i18n"
        output.mkdir(parents=True, exist_ok=True)
        for path in _translations().build(HERE.parent / "resources" / "translations", output):
            self.announce(f"built {path}", level=2)
