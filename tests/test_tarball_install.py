"""The tarball's install.sh and uninstall.sh: into a home's ~/.local and out again, diary kept."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from packaging_scripts import script

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.vdtracker.vdtracker"

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="no POSIX shell here")


@pytest.fixture
def layout(monkeypatch):
    """packaging/layout.py, with its folder on sys.path (for install_desktop) for the test."""
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))
    return script("layout")


def _unpacked(tmp_path: Path, layout) -> Path:
    """What the tarball unpacks to, with a small fake bundle: a `vdtracker` that notes its
    arguments in calls.txt beside the home."""
    folder = tmp_path / "unpacked" / "vdtracker"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libfake.so").write_bytes(b"\0fake")
    program = folder / "vdtracker"
    program.write_text(f'#!/bin/sh\necho "$*" >> "{tmp_path}/calls.txt"\n', "utf-8")
    program.chmod(0o755)
    for name in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / "tarball" / name, folder / name)
    icons = tmp_path / "icons"
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True)
        png.write_bytes(b"\x89PNG fake")
    man = tmp_path / "vdtracker.1"
    man.write_text(".TH VDTRACKER 1\n", "utf-8")
    files = layout.write_share(folder / "share", {"bash": "complete -F _v vdtracker\n",
                                                  "zsh": "#compdef vdtracker\n"}, icons, man)
    (folder / "share.list").write_text("".join(f"{f}\n" for f in files), "utf-8")
    return folder


def _run(script: Path, home: Path, data: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "XDG_DATA_HOME": str(data)}
    return subprocess.run([str(script)], capture_output=True, text=True, env=env, timeout=60)


def test_install_then_uninstall_leaves_only_the_diary_and_others_files(tmp_path, layout):
    folder = _unpacked(tmp_path, layout)
    home, data = tmp_path / "home", tmp_path / "xdg"
    diary = data / "vdtracker" / "vdtracker.sqlite3"
    diary.parent.mkdir(parents=True)
    diary.write_bytes(b"SQLite format 3\0")
    other = data / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", "utf-8")
    home.mkdir()
    before = sorted(p for p in tmp_path.rglob("*") if home in p.parents or data in p.parents)

    r = _run(folder / "install.sh", home, data)
    assert r.returncode == 0, r.stderr
    lib = home / ".local" / "lib" / "vdtracker"
    rel = (folder / "share.list").read_text("utf-8").split()
    assert len(rel) == 1 + 1 + 9 + 1 + 1 + 2  # desktop, metainfo, 9 PNGs, SVG, man, 2 shells
    for name in rel:
        assert (data / name).is_file(), name
        assert (data / name).read_bytes() != b"" or name.endswith(".desktop")
    link = home / ".local" / "bin" / "vdtracker"
    assert link.is_symlink() and os.readlink(link) == str(lib / "vdtracker")
    assert (lib / "_internal" / "libfake.so").is_file()
    assert (data / "man" / "man1" / "vdtracker.1.gz").is_file()
    assert (data / "zsh" / "vendor-completions" / "_vdtracker").is_file()
    assert (data / "bash-completion" / "completions" / "vdtracker").is_file()
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"\nExec={lib}/vdtracker\n" in entry
    assert "your diary stays where it is" in r.stdout

    r = _run(lib / "uninstall.sh", home, data)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "calls.txt").read_text("utf-8").split() == ["--forget-login"]
    # update-desktop-database's cache of the folder, where that tool is installed, may stay
    after = sorted(p for p in tmp_path.rglob("*")
                   if (home in p.parents or data in p.parents) and not p.is_dir()
                   and p.name != "mimeinfo.cache")
    assert after == [p for p in before if not p.is_dir()]  # the diary and other.desktop
    assert diary.read_bytes() == b"SQLite format 3\0"
    assert not lib.exists() and not link.is_symlink()


def test_install_refuses_a_vdtracker_it_did_not_put_on_path(tmp_path, layout):
    folder = _unpacked(tmp_path, layout)
    home, data = tmp_path / "home", tmp_path / "xdg"
    pipx = home / ".local" / "bin" / "vdtracker"
    pipx.parent.mkdir(parents=True)
    pipx.symlink_to(tmp_path / "pipx-venv-vdtracker")
    r = _run(folder / "install.sh", home, data)
    assert r.returncode == 1
    assert "exists already" in r.stderr and "remove that one first" in r.stderr
    assert not (home / ".local" / "lib").exists() and not data.exists()
    assert os.readlink(pipx) == str(tmp_path / "pipx-venv-vdtracker")


def test_uninstall_with_nothing_installed_says_so(tmp_path, layout):
    folder = _unpacked(tmp_path, layout)
    r = _run(folder / "uninstall.sh", tmp_path / "home", tmp_path / "xdg")
    assert r.returncode == 0
    assert "nothing to remove" in r.stdout
    assert not (tmp_path / "calls.txt").exists()
