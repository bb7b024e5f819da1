"""Before `make run`: name the system libraries Qt's display plugin lacks, and how to install them."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

# The library file Qt's plugin asks for -> (Debian/Ubuntu package, Fedora package).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, in its order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def message(missing: list[str], plugin: str = "xcb") -> str:
    """One line saying what is missing, then the command that installs it."""
    known = [lib for lib in missing if lib in PACKAGES]
    apt = " ".join(dict.fromkeys(PACKAGES[lib][0] for lib in known))
    dnf = " ".join(dict.fromkeys(PACKAGES[lib][1] for lib in known))
    lines = [f"vdtracker: the window cannot open: Qt's {plugin} display plugin needs system "
             f"libraries that are missing here: {', '.join(missing)}."]
    if known:
        lines += ["Install them, then run `make run` again:",
                  f"  Debian/Ubuntu: sudo apt install {apt}",
                  f"  Fedora:        sudo dnf install {dnf}"]
    unknown = [lib for lib in missing if lib not in PACKAGES]
    if unknown:
        lines.append(f"  Also find the package that provides: {', '.join(unknown)}")
    return "\n".join(lines)


def plugin_in_use(env: dict[str, str]) -> str | None:
    """The display plugin Qt will load: None when there is no screen to open (offscreen,
    no display at all: Qt's own message is the right one then)."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen if chosen in ("xcb", "wayland") else None
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb" if env.get("DISPLAY") else None


def plugin_file(plugin: str) -> Path | None:
    spec = importlib.util.find_spec("PySide6")  # found, not imported: Qt is not loaded here
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder / "Qt" / "plugins" / "platforms" / f"libq{plugin}.so"
    return path if path.exists() else None


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    plugin = plugin_in_use(dict(os.environ))
    path = plugin_file(plugin) if plugin else None
    if plugin is None or path is None:
        return 0
    try:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                             check=False).stdout
    except OSError:  # no ldd: let Qt speak for itself
        return 0
    missing = missing_libraries(out)
    if not missing:
        return 0
    print(message(missing, plugin), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
