"""`make package`: the PyInstaller one-folder bundle dist/vdtracker/ (packaging/vdtracker.spec)
and dist/vdtracker-<version>-linux-<machine>.tar.gz of it; prints the size and the time taken.

Run with the virtualenv's Python after `make translations` (the bundle ships the .qm/.json).
"""

from __future__ import annotations

import platform
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "vdtracker"


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "vdtracker" / "__init__.py").read_text("utf-8"), namespace)
    return namespace["__version__"]


def size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def main() -> int:
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
    tmp.replace(tarball)
    print(f"{BUNDLE.relative_to(ROOT)}: {size(BUNDLE) / 2**20:.0f} MiB; "
          f"{tarball.relative_to(ROOT)}: {tarball.stat().st_size / 2**20:.0f} MiB; "
          f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
