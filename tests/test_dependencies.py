"""What is installed, and with which Python: `make run` installs only what running needs,
refuses a Python requires-python does not allow in one line, and CI installs constraints.txt."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from packaging_scripts import script
from vdtracker import about

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))

check_python = script("check_python")


def test_about_reads_python_version_markers_as_pip_does():
    old = sys.version_info < (3, 12)
    assert about._wanted("PySide6-Essentials>=6.11.3,<6.12; python_version < '3.12'") == \
        ("PySide6-Essentials" if old else None)
    assert about._wanted("PySide6-Essentials>=6.11.3; python_version >= '3.12'") == \
        (None if old else "PySide6-Essentials")
    assert about._wanted("tomli>=1; python_version < '3.11'") is None
    assert about._wanted("numpy>=1.25") == "numpy"
    assert about._wanted("pytest>=8; extra == 'test'") is None
    linux = sys.platform.startswith("linux")
    assert about._wanted("jeepney>=0.8; sys_platform == 'linux'") == \
        ("jeepney" if linux else None)
    assert about._wanted("pywin32; os_name == 'nt' and python_version >= '3'") == \
        ("pywin32" if os.name == "nt" else None)


def test_exactly_one_pyside_requirement_applies_on_each_python():
    for requires in (PROJECT["project"]["dependencies"], PROJECT["build-system"]["requires"]):
        pyside = [Requirement(r) for r in requires if r.startswith("PySide6-Essentials")]
        for python in ("3.11", "3.12", "3.13", "3.14"):
            applying = [r for r in pyside if r.marker is None
                        or r.marker.evaluate({"python_version": python})]
            assert len(applying) == 1, (python, applying)
            # 6.12.0 aborts Python 3.11 (../shared/DESIGN.md): never allowed there
            assert ("6.12.0" in applying[0].specifier) == (python != "3.11")


def declared() -> list[Requirement]:
    extras = PROJECT["project"]["optional-dependencies"]
    return [Requirement(r) for r in [*PROJECT["project"]["dependencies"], *extras["test"],
                                     *extras["package"]]]


def pins() -> dict[str, Version]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            found[name.strip().lower().replace("_", "-")] = Version(version.strip())
    return found


def test_constraints_pin_every_declared_requirement_at_a_version_it_allows():
    pinned = pins()
    assert "vdtracker" not in pinned
    for req in declared():
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue  # another Python's or platform's
        key = req.name.lower().replace("_", "-")
        assert key in pinned, f"{req.name} is not pinned in constraints.txt (make constraints)"
        assert req.specifier.contains(pinned[key], prereleases=True), (req, pinned[key])
        for extra in req.extras:  # psycopg[binary]
            assert f"{key}-{extra}" in pinned


def test_the_running_code_imports_are_declared():
    names = {r.name.lower() for r in map(Requirement, PROJECT["project"]["dependencies"])}
    assert {"numpy", "packaging"} <= names
    tests = {r.name.lower() for r in map(Requirement,
                                         PROJECT["project"]["optional-dependencies"]["test"])}
    assert "python-dateutil" in tests


@pytest.mark.parametrize(("spec", "version", "ok"), [
    (">=3.11", (3, 10, 13), False), (">=3.11", (3, 11, 0), True), (">=3.11", (3, 14, 1), True),
    (">=3.11,<3.15", (3, 15, 0), False), (">=3.11,<3.15", (3, 14, 9), True),
    (">=3.11", (2, 7, 18), False)])
def test_the_python_check_reads_requires_python(spec, version, ok):
    assert check_python.allows(spec, version) is ok


def test_the_python_check_reads_this_pyproject_and_lets_this_python_through():
    assert check_python.requires_python((ROOT / "pyproject.toml").read_text("utf-8")) == \
        PROJECT["project"]["requires-python"]
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "check_python.py")],
                       capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stderr) == (0, "")


def older_python() -> str | None:
    """A Python 3 older than 3.11 on this machine (pyenv's, or on PATH), if there is one."""
    found = [shutil.which(f"python3.{minor}") for minor in (10, 9, 8)]
    found += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.1[0]*/bin/python3")))
    found += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.[6-9].*/bin/python3")))
    for path in filter(None, found):
        r = subprocess.run([path, "-c", "import sys; print(sys.version_info < (3, 11))"],
                           capture_output=True, text=True, timeout=30, check=False)
        if r.returncode == 0 and r.stdout.strip() == "True":
            return path
    return None


@pytest.mark.skipif(shutil.which("make") is None, reason="no make here")
def test_make_run_refuses_an_old_python_in_one_line_before_a_venv_or_pip(tmp_path):
    old = older_python()
    if old is None:
        pytest.skip("no Python older than 3.11 on this machine")
    venv = tmp_path / "venv"
    r = subprocess.run(["make", "-s", "run", f"PYTHON={old}", f"VENV={venv}"], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode != 0
    said = [line for line in r.stderr.splitlines() if not line.startswith("make")]
    assert len(said) == 1 and said[0].startswith("vdtracker needs Python >=3.11; this is "
                                                 "Python 3."), r.stderr
    assert not venv.exists() and "pip" not in r.stdout + r.stderr


def planned(target: str, tmp_path: Path) -> list[str]:
    """The pip lines `make -n TARGET` would run on a fresh clone (a venv not made yet)."""
    r = subprocess.run(["make", "-n", target, f"VENV={tmp_path / 'venv'}"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60, check=True)
    return [line for line in r.stdout.splitlines() if "pip install" in line]


@pytest.mark.skipif(shutil.which("make") is None, reason="no make here")
def test_each_make_target_installs_its_own_extra_only(tmp_path):
    run = planned("run", tmp_path)
    assert len(run) == 1 and run[0].endswith(" -e .")
    test = planned("test", tmp_path)
    assert test[0] == run[0] and test[1].endswith(" -e '.[test]'") and len(test) == 2
    package = planned("package", tmp_path)
    assert package[1].endswith(" -c constraints.txt -e '.[package]'") and len(package) == 2
