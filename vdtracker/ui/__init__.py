"""The Qt user interface: the only package that imports PySide6 or pyqtgraph."""

from . import qt_imports  # noqa: F401  (first: PySide6's import hook made cheap for the rest)
