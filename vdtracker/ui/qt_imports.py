"""PySide6's import hook made cheap: it no longer re-reads each module's source through inspect.

Once PySide6 is loaded, every module imported after it is checked for the word "PySide6"
(shibokensupport.feature._mod_uses_pyside, for `from __feature__ import snake_case`) through
`inspect.getsource`, which goes through linecache and costs the window's start tens of
milliseconds over its ~200 modules. The same question is answered here by reading the file's
bytes: the same answer (this program selects no feature), without the detour.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shibokensupport, whose hook is replaced below)


def _quick(original: Callable[[ModuleType], object]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        where = getattr(module, "__file__", None)
        if not isinstance(where, str) or not where.endswith(".py"):
            return bool(original(module))
        try:
            with open(where, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.vdtracker_quick = True  # type: ignore[attr-defined]
    return uses_pyside


def quicken() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "vdtracker_quick", False):
        return  # another PySide6 release: its own hook, unchanged
    feature._mod_uses_pyside = _quick(original)  # type: ignore[union-attr]


quicken()
