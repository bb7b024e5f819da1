"""What `pip install .` / `pipx install .` install: one version, and the files built for it."""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from packaging_scripts import script
from vdtracker import __version__

ROOT = Path(__file__).resolve().parents[1]
SHARE = ("share/man/man1/vdtracker.1", "share/bash-completion/completions/vdtracker",
         "share/zsh/site-functions/_vdtracker")


def clean_clone(tmp_path: Path) -> Path:
    """The files a clone of this tree has (the work tree's versions), nothing built."""
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
    return clone


def with_packaging(clone: Path) -> dict[str, str]:
    """The environment pip gives the backend: packaging/ (backend-path) on the path."""
    return os.environ | {"PYTHONPATH": os.pathsep.join(
        [str(clone / "packaging"), os.environ.get("PYTHONPATH", "")])}


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
    clone = clean_clone(tmp_path)
    assert not list((clone / "vdtracker" / "i18n").glob("*.qm"))
    out = tmp_path / "lib"
    # setuptools' build_py as the wheel build runs it, with the cmdclass pyproject.toml names
    r = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()",
                        "-q", "build_py", "--build-lib", str(out)], cwd=clone,
                       env=with_packaging(clone), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    built = {str(p.relative_to(out / "vdtracker")) for p in (out / "vdtracker").rglob("*")}
    for lang in ("de", "en"):
        assert {f"i18n/vdtracker_{lang}.qm", f"i18n/vdtracker_{lang}.json"} <= built
    assert "i18n/cldr.json" in built  # the dates and plurals of those languages
    assert "resources/vdtracker.svg" in built
    assert "storage/migrations/env.py" in built
    assert "storage/migrations/versions/0001_initial_schema.py" in built


def test_the_wheel_carries_the_man_page_and_completions_as_data(tmp_path, monkeypatch):
    """pip and pipx install a wheel's .data/data/share/ under their prefix (~/.local, the
    venv): the page and scripts are the ones build_manpage.py and --print-completion write."""
    clone = clean_clone(tmp_path)
    dist = tmp_path / "dist"
    dist.mkdir()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    # the PEP 517 hook pip calls (without the isolated environment)
    r = subprocess.run([sys.executable, "-c", "import sys, build_backend; "
                        "print(build_backend.build_wheel(sys.argv[1]))", str(dist)],
                       cwd=clone, env=with_packaging(clone) | {"LANG": "de_DE.UTF-8"},
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    wheel = dist / r.stdout.split()[-1]
    with zipfile.ZipFile(wheel) as z:
        carried = {name.split(".data/data/", 1)[1]: z.read(name).decode("utf-8")
                   for name in z.namelist() if ".data/data/" in name}
    assert sorted(carried) == sorted(SHARE)
    assert carried[SHARE[0]] == script("build_manpage").page()  # SOURCE_DATE_EPOCH as above
    assert carried[SHARE[0]].startswith('.TH VDTRACKER 1 "2026-01-01"')
    english = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    for shell, name in (("bash", SHARE[1]), ("zsh", SHARE[2])):
        printed = subprocess.run([str(Path(sys.executable).with_name("vdtracker")),
                                  "--print-completion", shell], env=english | {"LANG": "C"},
                                 capture_output=True, text=True, timeout=120, check=True).stdout
        assert carried[name] == printed, shell


GUARDED = """
import importlib.abc, json, sys
import build_backend
allowed = set(json.loads(sys.argv[1]))

class Guard(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in sys.stdlib_module_names or top in allowed or top.startswith("_"):
            return None
        raise ModuleNotFoundError(f"{name}: not in [build-system] requires")  # as if absent

sys.meta_path.insert(0, Guard())
print(sorted(build_backend.share_files()))
import pathlib, tempfile, build_translations
out = pathlib.Path(tempfile.mkdtemp())
print(json.loads(build_translations.write_cldr(["de"], out).read_text("utf-8"))["de"]["months"][2])
"""


def test_writing_them_imports_only_what_the_wheel_build_installs(tmp_path):
    """pip builds the wheel in an environment holding only [build-system] requires (and what
    they require): generating the share files and the CLDR extract must import nothing else
    (Qt's widgets, pyqtgraph, ...)."""
    build_system = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["build-system"]
    wanted = [Requirement(text) for text in build_system["requires"]]
    distributions: set[str] = set()
    while wanted:
        requirement = wanted.pop()
        name = requirement.name.lower().replace("_", "-")
        if name in distributions or (requirement.marker is not None
                                     and not requirement.marker.evaluate({"extra": ""})):
            continue
        distributions.add(name)
        wanted += [Requirement(text) for text in importlib.metadata.requires(name) or ()]
    allowed = ["vdtracker", "build_manpage", "build_translations"] + [
        top for top, names in importlib.metadata.packages_distributions().items()
        if any(n.lower().replace("_", "-") in distributions for n in names)]
    assert {"sqlalchemy", "platformdirs", "babel"} <= set(allowed)
    clone = clean_clone(tmp_path)
    r = subprocess.run([sys.executable, "-c", GUARDED, json.dumps(allowed)], cwd=clone,
                       env=with_packaging(clone), capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [str(sorted(SHARE)), "März"]
