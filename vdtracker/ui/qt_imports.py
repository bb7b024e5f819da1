"""PySide6's import hook and pyqtgraph's import made cheap (what they do is unchanged).

Once PySide6 is loaded, every module imported after it is checked for the word "PySide6"
(shibokensupport.feature._mod_uses_pyside, for `from __feature__ import snake_case`) through
`inspect.getsource`, which goes through linecache and costs the window's start tens of
milliseconds over its ~200 modules. The same question is answered here by reading the file's
bytes: the same answer (this program selects no feature), without the detour.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import PySide6
import PySide6.QtCore  # noqa: F401  (loads shibokensupport, whose hook is replaced below)

# The PySide6 releases whose hook this was checked against (its name, arguments and answer).
CHECKED_PYSIDE = ((6, 8), (6, 13))


def _quick(original: Callable[..., object]) -> Callable[..., bool]:
    def uses_pyside(module: ModuleType, *args: object, **kwargs: object) -> bool:
        where = getattr(module, "__file__", None)
        if args or kwargs or not isinstance(where, str) or not where.endswith(".py"):
            return bool(original(module, *args, **kwargs))
        try:
            with open(where, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.vdtracker_original = original  # type: ignore[attr-defined]
    return uses_pyside


def quicken() -> None:
    """The hook replaced, only on a PySide6 it was checked against."""
    low, high = CHECKED_PYSIDE
    if not low <= tuple(PySide6.__version_info__[:2]) < high:
        return  # another PySide6 release: its own hook, unchanged
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or hasattr(original, "vdtracker_original"):
        return
    feature._mod_uses_pyside = _quick(original)  # type: ignore[union-attr]


quicken()


# ---- pyqtgraph ----------------------------------------------------------------------------
# pyqtgraph.Qt keeps its own copies of QtCore, QtGui and QtWidgets (empty packages of its own)
# and fills them with every name of PySide6's modules (_copy_attrs: getattr on each of about
# 700 names), which makes PySide6 build every Qt class it would otherwise build when first
# used: about 160 ms of CPU each time the Trends page or a summary's chart is first drawn.
# Here its copies forward each name to PySide6's module when it is asked for, and the copying
# finds nothing to copy. Only for the pyqtgraph this was checked against; any other version is
# imported as it is.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
COPIES = "def _copy_attrs(src, dst):\n    for o in dir(src):\n        if not hasattr(dst, o):"


def _forwarding(name: str, source: ModuleType) -> ModuleType:
    copy = ModuleType(name)

    def forward(attr: str) -> object:  # PEP 562: names not set on the copy come from PySide6
        return getattr(source, attr)

    vars(copy)["__getattr__"] = forward
    return copy


def checked_pyqtgraph(folder: Path | None = None) -> Path | None:
    """pyqtgraph's folder (found, not imported; `folder` to look at another copy) when its
    Qt shim is the kind this was written for, else None. The bundle keeps these sources
    beside its archive for this (packaging/vdtracker.spec)."""
    if folder is None:
        spec = importlib.util.find_spec("pyqtgraph")
        if spec is None or not spec.submodule_search_locations:
            return None
        folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        qt = (folder / "Qt" / "__init__.py").read_text("utf-8")
        empty = all(not (folder / "Qt" / m / "__init__.py").read_text("utf-8").strip()
                    for m in QT_MODULES)
    except OSError:
        return None
    return folder if COPIES in qt and empty else None


def import_pyqtgraph() -> ModuleType:
    """`import pyqtgraph`, without making PySide6 build every Qt class."""
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    if checked_pyqtgraph() is None:
        return importlib.import_module("pyqtgraph")
    import PySide6.QtGui  # noqa: F401  (the three modules whose names are forwarded)
    import PySide6.QtWidgets  # noqa: F401

    sources = {m: sys.modules[f"PySide6.{m}"] for m in QT_MODULES}
    listed = {m: vars(source).get("__dir__") for m, source in sources.items()}  # PySide6's own
    try:
        for m, source in sources.items():
            sys.modules[f"pyqtgraph.Qt.{m}"] = _forwarding(f"pyqtgraph.Qt.{m}", source)
            vars(source)["__dir__"] = list  # dir() finds nothing to copy, for this import only
        return importlib.import_module("pyqtgraph")
    except BaseException:
        for m in QT_MODULES:
            sys.modules.pop(f"pyqtgraph.Qt.{m}", None)
        raise
    finally:
        for m, source in sources.items():
            if listed[m] is None:
                vars(source).pop("__dir__", None)
            else:
                vars(source)["__dir__"] = listed[m]
