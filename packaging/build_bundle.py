"""`make package`: the PyInstaller one-folder bundle dist/vdtracker/ (packaging/vdtracker.spec)
and dist/vdtracker-<version>-linux-<machine>.tar.gz of it; prints the size and the time taken.

The tarball's vdtracker/ folder is the bundle plus install.sh and uninstall.sh
(packaging/tarball/: into ~/.local and out again) and share/ with share.list: the files
packaging/layout.py lays out, the same as the .deb's /usr/share (so `make icons` and
`make manpage` come first: `make package` runs them).

Run with the virtualenv's Python after `make translations` (the bundle ships the .qm/.json).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import layout  # packaging/layout.py (this folder is sys.path[0])

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "vdtracker"


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "vdtracker" / "__init__.py").read_text("utf-8"), namespace)
    return namespace["__version__"]


def size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def extras(icons: Path, man: Path) -> Path:
    """build/tarball/: install.sh, uninstall.sh, share/ and share.list for the tarball."""
    out = ROOT / "build" / "tarball"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in ("install.sh", "uninstall.sh"):
        shutil.copyfile(ROOT / "packaging" / "tarball" / name, out / name)
        (out / name).chmod(0o755)
    files = layout.write_share(out / "share", layout.completions(BUNDLE / "vdtracker"),
                               icons, man)
    (out / "share.list").write_text("".join(f"{f}\n" for f in files), "utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--icons", type=Path, default=layout.ICONS)
    parser.add_argument("--man", type=Path, default=layout.MAN)
    args = parser.parse_args(argv)
    if needed := layout.missing(args.icons, args.man):
        sys.exit("build_bundle: missing " + ", ".join(needed))
    missing = [p for p in ("vdtracker_de.qm", "vdtracker_de.json")
               if not (ROOT / "vdtracker" / "i18n" / p).exists()]
    if missing:
        sys.exit(f"vdtracker/i18n/{missing[0]} is missing: run `make translations` first")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "vdtracker.spec")], check=True, cwd=ROOT)
    system = platform.system().lower()
    tarball = DIST / f"vdtracker-{version()}-{system}-{platform.machine()}.tar.gz"
    tmp = tarball.with_name(f".{tarball.name}.tmp")
    with tarfile.open(tmp, "w:gz") as tar:
        tar.add(BUNDLE, arcname="vdtracker")
        for path in sorted(extras(args.icons, args.man).iterdir()):
            tar.add(path, arcname=f"vdtracker/{path.name}")
    tmp.replace(tarball)
    print(f"{BUNDLE.relative_to(ROOT)}: {size(BUNDLE) / 2**20:.0f} MiB; "
          f"{tarball.relative_to(ROOT)}: {tarball.stat().st_size / 2**20:.0f} MiB; "
          f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
