"""Desktop integration: the .desktop file and the AppStream metainfo pass their validators, the
icons are rendered from the SVG, `make install-desktop` / `uninstall-desktop` put exactly those
files in the user's XDG folders and take exactly them out again, and the window, the tray and
the notifications carry the icon."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

import vdtracker
from packaging_scripts import script
from vdtracker import resources

ROOT = Path(__file__).resolve().parents[1]
APP_ID = resources.APP_ID
DESKTOP = ROOT / "resources" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / f"{APP_ID}.metainfo.xml"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)




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


def _appstream_version(tool: str) -> tuple[int, ...]:
    out = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout
    found = re.search(r"(\d+)\.(\d+)", out)
    return tuple(int(part) for part in found.groups()) if found else (0,)


def test_the_metainfo_passes_appstreamcli_validate_pedantic():
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run([tool, "validate", "--pedantic", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    issues = [line for line in result.stdout.splitlines() if re.match(r"[EWIP]: ", line)]
    # <developer id=…><name> is AppStream 1.0's (Flathub asks for it); before 1.0 (Debian 12's
    # 0.16) the validator does not know it yet, and says so as an info: that one only
    if _appstream_version(tool) < (1, 0):
        issues = [i for i in issues if not re.match(r"I: \S+:\d+: unknown-tag developer$", i)]
    assert result.returncode == 0 and not issues, result.stdout + result.stderr


def test_one_app_id_names_every_desktop_file_the_icon_and_the_window():
    install = script("install_desktop")
    render = script("render_icons")
    assert APP_ID == install.APP_ID == render.NAME == install.component_id()
    assert resources.DESKTOP_ID == resources.ICON_NAME == APP_ID
    # reverse DNS of the project's home, lowercase (appstreamcli --pedantic), and a valid
    # D-Bus name: no hyphens, no part starting with a digit
    assert re.fullmatch(r"io\.github\.[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*", APP_ID)
    homepage = ET.parse(METAINFO).getroot().find("url[@type='homepage']")
    assert homepage is not None and homepage.text is not None
    owner, repository = APP_ID.split(".")[2:]
    assert homepage.text == f"https://github.com/{owner}/{repository}"
    # nothing left under the names before the app id
    assert sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_file()) == [
        "README.md", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"]


def test_the_desktop_file_starts_what_pipx_installs_and_names_the_app_the_window_does():
    entry = _entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    # no %f/%u: the app opens no files given to it, and argparse would refuse one
    assert entry["Exec"] == "vdtracker" and "vdtracker" in scripts
    assert entry["Icon"] == resources.ICON_NAME
    assert entry["StartupWMClass"] == "vdtracker"  # QApplication's argv[0] in ui/launch.py
    assert DESKTOP.stem == resources.DESKTOP_ID
    assert entry["Terminal"] == "false"
    # GNOME Settings ▸ Notifications lists the app before its first reminder
    assert entry["X-GNOME-UsesNotifications"] == "true"


def test_the_metainfo_launches_the_desktop_file_and_describes_this_release():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == _entry()["Exec"]
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"
    developer = root.find("developer")
    assert developer is not None and developer.get("id") and developer.findtext("name")
    # the Qt translation domain: the catalogues the window loads are vdtracker_<lang>.qm
    translation = root.find("translation")
    assert translation is not None and translation.get("type") == "qt"
    assert translation.text == "vdtracker"
    assert sorted((ROOT / "resources" / "translations").glob(f"{translation.text}_*.ts"))
    homepage = root.findtext("url[@type='homepage']")
    assert root.findtext("url[@type='bugtracker']") == f"{homepage}/issues"
    # the newest release first, and it is this version, on a day that has come
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == vdtracker.__version__
    assert date.fromisoformat(releases[0].get("date", "")) <= date.today()
    # each screenshot is a file in this repository that the test run renders, at its raw
    # address in the project's repository
    shots = [image.text or "" for image in root.iter("image")]
    assert shots
    raw = homepage.replace("https://github.com/", "https://raw.githubusercontent.com/")
    for url in shots:
        assert url.startswith(f"{raw}/main/docs/screenshots/"), url
        path = url.removeprefix(f"{raw}/main/")
        assert (ROOT / path).is_file(), url
        tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--error-unmatch", path],
                                 capture_output=True)
        assert tracked.returncode == 0 or not (ROOT / ".git").exists(), f"{path} not in git"


def test_the_icons_are_rendered_from_the_svg_at_every_size(qapp, tmp_path):
    # qapp: the script makes a QGuiApplication only when there is none (as a program)
    from PySide6.QtGui import QImage

    render = script("render_icons")
    written = render.render(out=tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        f"hicolor/{n}x{n}/apps/{APP_ID}.png" for n in SIZES]
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


# what `make install-desktop` installed before the app id (0.1.0 before issue 27)
OLD = {"applications/vdtracker.desktop": b"[Desktop Entry]\nName=VD Tracker\n",
       "metainfo/org.vdtracker.vdtracker.metainfo.xml": b"<component/>",
       "icons/hicolor/scalable/apps/vdtracker.svg": b"<svg/>",
       **{f"icons/hicolor/{n}x{n}/apps/vdtracker.png": b"png" for n in SIZES}}


def _plant(top: Path, files: dict[str, bytes]) -> None:
    for name, content in files.items():
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_bytes(content)


def test_make_install_desktop_then_uninstall_desktop_touch_only_their_files(tmp_path):
    data = tmp_path / "data"
    others = {"applications/other.desktop": b"[Desktop Entry]\n",
              "icons/hicolor/48x48/apps/other.png": b"png",
              "icons/hicolor/scalable/apps/vdtracker-other.svg": b"<svg/>",
              "metainfo/org.example.other.metainfo.xml": b"<component/>"}
    _plant(data, others)
    before = _files(data)
    _plant(data, OLD)  # an older version installed: an upgrade takes its files away
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
    expected = {f"applications/{APP_ID}.desktop",
                f"metainfo/{APP_ID}.metainfo.xml",
                f"icons/hicolor/scalable/apps/{APP_ID}.svg",
                *(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in SIZES)}
    after = _files(data)
    assert set(after) == set(before) | expected  # the old names gone, nothing else
    assert {k: after[k] for k in before} == before
    assert installed.stdout.count("an older version's name") == len(OLD)
    assert after[f"applications/{APP_ID}.desktop"][0] == DESKTOP.read_bytes()
    assert after[f"metainfo/{APP_ID}.metainfo.xml"][0] == METAINFO.read_bytes()
    assert after[f"icons/hicolor/scalable/apps/{APP_ID}.svg"][0] == (
        resources.icon_svg().read_bytes())
    assert all((data / name).stat().st_mode & 0o777 == 0o644 for name in expected)
    assert not any(home.iterdir())
    # once installed, notifications name the themed icon instead of the packaged file
    assert resources.notification_icon({"XDG_DATA_HOME": str(data),
                                        "XDG_DATA_DIRS": str(tmp_path / "none")}) == APP_ID

    removed = subprocess.run([*make, "uninstall-desktop"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert _files(data) == before
    assert removed.stdout.count("removed ") == len(expected)


def test_uninstall_desktop_also_takes_away_an_older_versions_files(tmp_path, capsys,
                                                                   monkeypatch):
    install = script("install_desktop")
    data = tmp_path / "data"
    _plant(data, {**OLD, "applications/other.desktop": b"[Desktop Entry]\n"})
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    assert install.main(["uninstall"]) == 0
    assert set(_files(data)) == {"applications/other.desktop"}
    assert capsys.readouterr().out.count("removed ") == len(OLD)
    assert install.main(["uninstall"]) == 0
    assert capsys.readouterr().out == f"nothing to remove in {data}\n"


def test_install_desktop_respects_only_an_absolute_xdg_data_home(tmp_path, monkeypatch):
    install = script("install_desktop")
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
    png = tmp_path / "sys" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    png.parent.mkdir(parents=True)
    png.write_bytes(b"png")
    assert resources.notification_icon(env) == APP_ID


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
    assert seen and all(item == (APP_ID, False) for item in seen)
