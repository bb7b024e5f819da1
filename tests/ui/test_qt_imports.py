"""pyqtgraph imported the quick way (vdtracker/ui/qt_imports.py) is the same pyqtgraph: each Qt
name it asks for is PySide6's own, PySide6's modules still list all their names, and a chart
draws; only PySide6's building of every class it never uses is left out. PySide6's import hook,
made quick, gives the answer its own gives for every module loaded."""

import json
import os
import subprocess
import sys

CHECK = r"""
import json, sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
MODULES = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
listed_before = {m.__name__: len(dir(m)) for m in MODULES}
own_dir = {m.__name__: vars(m).get("__dir__") for m in MODULES}  # PySide6 lists lazily
from PySide6.QtWidgets import QApplication
app = QApplication([])
import vdtracker.ui.charts  # pyqtgraph, the quick way
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui, QtWidgets
same = [QtCore.QPointF is PySide6.QtCore.QPointF, QtGui.QPainterPath is PySide6.QtGui.QPainterPath,
        QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView,
        pg.QtCore.Qt.PenStyle.DotLine is PySide6.QtCore.Qt.PenStyle.DotLine]
missing = []
try:
    QtCore.NoSuchThing
except AttributeError:
    missing.append("QtCore")
copied = "QPointF" in vars(QtCore)  # taken from PySide6 when asked for, not copied at import
import shibokensupport.feature as feature
quick = feature._mod_uses_pyside
original = getattr(quick, "vdtracker_original", None)
differ = [] if original is None else [
    name for name, m in list(sys.modules.items()) if m is not None and quick(m) != original(m)]
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
plot.resize(300, 200)
image = plot.grab().toImage()
drawn = len({image.pixel(x, y) for x in range(0, 300, 7) for y in range(0, 200, 7)})
print(json.dumps({"same": same, "missing": missing, "copied": copied, "drawn": drawn,
                  "listed": [len(dir(m)) >= listed_before[m.__name__] for m in MODULES],
                  "own_dir": [vars(m).get("__dir__") is own_dir[m.__name__] for m in MODULES],
                  "hooked": original is not None, "differ": differ}))
"""


def test_pyqtgraph_imported_the_quick_way_is_the_same_pyqtgraph():
    r = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                       timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert got["same"] == [True, True, True, True]
    assert got["missing"] == ["QtCore"]  # an unknown name is still an AttributeError
    assert got["copied"] is False  # the 700 names were not copied (PySide6 built no class)
    assert got["drawn"] > 1  # a line on a background: pyqtgraph draws
    assert got["listed"] == [True, True, True]  # dir() of PySide6's modules as before
    assert got["own_dir"] == [True, True, True]  # PySide6's own __dir__ put back
    # PySide6's import hook answers as its own did, module by module (PySide6 6.11 here)
    assert got["hooked"] is True and got["differ"] == []
