"""Desktop integration: the .desktop file and the AppStream metainfo pass their validators, the
icons are rendered from the SVG, `make install-desktop` / `uninstall-desktop` put exactly those
files in the user's XDG folders and take exactly them out again, and the window, the tray and
the notifications carry the icon."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import vdtracker
from vdtracker import resources

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "vdtracker.desktop"
METAINFO = ROOT / "resources" / "vdtracker.metainfo.xml"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _script(name: str):  # a module loaded from packaging/
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return found


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    parser.optionxform = str  # keys keep their case
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_passes_desktop_file_validate():
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line
              or ": warning:" in line]
    assert result.returncode == 0 and not errors, result.stdout + result.stderr


def test_the_metainfo_passes_appstreamcli_validate():
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--no-net", "--explain", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_desktop_file_starts_what_pipx_installs_and_names_the_app_the_window_does():
    entry = _entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    # no %f/%u: the app opens no files given to it, and argparse would refuse one
    assert entry["Exec"] == "vdtracker" and "vdtracker" in scripts
    assert entry["Icon"] == resources.ICON_NAME
    assert entry["StartupWMClass"] == "vdtracker"  # QApplication's argv[0] in ui/launch.py
    assert DESKTOP.stem == resources.DESKTOP_ID
    assert entry["Terminal"] == "false"


def test_the_metainfo_launches_the_desktop_file_and_describes_this_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("content_rating") is not None
    versions = [r.get("version") for r in root.iter("release")]
    assert vdtracker.__version__ in versions
    # each screenshot is one the test run renders (their address is a placeholder until
    # the project has a public one)
    shots = [image.text or "" for image in root.iter("image")]
    assert shots
    for url in shots:
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), url


def test_the_icons_are_rendered_from_the_svg_at_every_size(qapp, tmp_path):
    # qapp: the script makes a QGuiApplication only when there is none (as a program)
    from PySide6.QtGui import QImage

    render = _script("render_icons")
    written = render.render(out=tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        f"hicolor/{n}x{n}/apps/vdtracker.png" for n in SIZES]
    for size, path in zip(SIZES, written, strict=True):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
        middle = image.pixelColor(size // 2, size * 26 // 64)  # the sun, drawn opaque
        assert middle.alpha() == 255 and middle.red() > 200


def _files(top: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(top).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(top.rglob("*")) if p.is_file()}


def test_make_install_desktop_then_uninstall_desktop_touch_only_their_files(tmp_path):
    data = tmp_path / "data"
    others = {"applications/other.desktop": b"[Desktop Entry]\n",
              "icons/hicolor/48x48/apps/other.png": b"png",
              "icons/hicolor/scalable/apps/vdtracker-other.svg": b"<svg/>",
              "metainfo/org.example.other.metainfo.xml": b"<component/>"}
    for name, content in others.items():
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_bytes(content)
    before = _files(data)
    home = tmp_path / "home"  # and nothing in the real home
    home.mkdir()
    env = dict(os.environ, XDG_DATA_HOME=str(data), HOME=str(home))
    # this Python's venv, never set up again from a test (-o: its stamp counts as up to date)
    make = ["make", "--no-print-directory", "-C", str(ROOT), f"VENV={sys.prefix}",
            "-o", f"{sys.prefix}/.installed-stamp", f"PYTHON={sys.executable}",
            f"ICONS={tmp_path / 'icons'}"]

    installed = subprocess.run([*make, "install-desktop"], env=env, capture_output=True,
                               text=True, timeout=120)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    expected = {"applications/vdtracker.desktop",
                "metainfo/org.vdtracker.vdtracker.metainfo.xml",
                "icons/hicolor/scalable/apps/vdtracker.svg",
                *(f"icons/hicolor/{n}x{n}/apps/vdtracker.png" for n in SIZES)}
    after = _files(data)
    assert set(after) == set(before) | expected
    assert {k: after[k] for k in before} == before
    assert after["applications/vdtracker.desktop"][0] == DESKTOP.read_bytes()
    assert after["metainfo/org.vdtracker.vdtracker.metainfo.xml"][0] == METAINFO.read_bytes()
    assert all((data / name).stat().st_mode & 0o777 == 0o644 for name in expected)
    assert not any(home.iterdir())
    # once installed, notifications name the themed icon instead of the packaged file
    assert resources.notification_icon({"XDG_DATA_HOME": str(data),
                                        "XDG_DATA_DIRS": str(tmp_path / "none")}) == "vdtracker"

    removed = subprocess.run([*make, "uninstall-desktop"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert _files(data) == before
    assert removed.stdout.count("removed ") == len(expected)


def test_install_desktop_respects_only_an_absolute_xdg_data_home(tmp_path, monkeypatch):
    install = _script("install_desktop")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert install.data_home({"XDG_DATA_HOME": str(tmp_path / "d")}) == tmp_path / "d"
    # the base directory spec: a relative path is invalid and ignored
    assert install.data_home({"XDG_DATA_HOME": "rel/d"}) == tmp_path / ".local" / "share"
    assert install.data_home({}) == tmp_path / ".local" / "share"


def test_notifications_use_the_packaged_svg_until_the_icon_is_installed(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "home"), "XDG_DATA_DIRS": str(tmp_path / "sys")}
    uri = resources.notification_icon(env)
    assert uri.startswith("file:///") and uri.endswith("/vdtracker.svg")
    assert resources.icon_svg().is_file() and resources.icon_svg().as_uri() == uri
    # installed system-wide (a distribution's package) counts as installed too
    png = tmp_path / "sys" / "icons" / "hicolor" / "48x48" / "apps" / "vdtracker.png"
    png.parent.mkdir(parents=True)
    png.write_bytes(b"png")
    assert resources.notification_icon(env) == "vdtracker"


def test_the_window_and_the_tray_carry_the_icon_and_name_the_desktop_file(qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from vdtracker.app import run_gui
    from vdtracker.ui.reminders.tray import app_icon

    icon = app_icon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()  # the SVG icon engine
    seen = []

    def look_and_quit():
        seen.extend((QGuiApplication.desktopFileName(), w.windowIcon().isNull())
                    for w in QApplication.topLevelWidgets() if w.isVisible())
        for w in QApplication.topLevelWidgets():
            w.close()

    QTimer.singleShot(50, look_and_quit)
    assert run_gui(str(tmp_path / "gui")) == 0
    assert seen and all(item == ("vdtracker", False) for item in seen)
