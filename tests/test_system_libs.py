"""`make run` names the system libraries Qt's display plugin lacks and how to install them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("check_qt_libs",
                                               ROOT / "packaging" / "check_qt_libs.py")
assert _spec is not None and _spec.loader is not None
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2)
"""


def test_the_missing_libraries_are_read_from_ldd_once_each():
    assert check.missing_libraries(LDD) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0",
                                            "libxcb-icccm.so.4"]
    assert check.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_message_names_them_and_gives_both_install_commands():
    text = check.message(check.missing_libraries(LDD))
    first, *rest = text.splitlines()
    assert "libxcb-cursor.so.0, libxkbcommon-x11.so.0, libxcb-icccm.so.4" in first
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4" in text
    assert "sudo dnf install xcb-util-cursor libxkbcommon-x11 xcb-util-wm" in text


def test_a_library_with_no_known_package_is_still_named():
    text = check.message(["libxcb-cursor.so.0", "libweird.so.3"])
    assert "libweird.so.3" in text.splitlines()[-1]


def test_only_a_real_display_is_checked():
    assert check.plugin_in_use({"DISPLAY": ":0"}) == "xcb"
    assert check.plugin_in_use({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == "wayland"
    assert check.plugin_in_use({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None
    assert check.plugin_in_use({"QT_QPA_PLATFORM": "xcb"}) == "xcb"
    assert check.plugin_in_use({}) is None
