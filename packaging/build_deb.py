"""`make deb`: dist/vdtracker_<version>_<arch>.deb from the bundle `make package` built.

    /opt/vdtracker/                 the PyInstaller one-folder bundle (dist/vdtracker/)
    /usr/bin/vdtracker              -> /opt/vdtracker/vdtracker (the .desktop's Exec=vdtracker)
    /usr/share/…                    packaging/layout.py: the menu entry, metainfo, icons, the
                                    man page and the bash and zsh completions
    /usr/share/doc/vdtracker/copyright, changelog.gz (what Debian policy asks of every package)
    /usr/share/lintian/overrides/vdtracker   why lintian's tags about the bundle's own copies of
                                    Python, Qt and libraries under /opt are expected

Depends: the apt packages (vdtracker/system_libs.py's names) of the system libraries Qt's xcb
display plugin and its GL integrations load that the bundle does not hold, as ldd finds them.
postinst/postrm refresh the desktop, icon and man caches where those tools exist; neither
touches anyone's diary (~/.local/share/vdtracker stays). Offline: dpkg-deb only, no network.

    python packaging/build_deb.py [--icons build/icons] [--man build/man/man1/vdtracker.1]
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import layout  # packaging/layout.py (this folder is sys.path[0])

ROOT = layout.ROOT
DIST = ROOT / "dist"
BUNDLE = DIST / "vdtracker"
STAGE = ROOT / "build" / "deb" / "root"
PREFIX = "/opt/vdtracker"
MAINTAINER = "VD Tracker maintainers <vdtracker@users.noreply.github.com>"
HOMEPAGE = "https://github.com/vdtracker/vdtracker"
TOOLS = ("dpkg-deb", "dpkg", "ldd")
# the C library's own files: libc6, which every Debian system has (Priority: required)
LIBC = re.compile(r"^(linux-vdso|ld-linux|libc|libm|libdl|libpthread|librt)\b")
RESOLVED = re.compile(r"^\s*(\S+)\s*=>\s*(\S+)", re.MULTILINE)

POSTINST = """#!/bin/sh
# Refresh the menu, icon and manual caches (where those tools are installed); users' data untouched.
set -e
if [ "$1" = "configure" ]; then
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q /usr/share/applications || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 \\
            && [ -f /usr/share/icons/hicolor/index.theme ]; then
        gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
    fi
    if command -v mandb >/dev/null 2>&1; then
        mandb -q /usr/share/man >/dev/null 2>&1 || true
    fi
fi
exit 0
"""
POSTRM = POSTINST.replace('[ "$1" = "configure" ]', '[ "$1" = "remove" ] || [ "$1" = "purge" ]')
POSTRM = POSTRM.replace("users' data untouched.",
                        "the diary in ~/.local/share/vdtracker\n# and the log stay: "
                        "they are the user's, not the package's.")

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: vdtracker
Source: {homepage}
Comment: The bundle under /opt/vdtracker also holds Python (PSF-2.0), Qt and PySide6 (LGPL-3)
 and the other libraries the app runs on, each under its own licence (their licence files
 are kept beside them in /opt/vdtracker/_internal).

Files: *
Copyright: {years} VD Tracker contributors
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this
 software and associated documentation files (the "Software"), to deal in the Software
 without restriction, including without limitation the rights to use, copy, modify, merge,
 publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
 to whom the Software is furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or
 substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
 INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
 PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
 FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
 OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
 DEALINGS IN THE SOFTWARE.
"""
FIRST_YEAR = 2026  # the project's first commit

