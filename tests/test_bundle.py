"""The PyInstaller bundle (`make package`, dist/vdtracker/) runs headless as a user runs it.

Skipped when the bundle has not been built; `.ci/run` builds it before the tests. A frozen
bundle ignores PYTHONPATH, so the no-network guard of tests/no_network does not reach inside.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vdtracker import __version__

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "vdtracker"
EXE = BUNDLE / "vdtracker"

pytestmark = pytest.mark.skipif(not EXE.exists(),
                                reason="dist/vdtracker/ not built: run `make package`")


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("VDTRACKER_", "LC_", "LANG"))}
    clean |= {"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"} | env
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, env=clean,
                          timeout=120)


def test_the_bundle_is_this_version():
    r = run("--version")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"vdtracker {__version__}"


def test_alerts_on_a_new_folder(tmp_path):
    r = run("alerts", "--json", "--data-dir", str(tmp_path / "data"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
    assert (tmp_path / "data" / "vdtracker.sqlite3").exists()  # the migrations ran inside


def test_the_bundle_speaks_german_like_the_source(tmp_path):
    """The CLI's catalogue (vdtracker/i18n/*.json) is in the bundle: same words as from source."""
    args = ["alerts", "--as-of", "2026-01-15", "--data-dir", str(tmp_path / "data")]
    frozen = run(*args, LANG="de_DE.UTF-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VDTRACKER_", "LC_"))}
    source = subprocess.run([sys.executable, "-m", "vdtracker", *args], capture_output=True,
                            text=True, env=env | {"LANG": "de_DE.UTF-8"}, timeout=120)
    assert frozen.returncode == source.returncode == 0, frozen.stderr + source.stderr
    assert frozen.stdout == source.stdout
    english = run(*args)
    assert english.stdout != frozen.stdout  # the German really is German


def test_report_to_pdf(tmp_path):
    out = tmp_path / "x.pdf"
    r = run("report", "--out", str(out), "--data-dir", str(tmp_path / "data"))
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")
