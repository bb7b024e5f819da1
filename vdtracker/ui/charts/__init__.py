"""pyqtgraph charts (class-based, no module state)."""

from ..qt_imports import import_pyqtgraph

import_pyqtgraph()  # before any chart module's `import pyqtgraph` (see qt_imports)