# lintian's tags about the bundle that are so by design (each a comment saying why); what
# tests/test_deb_package.py and .ci/deb_check.sh run lintian on must show no other E: or W:
OVERRIDES = """\
# A self-contained PyInstaller bundle (its own Python, Qt and libraries) kept whole in /opt.
vdtracker: dir-or-file-in-opt [opt/vdtracker/*]

# The bundle carries its own copies of the libraries it was built and tested with, by design.
vdtracker: embedded-library * [opt/vdtracker/_internal/*]

# The bundle holds its own libstdc++.so.6 (beside Qt), so it needs none from the system.
vdtracker: missing-dependency-on-libstdc++ needed by opt/vdtracker/*

# strip would cut the app's archive off PyInstaller's bootloader; libraries kept as built.
vdtracker: unstripped-binary-or-object [opt/vdtracker/*]

# Sections the bundled wheels' libraries carry as PyPI built them (not stripped, see above).
vdtracker: binary-has-unneeded-section * [opt/vdtracker/*]

# The build Python's RUNPATH in libpython and its modules; the bundle loads from _internal.
vdtracker: custom-library-search-path * [opt/vdtracker/_internal/*]

# CPython's own extension modules as CPython builds them (they call libpython only).
vdtracker: library-not-linked-against-libc [opt/vdtracker/_internal/*]

# CPython's own extension modules and bundled libraries as built upstream, used via dlopen.
vdtracker: shared-library-lacks-prerequisites [opt/vdtracker/_internal/*]

# exit() called inside third-party libraries (Qt, X11, OpenBLAS) as upstream wrote them.
vdtracker: exit-in-shared-library [opt/vdtracker/_internal/*]

# PyInstaller's bootloader as its wheel ships it, not built as a position-independent program.
vdtracker: hardening-no-pie [opt/vdtracker/vdtracker]

# The bundled libraries as upstream built them, not rebuilt with Debian's hardening flags.
vdtracker: hardening-no-bindnow [opt/vdtracker/*]

# The bundled libraries as upstream built them, not rebuilt with Debian's hardening flags.
vdtracker: hardening-no-fortify-functions [opt/vdtracker/*]

# Words inside third-party binaries (Python's Unicode name table, Qt), not ours to correct.
vdtracker: spelling-error-in-binary * [opt/vdtracker/*]

# The bundled packages' metadata and data files, read from the bundle at run time.
vdtracker: package-contains-documentation-outside-usr-share-doc [opt/vdtracker/_internal/*]

# The bundled libraries' licences, kept beside them as those licences ask.
vdtracker: extra-license-file [opt/vdtracker/_internal/*]

# The bundled packages' own folder layout (numpy's dist-info, _internal/vdtracker).
vdtracker: repeated-path-segment * [opt/vdtracker/_internal/*]
"""
# shared libraries need no execute bit (dpkg and lintian want 0644; ld.so maps them anyway)
SHARED = re.compile(r"\.so(\.[0-9][0-9.]*)?$")


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "vdtracker" / "__init__.py").read_text("utf-8"), namespace)
    return namespace["__version__"]


def built_at() -> float:
    """SOURCE_DATE_EPOCH when set (so that a rebuild can give the same bytes), else now."""
    return float(os.environ.get("SOURCE_DATE_EPOCH", time.time()))


def changelog() -> str:
    """One entry, this version (the README and git log say what changed), dated built_at()."""
    return (f"vdtracker ({version()}) unstable; urgency=medium\n\n"
            f"  * VD Tracker {version()}, built from the bundle `make package` makes.\n\n"
            f" -- {MAINTAINER}  {email.utils.formatdate(built_at())}\n")


def copyright_years() -> str:
    """2026, or 2026-<the year built_at() falls in>."""
    last = time.gmtime(built_at()).tm_year
    return f"{FIRST_YEAR}-{last}" if last > FIRST_YEAR else str(FIRST_YEAR)


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def depends(bundle: Path) -> list[str]:
    """The apt packages of what the xcb plugin (and the GL integrations it loads) needs from
    the system: ldd's answer with the bundle's own folder first, as the bundle runs."""
    from vdtracker.system_libs import PACKAGES  # the venv's vdtracker (make: pip install -e .)

    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    files = [plugins / "platforms" / "libqxcb.so",
             *sorted((plugins / "xcbglintegrations").glob("*.so"))]
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    outside: dict[str, None] = {}
    for path in files:
        if not path.is_file():
            sys.exit(f"build_deb: {path} is missing: build the bundle again (make package)")
        out = subprocess.run(["ldd", str(path)], check=True, capture_output=True, text=True,
                             env=env).stdout
        for name, where in RESOLVED.findall(out):
            if not LIBC.match(name) and (where == "not" or not where.startswith(str(internal))):
                outside[name] = None
    unknown = [name for name in outside if name not in PACKAGES]
    if unknown:
        sys.exit(f"build_deb: no apt package is known for {', '.join(unknown)}: add it to "
                 "PACKAGES in vdtracker/system_libs.py")
    # the bundle's Python and Qt need a glibc at least as new as the one they were built on
    glibc = os.confstr("CS_GNU_LIBC_VERSION") or ""
    libc = [f"libc6 (>= {glibc.split()[-1]})"] if glibc.startswith("glibc ") else []
    return libc + sorted({PACKAGES[name][0] for name in outside})


