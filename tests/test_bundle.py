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


def test_the_bundle_holds_cldr_data_of_its_languages_only():
    """Babel's locale data (35 MB in all): root and the catalogue languages' (the spec)."""
    import babel

    languages = {p.stem.split("_", 1)[1]
                 for p in (BUNDLE / "_internal" / "vdtracker" / "i18n").glob("vdtracker_*.json")}
    every = {p.name for p in (Path(babel.__file__).parent / "locale-data").glob("*.dat")}
    kept = {p.name for p in (BUNDLE / "_internal" / "babel" / "locale-data").glob("*.dat")}
    assert languages == {"en", "de"}
    assert kept == {n for n in every if Path(n).stem.split("_")[0] in {"root", *languages}}
    assert (BUNDLE / "_internal" / "babel" / "global.dat").exists()
    # and the CLDR extract of those languages (wording/cldr.py), so a command loads no .dat
    assert (BUNDLE / "_internal" / "vdtracker" / "i18n" / "cldr.json").exists()


def test_a_locale_without_a_catalogue_gets_english_words_and_formats(tmp_path):
    """fr_FR: no CLDR data for French in the bundle, so the CLI writes as in English; de_CH
    and en_GB as from source (tests/test_babel_data.py checks the code path)."""
    args = ["regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000", "--unit", "IU",
            "--every", "7", "--start", "2026-01-05", "--weeks", "12", "--as-of", "2026-01-05"]

    def frozen(lang: str) -> str:
        r = run(*args, "--data-dir", str(tmp_path / lang), LANG=lang)
        assert r.returncode == 0, r.stderr
        return r.stdout

    english = frozen("C.UTF-8")
    assert f"{50_000:,} IU" in english and "5 Jan 2026" in english
    assert f"{round(50_000 / 7):,} IU" in english
    assert frozen("fr_FR.UTF-8") == english
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VDTRACKER_", "LC_"))}
    for lang in ("de_CH.UTF-8", "en_GB.UTF-8"):
        source = subprocess.run([sys.executable, "-m", "vdtracker", *args, "--data-dir",
                                 str(tmp_path / f"source-{lang}")], capture_output=True,
                                text=True, env=env | {"LANG": lang}, timeout=120)
        assert source.returncode == 0, source.stderr
        assert frozen(lang) == source.stdout, lang


def test_the_bundle_imports_pyqtgraph_the_quick_way():
    """Its charts start as fast as an installed copy's: the shim's sources the window reads
    to know pyqtgraph is the one its quick import was checked against are in the bundle."""
    from vdtracker.ui.qt_imports import checked_pyqtgraph

    bundled = BUNDLE / "_internal" / "pyqtgraph"
    assert checked_pyqtgraph(bundled) == bundled
