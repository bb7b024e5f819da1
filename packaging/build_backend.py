"""The PEP 517 build backend: setuptools, plus the translations compiled into every wheel.

vdtracker/i18n/*.qm and *.json are build output, never committed (git ignores them), so a
`pip install .` or `pipx install .` from a clean clone would otherwise ship a window and a
command line without their German. pyproject.toml names this module as the backend
(`backend-path = ["packaging"]`) and `BuildPy` as setuptools' `build_py`: it runs
packaging/build_translations.py into the wheel's build folder, with the `pyside6-lrelease` of
the PySide6-Essentials the build requires. The source tree is left as it is.

`Build` adds `BuildShare` to setuptools' build: the man page (packaging/build_manpage.py) and
the bash and zsh completions (`vdtracker --print-completion`), written from the source tree's
own parser into build/wheel-share/ and handed to install_data, so the wheel carries them as
data files: vdtracker-X.data/data/share/man/man1/vdtracker.1,
share/bash-completion/completions/vdtracker and share/zsh/site-functions/_vdtracker, which pip
installs under its prefix (~/.local with --user, the venv, pipx's venv). Generating them
imports vdtracker's command line, which needs SQLAlchemy and platformdirs: pyproject.toml's
[build-system] requires lists them (tests/test_install.py checks nothing else is imported).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path, PurePosixPath
from types import ModuleType

from setuptools import Command
from setuptools.build_meta import *  # noqa: F403  (the standard hooks, unchanged)
from setuptools.command.build import build
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _script(name: str) -> ModuleType:
    # loaded by path: the folder is called `packaging`, like the PyPI package setuptools uses
    spec = importlib.util.spec_from_file_location(f"_vdtracker_{name}", HERE / f"{name}.py")
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
        catalogues = HERE.parent / "resources" / "translations"
        for path in _script("build_translations").build(catalogues, output):
            self.announce(f"built {path}", level=2)


def share_files() -> dict[str, str]:
    """Each file under share/ the wheel carries (its path there: its text), written from the
    source tree beside this folder, in English whatever the builder's locale."""
    if str(HERE.parent) not in sys.path:
        sys.path.insert(0, str(HERE.parent))  # vdtracker itself: it is not installed yet
    manpage = _script("build_manpage")  # imports vdtracker from the source tree
    from vdtracker.cli.completion import script
    from vdtracker.cli.tree import build as parser
    from vdtracker.wording.translate import english_translate

    tree = parser(english_translate, manpage.RULES)
    return {"share/man/man1/vdtracker.1": manpage.page(),  # dated by SOURCE_DATE_EPOCH
            "share/bash-completion/completions/vdtracker": script(tree, "bash"),
            "share/zsh/site-functions/_vdtracker": script(tree, "zsh")}


class BuildShare(Command):
    """The man page and completions into build/wheel-share/, listed as the wheel's data files."""

    description = "write the man page and the bash and zsh completions for install_data"
    user_options: list[tuple[str, str | None, str]] = []
    editable_mode = False  # an editable install: `make manpage`, `--print-completion`

    def initialize_options(self) -> None:
        self.build_base: str | None = None

    def finalize_options(self) -> None:
        self.set_undefined_options("build", ("build_base", "build_base"))

    def run(self) -> None:
        if self.editable_mode:
            return
        assert self.build_base is not None
        out = Path(self.build_base) / "wheel-share"
        listed = list(self.distribution.data_files or [])
        for rel, text in share_files().items():
            path = out / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8", newline="\n")
            entry = (str(PurePosixPath(rel).parent), [str(path.resolve())])
            if entry not in listed:
                listed.append(entry)
            self.announce(f"built {path}", level=2)
        self.distribution.data_files = listed


class Build(build):
    """setuptools' build, then BuildShare (install, and so bdist_wheel, installs its files)."""

    sub_commands = [*build.sub_commands, ("build_share", None)]
