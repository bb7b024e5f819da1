"""What `pip install .` / `pipx install .` install: one version, and the files built for it."""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from vdtracker import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_written_in_one_place():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "vdtracker.__version__"}


def test_the_console_script_says_the_installed_version():
    script = Path(sys.executable).with_name("vdtracker")
    assert script.exists(), "the vdtracker console script is not installed beside this Python"
    r = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    installed = importlib.metadata.version("vdtracker")
    assert r.stdout.strip() == f"vdtracker {installed}"
    assert installed == __version__, "reinstall (make setup): the metadata is out of date"


def test_a_build_from_a_clean_clone_ships_translations_migrations_and_icon(tmp_path):
    """The .qm/.json are not committed: the build (packaging/build_backend.py) makes them."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the files a clone would have are unknown")
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard",
                            "pyproject.toml", "README.md", "vdtracker", "packaging",
                            "resources"],
                           cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    clone = tmp_path / "clone"
    for name in filter(None, files):
        source = ROOT / os.fsdecode(name)
        if source.is_file():  # listed but deleted in the work tree: not in a clone either
            (clone / source.relative_to(ROOT)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, clone / source.relative_to(ROOT))
    assert not list((clone / "vdtracker" / "i18n").glob("*.qm"))
    out = tmp_path / "lib"
    # setuptools' build_py as the wheel build runs it, with the cmdclass pyproject.toml names
    r = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()",
                        "-q", "build_py", "--build-lib", str(out)], cwd=clone,
                       env=os.environ | {"PYTHONPATH": os.pathsep.join(
                           [str(clone / "packaging"), os.environ.get("PYTHONPATH", "")])},
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    built = {str(p.relative_to(out / "vdtracker")) for p in (out / "vdtracker").rglob("*")}
    for lang in ("de", "en"):
        assert {f"i18n/vdtracker_{lang}.qm", f"i18n/vdtracker_{lang}.json"} <= built
    assert "resources/vdtracker.svg" in built
    assert "storage/migrations/env.py" in built
    assert "storage/migrations/versions/0001_initial_schema.py" in built
