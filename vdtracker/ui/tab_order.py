"""Tab in the order a page reads, for parts of a page that are drawn again (and so would come
last in Qt's focus chain)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

from .answers import same


def tab_stops_in(box: QWidget) -> list[QWidget]:
    """The widgets inside `box` that Tab stops at, in the order the focus chain has them."""
    stops: list[QWidget] = []
    steps = len(box.window().findChildren(QWidget)) + 1  # once round the window's chain
    w = box.nextInFocusChain()
    while w is not None and not same(w, box) and steps > 0:
        steps -= 1
        inner = isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # their editors
        if box.isAncestorOf(w) and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not inner \
                and w.focusProxy() is None and not any(same(w, s) for s in stops):
            stops.append(w)
        w = w.nextInFocusChain()
    return stops
