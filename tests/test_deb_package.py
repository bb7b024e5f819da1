"""packaging/build_deb.py: the .deb's files, fields and maintainer scripts, of a fake bundle."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from packaging_scripts import script
from vdtracker import __version__

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.vdtracker.vdtracker"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None or sys.platform != "linux",
                                reason="dpkg-deb is not installed (a Debian or Ubuntu tool)")


@pytest.fixture
def build_deb(monkeypatch):
    """packaging/build_deb.py, its folder on sys.path (for layout) for the test's time."""
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))
    return script("build_deb")


@pytest.fixture
def built(build_deb, monkeypatch, tmp_path) -> Path:
    """The .deb of a small fake bundle (the real one is built by `make deb`, .ci/deb_check.sh)."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "libfake.so").write_bytes(b"\0fake")
    (bundle / "_internal" / "libfake.so").chmod(0o755)  # as wheels ship many: 0644 in the .deb
    (bundle / "vdtracker").write_text("#!/bin/sh\n", "utf-8")
    (bundle / "vdtracker").chmod(0o775)
    icons = tmp_path / "icons"
    for size in SIZES:
        png = icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        png.parent.mkdir(parents=True)
        png.write_bytes(b"\x89PNG fake")
    man = tmp_path / "vdtracker.1"
    man.write_text(".TH VDTRACKER 1\n.SH NAME\nvdtracker \\- fake\n", "utf-8")
    monkeypatch.setattr(build_deb, "BUNDLE", bundle)
    monkeypatch.setattr(build_deb, "STAGE", tmp_path / "stage")
    monkeypatch.setattr(build_deb, "DIST", tmp_path / "dist")
    (tmp_path / "dist").mkdir()
    monkeypatch.setattr(build_deb, "depends", lambda _bundle: ["libc6 (>= 2.36)", "libegl1"])
    monkeypatch.setattr(build_deb.layout, "completions",
                        lambda _program: {"bash": "complete\n", "zsh": "#compdef vdtracker\n"})
    return build_deb.build(icons, man)


def _deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], check=True, capture_output=True,
                          text=True).stdout


def test_the_deb_holds_the_bundle_the_command_and_the_desktop_files(built):
    arch = subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()
    assert built.name == f"vdtracker_{__version__}_{arch}.deb"
    rows = [line.split() for line in _deb("-c", str(built)).splitlines()]
    entries = {row[5].removeprefix("."): row for row in rows}
    assert all(row[1] == "root/root" for row in rows)
    assert not [row for row in rows  # nothing group- or world-writable (links aside)
                if row[0][0] != "l" and "w" in (row[0][5], row[0][8])]
    assert entries["/opt/vdtracker/vdtracker"][0] == "-rwxr-xr-x"
    assert entries["/opt/vdtracker/_internal/libfake.so"][0] == "-rw-r--r--"
    assert entries["/usr/bin/vdtracker"][5:] == ["./usr/bin/vdtracker", "->",
                                                  "/opt/vdtracker/vdtracker"]
    share = ["applications/io.github.vdtracker.vdtracker.desktop",
             "metainfo/io.github.vdtracker.vdtracker.metainfo.xml",
             *(f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in SIZES),
             f"icons/hicolor/scalable/apps/{APP_ID}.svg",
             "man/man1/vdtracker.1.gz", "bash-completion/completions/vdtracker",
             "zsh/vendor-completions/_vdtracker",
             "doc/vdtracker/copyright", "doc/vdtracker/changelog.gz",
             "lintian/overrides/vdtracker"]
    for rel in share:
        assert entries[f"/usr/share/{rel}"][0] == "-rw-r--r--", rel
    files = [path for path, row in entries.items() if not row[0].startswith("d")]
    assert len(files) == 3 + len(share)  # the fake bundle's two files and the link


@pytest.mark.skipif(shutil.which("lintian") is None, reason="lintian is not installed")
def test_lintian_finds_no_error_or_warning_that_is_not_overridden(built):
    """Control fields, copyright, changelog, permissions, md5sums, man page, menu entry: any
    E: or W: lintian prints is ours (the bundle's own are overridden; the real bundle is
    linted by .ci/deb_check.sh)."""
    run = subprocess.run(["lintian", "--pedantic", "--fail-on", "error,warning", str(built)],
                         capture_output=True, text=True, timeout=600)
    tags = [line for line in run.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not tags and run.returncode == 0, run.stdout + run.stderr


def test_each_lintian_override_says_why(build_deb):
    lines = build_deb.OVERRIDES.splitlines()
    overrides = [i for i, line in enumerate(lines) if line and not line.startswith("#")]
    assert len(overrides) >= 10
    for i in overrides:
        assert lines[i].startswith("vdtracker: ") and lines[i - 1].startswith("# "), lines[i]


def test_the_control_fields(built):
    fields = dict(re.findall(r"^(\S+): (.*)$", _deb("-f", str(built)), re.MULTILINE))
    assert fields["Package"] == "vdtracker"
    assert fields["Version"] == __version__
    assert fields["Depends"] == "libc6 (>= 2.36), libegl1"
    assert {"Maintainer", "Section", "Priority", "Description", "Installed-Size"} <= set(fields)
    assert int(fields["Installed-Size"]) >= 1


def test_the_maintainer_scripts_only_refresh_caches_that_exist(built, tmp_path):
    control = tmp_path / "control"
    _deb("-e", str(built), str(control))
    for name in ("postinst", "postrm"):
        script = (control / name).read_text("utf-8")
        assert (control / name).stat().st_mode & 0o777 == 0o755
        subprocess.run(["sh", "-n", str(control / name)], check=True)
        for tool in ("update-desktop-database", "gtk-update-icon-cache", "mandb"):
            assert f"command -v {tool} >/dev/null" in script
        # never a user's diary, log or settings: nothing removed, no home named
        code = "\n".join(line for line in script.splitlines() if not line.startswith("#"))
        assert not re.search(r"\brm\b|HOME|/home|\.local|vdtracker\.sqlite3", code)


def test_depends_names_the_apt_packages_of_what_the_xcb_plugin_finds_outside_the_bundle(
        build_deb, monkeypatch, tmp_path):
    internal = tmp_path / "bundle" / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for rel in ("platforms/libqxcb.so", "xcbglintegrations/libqxcb-egl-integration.so"):
        (plugins / rel).parent.mkdir(parents=True)
        (plugins / rel).write_bytes(b"\0")
    ldd = {"libqxcb.so": f"""\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => {internal}/libQt6XcbQpa.so.6 (0x00007f01)
\tlibxcb-cursor.so.0 => {internal}/libxcb-cursor.so.0 (0x00007f02)
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f03)
\tlibxkbcommon-x11.so.0 => not found
\tlibm.so.6 => /lib/x86_64-linux-gnu/libm.so.6 (0x00007f04)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f05)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f06)
""", "libqxcb-egl-integration.so": """\tlibEGL.so.1 => /lib/x86_64-linux-gnu/libEGL.so.1 (0x1)
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x2)
"""}
    seen = []

    def run(args, **kwargs):
        assert args[0] == "ldd" and kwargs["env"]["LD_LIBRARY_PATH"] == str(internal)
        seen.append(Path(args[1]).name)
        return subprocess.CompletedProcess(args, 0, ldd[Path(args[1]).name], "")

    monkeypatch.setattr(build_deb.subprocess, "run", run)
    found = build_deb.depends(tmp_path / "bundle")
    assert seen == ["libqxcb.so", "libqxcb-egl-integration.so"]
    assert found[0].startswith("libc6 (>= 2.")  # the building machine's glibc
    assert found[1:] == ["libegl1", "libxcb1", "libxkbcommon-x11-0"]
