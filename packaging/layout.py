"""The files an install puts under share/ (the .deb's /usr/share, the tarball's ~/.local/share).

    applications/<id>.desktop, metainfo/<id>.metainfo.xml, icons/hicolor/…/apps/<id>.png|svg
        (install_desktop.plan: the same files `make install-desktop` puts in $XDG_DATA_HOME)
    man/man1/vdtracker.1.gz                       (packaging/build_manpage.py, gzip -9n)
    bash-completion/completions/vdtracker         (`vdtracker --print-completion bash`)
    zsh/vendor-completions/_vdtracker             (`vdtracker --print-completion zsh`)

Standard library only. build_deb.py and build_bundle.py import it, run from this folder (it
is sys.path[0] then, so `install_desktop` is the sibling script, not a package); tests put
this folder on sys.path for the test's time.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
from pathlib import Path, PurePosixPath

import install_desktop

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "build" / "icons"
MAN = ROOT / "build" / "man" / "man1" / "vdtracker.1"
SHELLS = {"bash": "bash-completion/completions/vdtracker",
          "zsh": "zsh/vendor-completions/_vdtracker"}
MAN_PAGE = "man/man1/vdtracker.1.gz"
DESKTOP = f"applications/{install_desktop.APP_ID}.desktop"


def completions(program: Path) -> dict[str, str]:
    """The completion script of each shell, as the built program prints it."""
    return {shell: subprocess.run([str(program), "--print-completion", shell], check=True,
                                  capture_output=True, text=True, timeout=120).stdout
            for shell in SHELLS}


def missing(icons: Path = ICONS, man: Path = MAN) -> list[str]:
    """What write_share needs that is not built yet, each with the command that builds it."""
    probe = Path("/share")
    absent = [f"{src} (make icons)" for src, _ in install_desktop.plan(probe, icons)
              if not src.is_file()]
    return absent + ([f"{man} (make manpage)"] if not man.is_file() else [])


def write_share(share: Path, completion: dict[str, str], icons: Path = ICONS,
                man: Path = MAN) -> list[str]:
    """Write every file into `share` (folders 0755, files 0644); their paths relative to it,
    sorted: the list the tarball's install.sh and uninstall.sh use."""
    written: list[Path] = []
    for src, dest in install_desktop.plan(share, icons):
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        written.append(dest)
    page = share / MAN_PAGE
    page.parent.mkdir(parents=True, exist_ok=True)
    # gzip -9n: no name or time stamp inside, so the same page gives the same bytes
    with page.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                               compresslevel=9, mtime=0) as out:
        out.write(man.read_bytes())
    written.append(page)
    for shell, rel in SHELLS.items():
        path = share / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(completion[shell], "utf-8")
        written.append(path)
    for path in written:
        os.chmod(path, 0o644)
    return sorted(str(PurePosixPath(p.relative_to(share).as_posix())) for p in written)
