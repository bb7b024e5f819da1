"""Before Qt starts: no display, or a system library Qt's display plugin lacks, is one sentence
and the install line for this distribution (exit 4), never Qt's abort blaming xcb-cursor."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vdtracker import paths
from vdtracker import system_libs as check

ROOT = Path(__file__).resolve().parents[1]

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibgthread-2.0.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2)
"""

DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n'
MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n'
ROCKY = 'ID="rocky"\nID_LIKE="rhel centos fedora"\n'
TUMBLEWEED = 'ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n'
MANJARO = "ID=manjaro\nID_LIKE=arch\n"
ALPINE = "ID=alpine\n"


def words():
    return check.start_words({"LANG": "C"})


def test_the_missing_libraries_are_read_from_ldd_once_each():
    assert check.missing_libraries(LDD) == ["libxkbcommon-x11.so.0", "libxcb-icccm.so.4",
                                            "libgthread-2.0.so.0"]
    assert check.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


@pytest.mark.parametrize(("os_release", "family"), [
    (DEBIAN, "apt"), (MINT, "apt"), ("ID=ubuntu\nID_LIKE=debian\n", "apt"),
    ("ID=fedora\n", "dnf"), (ROCKY, "dnf"), (TUMBLEWEED, "zypper"), ("ID=arch\n", "pacman"),
    (MANJARO, "pacman"), (ALPINE, None), ("", None)])
def test_the_installer_is_this_distributions(os_release, family):
    assert check.installer(os_release) == family


def test_the_sentence_names_what_is_missing_and_this_distributions_install_line():
    missing = check.missing_libraries(LDD)
    text = words().missing("xcb", missing, check.install_lines(missing, "apt"), [])
    first, *rest = text.splitlines()
    assert "xcb" in first and "libxkbcommon-x11.so.0, libxcb-icccm.so.4, libgthread-2.0.so.0" \
        in first
    # libgthread comes with GLib
    assert rest == ["  Debian/Ubuntu: sudo apt install libxkbcommon-x11-0 libxcb-icccm4 "
                    "libglib2.0-0"]


@pytest.mark.parametrize(("family", "line"), [
    ("dnf", "Fedora/RHEL: sudo dnf install libxkbcommon-x11 xcb-util-wm glib2"),
    ("zypper", "openSUSE: sudo zypper install libxkbcommon-x11-0 libxcb-icccm4 "
               "libgthread-2_0-0"),
    ("pacman", "Arch: sudo pacman -S libxkbcommon-x11 xcb-util-wm glib2")])
def test_each_installer_gets_its_own_package_names(family, line):
    assert check.install_lines(check.missing_libraries(LDD), family) == [line]


def test_an_unknown_distribution_gets_every_install_line():
    lines = check.install_lines(["libxcb-cursor.so.0"], None)
    assert [line.split(":")[0] for line in lines] == ["Debian/Ubuntu", "Fedora/RHEL",
                                                      "openSUSE", "Arch"]
    assert all(line.endswith(" xcb-util-cursor") or line.endswith(" libxcb-cursor0")
               for line in lines)


def test_a_library_with_no_known_package_is_still_named():
    missing = ["libxcb-cursor.so.0", "libweird.so.3"]
    text = words().missing("xcb", missing, check.install_lines(missing, "apt"),
                           ["libweird.so.3"])
    assert text.splitlines()[-1] == "  and the packages that provide libweird.so.3"
    alone = words().missing("xcb", ["libweird.so.3"], [], ["libweird.so.3"])
    assert len(alone.splitlines()) == 1 and "libweird.so.3" in alone


@pytest.mark.parametrize(("env", "options", "wanted"), [
    ({"DISPLAY": ":0"}, [], ["xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, [], ["wayland", "xcb"]),
    ({"WAYLAND_DISPLAY": "wayland-0"}, [], ["wayland"]),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, [], None),
    ({"QT_QPA_PLATFORM": "minimal"}, [], None),
    ({"DISPLAY": ":0"}, ["-platform", "offscreen"], None),
    ({"QT_QPA_PLATFORM": "xcb"}, ["-platform=offscreen"], None),
    ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, [], ["xcb"]),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, [], ["xcb"]),
    ({"QT_QPA_PLATFORM": "offscreen"}, ["-platform", "xcb", "-display", ":2"], ["xcb"]),
    ({}, [], []),  # no display at all
    ({"QT_QPA_PLATFORM": "xcb"}, [], []),
    ({"WAYLAND_DISPLAY": "wayland-0"}, ["-platform", "xcb"], []),
])
def test_only_a_display_there_is_checked(env, options, wanted):
    assert check.plugins_wanted(env, options) == wanted


def installed_pyside() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)))


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd here")
def test_the_real_xcb_plugin_finds_its_libraries_here():
    """The machine `.ci/run` sets up has every library (the real ldd on the real plugin)."""
    missing = check.lacking("xcb")
    if missing:
        pytest.skip("this machine lacks " + ", ".join(missing)
                    + ": python packaging/check_qt_libs.py names their packages")
    assert check.plugin_file("xcb") is not None
    assert check.libraries_problem("xcb", words()) is None
    r = subprocess.run([sys.executable, str(ROOT / "packaging" / "check_qt_libs.py"), "xcb"],
                       capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd here")
def test_a_plugin_whose_libraries_are_not_there_is_named_by_the_real_ldd(tmp_path):
    """The real plugin copied where its Qt libraries are not (its RPATH finds nothing)."""
    real = check.plugin_file("xcb", installed_pyside())
    assert real is not None
    platforms = tmp_path / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    shutil.copy2(real, platforms / "libqxcb.so")
    said = check.libraries_problem("xcb", words(), tmp_path / "PySide6", DEBIAN)
    assert said is not None
    assert "libQt6XcbQpa.so.6" in said and len(said.splitlines()) == 1
    assert said.endswith("install VD Tracker again.")  # Qt's own files: not the system's


def without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env | {"LANG": "C", "LC_ALL": "C"}


@pytest.mark.parametrize("command", [[], ["demo"]])
def test_with_no_display_the_window_says_so_in_one_sentence_and_exits_4(tmp_path, command):
    folder = tmp_path / "data"
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(folder), *command],
                       env=without_display(), capture_output=True, text=True, timeout=60)
    assert r.returncode == check.CANNOT_OPEN, r.stderr
    assert r.stderr.splitlines() == [words().no_display()], r.stderr
    assert "no display here" in r.stderr and "xcb-cursor" not in r.stderr
    assert not paths.database_file(folder).exists()  # no store was opened or made


def test_the_check_comes_before_qt_is_imported(tmp_path):
    """Qt's own libraries (libEGL, libxkbcommon…) load with `import PySide6.QtWidgets`:
    the sentence is said before that import, never a traceback from it."""
    code = ("import sys; from vdtracker import cli; "
            f"code = cli.main(['--data-dir', {str(tmp_path)!r}]); "
            "print(code, 'PySide6' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], env=without_display(), capture_output=True,
                       text=True, timeout=60)
    assert r.stdout.split() == [str(check.CANNOT_OPEN), "False"], r.stderr


def test_headless_platforms_are_not_checked():
    assert check.window_problem(["-platform", "offscreen"], without_display()) is None
    assert check.window_problem([], without_display() | {"QT_QPA_PLATFORM": "offscreen"}) is None