def normalize(root: Path) -> None:
    """Folders 0755, programs 0755, other files (shared libraries too) 0644: what lintian and
    dpkg expect (dh_fixperms' rule)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            os.chmod(path, 0o755)
        else:
            program = path.stat().st_mode & 0o111 and not SHARED.search(path.name)
            os.chmod(path, 0o755 if program else 0o644)


def control(root: Path, deps: list[str]) -> str:
    size = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir())
    return (f"Package: vdtracker\nVersion: {version()}\nArchitecture: {architecture()}\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {(size + 1023) // 1024}\n"
            f"Depends: {', '.join(deps)}\nSection: misc\nPriority: optional\n"
            f"Homepage: {HOMEPAGE}\n"
            "Description: private diary for vitamin D and B12 courses, labs and symptoms\n"
            " VD Tracker keeps your prescribed vitamin D and B12 schedules, the doses you\n"
            " took, your lab results and how you feel, on this computer only. It reminds\n"
            " you of doses that are due and shows the trends; it never suggests a dose.\n"
            " .\n"
            " This package holds the self-contained bundle (its own Python and Qt) in\n"
            " /opt/vdtracker and the vdtracker command, menu entry, icons, manual page\n"
            " and shell completions.\n")


def stage(icons: Path, man: Path) -> Path:
    if STAGE.exists():
        shutil.rmtree(STAGE)
    opt = STAGE / PREFIX.lstrip("/")
    opt.parent.mkdir(parents=True)
    shutil.copytree(BUNDLE, opt, symlinks=True)
    usr_bin = STAGE / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / "vdtracker").symlink_to(f"{PREFIX}/vdtracker")
    share = STAGE / "usr" / "share"
    layout.write_share(share, layout.completions(BUNDLE / "vdtracker"), icons, man)
    doc = share / "doc" / "vdtracker"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT.format(homepage=HOMEPAGE, years=copyright_years()),
                                   "utf-8")
    with (doc / "changelog.gz").open("wb") as raw, gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as out:  # gzip -9n
        out.write(changelog().encode("utf-8"))
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    (overrides / "vdtracker").write_text(OVERRIDES, "utf-8")
    normalize(STAGE)
    debian = STAGE / "DEBIAN"
    debian.mkdir()
    sums = [f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(STAGE).as_posix()}\n"
            for p in sorted(STAGE.rglob("*")) if p.is_file() and not p.is_symlink()
            and debian not in p.parents]
    (debian / "md5sums").write_text("".join(sums), "utf-8")
    (debian / "control").write_text(control(STAGE, depends(BUNDLE)), "utf-8")
    for name, text in (("postinst", POSTINST), ("postrm", POSTRM)):
        (debian / name).write_text(text, "utf-8")
        os.chmod(debian / name, 0o755)
    normalize(STAGE)
    return STAGE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--icons", type=Path, default=layout.ICONS)
    parser.add_argument("--man", type=Path, default=layout.MAN)
    args = parser.parse_args(argv)
    if sys.platform != "linux":
        sys.exit("build_deb: a .deb is built on Linux (Debian or Ubuntu)")
    absent = [tool for tool in TOOLS if shutil.which(tool) is None]
    if absent:
        sys.exit(f"build_deb: {', '.join(absent)} not found: a .deb is built on Debian or "
                 "Ubuntu (sudo apt install dpkg-dev libc-bin)")
    if not (BUNDLE / "vdtracker").is_file():
        sys.exit(f"build_deb: {BUNDLE}/vdtracker is missing: build the bundle first "
                 "(make package)")
    if needed := layout.missing(args.icons, args.man):
        sys.exit("build_deb: missing " + ", ".join(needed))
    out = build(args.icons, args.man)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size / 2**20:.0f} MiB")
    return 0


def build(icons: Path, man: Path) -> Path:
    root = stage(icons, man)
    out = DIST / f"vdtracker_{version()}_{architecture()}.deb"
    tmp = out.with_name(f".{out.name}.tmp")
    subprocess.run(["dpkg-deb", "--build", "--root-owner-group", str(root), str(tmp)],
                   check=True, stdout=subprocess.DEVNULL)
    tmp.replace(out)
    shutil.rmtree(root)  # about 240 MB, copied from dist/vdtracker/
    return out


if __name__ == "__main__":
    sys.exit(main())
