"""Before Qt opens the window: is there a display, and has this system the libraries Qt's
display plugin loads? If not, one sentence and the line that installs them, never Qt's abort.

Qt-free (the plugin is found, not loaded): Qt aborts the process when its plugin cannot load,
blaming xcb-cursor whatever is missing, and with no display at all it says the same."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from .wording.base import Words
from .wording.formats import Formats
from .wording.translate import Translate, arg, catalogue_translate, system_language

# The exit status of `vdtracker` (and `vdtracker demo`) when the window cannot open here.
CANNOT_OPEN = 4

# The installers, in the order of PACKAGES' columns: (name, the distributions, command).
INSTALLERS = (("apt", "Debian/Ubuntu", "sudo apt install"),
              ("dnf", "Fedora/RHEL", "sudo dnf install"),
              ("zypper", "openSUSE", "sudo zypper install"),
              ("pacman", "Arch", "sudo pacman -S"))

# The library file a plugin asks for -> its package for apt, dnf, zypper, pacman.
PACKAGES: dict[str, tuple[str, str, str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "libxcb-cursor0",
                           "xcb-util-cursor"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11-0",
                              "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon0", "libxkbcommon"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "libxcb-keysyms1",
                            "xcb-util-keysyms"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb-shape0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil",
                                "libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "libxcb-image0", "xcb-util-image"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb-randr0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb-xkb1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb-render0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb-sync1", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb", "libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb", "libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libX11-xcb1", "libx11"),
    "libX11.so.6": ("libx11-6", "libX11", "libX11-6", "libx11"),
    "libXau.so.6": ("libxau6", "libXau", "libXau6", "libxau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp", "libXdmcp6", "libxdmcp"),
    "libSM.so.6": ("libsm6", "libSM", "libSM6", "libsm"),
    "libICE.so.6": ("libice6", "libICE", "libICE6", "libice"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libEGL1", "libglvnd"),
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libGL1", "libglvnd"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx", "libGLX0", "libglvnd"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd", "libGLdispatch0", "libglvnd"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl", "libOpenGL0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype", "libfreetype6", "freetype2"),
    "libpng16.so.16": ("libpng16-16", "libpng", "libpng16-16", "libpng"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "libdbus-1-3", "dbus"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "libglib-2_0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2", "libgthread-2_0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client", "libwayland-client0",
                               "wayland"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor", "libwayland-cursor0",
                               "wayland"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl", "libwayland-egl1", "wayland"),
}

# /etc/os-release's ID or ID_LIKE -> the installer (ID_LIKE covers Mint, Pop!_OS, Rocky…).
FAMILIES = {"debian": "apt", "ubuntu": "apt", "fedora": "dnf", "rhel": "dnf", "centos": "dnf",
            "suse": "zypper", "opensuse": "zypper", "sles": "zypper", "arch": "pacman"}
# Platforms that need no display (Qt's own names): nothing to check for them.
HEADLESS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs",
                      "vkkhrdisplay"})

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)
# What PySide6 itself ships (a damaged install, not the system's business).
OWN = ("libQt6", "libpyside6", "libshiboken6")


class StartWords(Words):
    """What the command says when the window cannot open (before Qt, so in the CLI's words)."""

    def no_display(self) -> str:
        return self.tr("vdtracker: the window cannot open: there is no display here (neither "
                       "DISPLAY nor WAYLAND_DISPLAY is set); start it in a desktop session, or "
                       "use the command line (vdtracker --help).")

    def incomplete(self, plugin: str, libraries: Sequence[str]) -> str:
        return arg(self.tr("vdtracker: the window cannot open: Qt's %1 display plugin cannot "
                           "find Qt's own libraries (%2); install VD Tracker again."),
                   plugin, ", ".join(libraries))

    def missing(self, plugin: str, libraries: Sequence[str], installs: Sequence[str],
                unknown: Sequence[str]) -> str:
        if installs:
            first = self.tr("vdtracker: the window cannot open: Qt's %1 display plugin needs "
                            "system libraries missing here (%2); install them, then start "
                            "VD Tracker again:")
        else:
            first = self.tr("vdtracker: the window cannot open: Qt's %1 display plugin needs "
                            "system libraries missing here (%2); install the packages that "
                            "provide them, then start VD Tracker again.")
        lines = [arg(first, plugin, ", ".join(libraries)), *(f"  {line}" for line in installs)]
        if installs and unknown:
            lines.append("  " + arg(self.tr("and the packages that provide %1"),
                                    ", ".join(unknown)))
        return "\n".join(lines)


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries `ldd` could not find, in its order, each once."""
    return list(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def installer(os_release: str) -> str | None:
    """apt, dnf, zypper or pacman for the distribution /etc/os-release describes; None when
    it is none of theirs."""
    fields = dict(line.split("=", 1) for line in os_release.splitlines() if "=" in line)
    names = " ".join(fields.get(key, "").strip().strip("\"'") for key in ("ID", "ID_LIKE"))
    for name in names.lower().split():
        for prefix, family in FAMILIES.items():
            if name == prefix or name.startswith(prefix + "-"):  # opensuse-tumbleweed
                return family
    return None


def install_lines(libraries: Sequence[str], family: str | None) -> list[str]:
    """'Debian/Ubuntu: sudo apt install …' for this distribution's installer (every one when
    it is not known), for the libraries with a known package."""
    known = [lib for lib in libraries if lib in PACKAGES]
    if not known:
        return []
    lines = []
    for column, (name, where, command) in enumerate(INSTALLERS):
        if family in (None, name):
            packages = " ".join(dict.fromkeys(PACKAGES[lib][column] for lib in known))
            lines.append(f"{where}: {command} {packages}")
    return lines


def _option(qt_options: Sequence[str], name: str) -> str | None:
    """The value of Qt's `-name value` or `-name=value`, the last one given."""
    found = None
    for i, word in enumerate(qt_options):
        if word == name and i + 1 < len(qt_options):
            found = qt_options[i + 1]
        elif word.startswith(name + "="):
            found = word.split("=", 1)[1]
    return found


def plugins_wanted(env: Mapping[str, str], qt_options: Sequence[str] = ()) -> list[str] | None:
    """The display plugins Qt would try, in its order, that have a display to open: [] when
    there is no display at all; None when nothing is to be checked (offscreen and the other
    headless platforms, or one of Qt's plugins this check does not know)."""
    given = _option(qt_options, "-platform") or env.get("QT_QPA_PLATFORM", "")
    chosen = [p.split(":")[0].strip() for p in given.split(";") if p.strip()]
    if chosen and (chosen[0] in HEADLESS or chosen[0] not in ("xcb", "wayland")):
        return None
    displays = {"xcb": bool(env.get("DISPLAY") or _option(qt_options, "-display")),
                "wayland": bool(env.get("WAYLAND_DISPLAY"))}
    order = chosen or ["wayland", "xcb"]
    return [plugin for plugin in order if displays.get(plugin)]


def plugin_file(plugin: str, pyside: Path | None = None) -> Path | None:
    """PySide6's libq<plugin>.so (in a venv, a pipx install or the bundle), found not loaded."""
    if pyside is None:
        spec = importlib.util.find_spec("PySide6")
        if spec is None or not spec.submodule_search_locations:
            return None
        pyside = Path(next(iter(spec.submodule_search_locations)))
    path = pyside / "Qt" / "plugins" / "platforms" / f"libq{plugin}.so"
    return path if path.exists() else None


def lacking(plugin: str, pyside: Path | None = None) -> list[str]:
    """The libraries the plugin needs that the system's loader cannot find (ldd's reading);
    [] when there is no such plugin or no ldd: then Qt speaks for itself."""
    path = plugin_file(plugin, pyside)
    if path is None:
        return []
    try:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False,
                             timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return missing_libraries(out)


def _os_release() -> str:
    for name in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            return Path(name).read_text("utf-8", errors="replace")
        except OSError:
            continue
    return ""


def start_words(env: Mapping[str, str]) -> StartWords:
    language = system_language(env)
    translate: Translate = catalogue_translate(language)
    return StartWords(translate, Formats(language))


def libraries_problem(plugin: str, words: StartWords, pyside: Path | None = None,
                      os_release: str | None = None) -> str | None:
    """The sentence and install line for what `plugin` lacks here, or None when it lacks
    nothing."""
    missing = lacking(plugin, pyside)
    if not missing:
        return None
    if own := [lib for lib in missing if lib.startswith(OWN)]:
        return words.incomplete(plugin, own)
    installs = install_lines(missing, installer(_os_release() if os_release is None
                                                else os_release))
    return words.missing(plugin, missing, installs,
                         [lib for lib in missing if lib not in PACKAGES])


def window_problem(qt_options: Sequence[str] = (), env: Mapping[str, str] | None = None,
                   pyside: Path | None = None) -> str | None:
    """Why the window cannot open here, in the user's language, or None when Qt may try.
    Linux only: elsewhere Qt's plugins are not the system's business."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    plugins = plugins_wanted(env, qt_options)
    if plugins is None:
        return None
    words = start_words(env)
    if not plugins:
        return words.no_display()
    said = None
    for plugin in plugins:  # Qt falls back to the next one: one that loads is enough
        said = libraries_problem(plugin, words, pyside)
        if said is None:
            return None
    return said


def main(argv: Sequence[str] = ()) -> int:
    """`python packaging/check_qt_libs.py [xcb|wayland]`: the libraries alone, with or
    without a display (the plugin: the argument, else QT_QPA_PLATFORM's, else xcb)."""
    if not sys.platform.startswith("linux"):
        return 0
    named = argv[0] if argv else os.environ.get("QT_QPA_PLATFORM", "").split(";")[0]
    plugin = named.split(":")[0].strip() or "xcb"
    if plugin not in ("xcb", "wayland"):
        return 0
    said = libraries_problem(plugin, start_words(os.environ))
    if said is None:
        return 0
    print(said, file=sys.stderr)
    return CANNOT_OPEN
