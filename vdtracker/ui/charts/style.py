"""Chart colours, line styles and symbols: series differ by shape or dash, not colour alone."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

DAY = 86400.0
EPOCH = date(1970, 1, 1).toordinal()


def x_of(d: date) -> float:
    """Noon UTC of the day: the axis is in UTC, so a date is the same date in every time zone."""
    return (d.toordinal() - EPOCH) * DAY + DAY / 2


def xs_of(days: Iterable[date]) -> np.ndarray:
    """x_of for many days at once (ten years of days in well under a millisecond)."""
    ordinals = np.fromiter((d.toordinal() for d in days), np.int64)
    return (ordinals - EPOCH) * DAY + DAY / 2


def wrapped(text: str, width: int = 70) -> str:
    """A tooltip in lines of about 70 characters: Qt breaks a plain one only at the screen's
    edge (a lapse's sentences ran across the whole window), a rich one into a narrow column.
    A number stays on the line of the words beside it ("50,000 IU", "15 Mar 2026")."""
    kept = _BESIDE_NUMBER.sub("\u00a0", text)  # a no-break space: textwrap never breaks there
    return textwrap.fill(kept, width, break_long_words=False, break_on_hyphens=False)


_BESIDE_NUMBER = re.compile(r"(?<=\d) (?=\S)|(?<=\S) (?=\d)")


def day_of(x: float) -> date:
    return datetime.fromtimestamp(x, tz=UTC).date()


@dataclass(frozen=True)
class Look:
    background: QColor
    foreground: QColor
    pain: QColor
    rolling: QColor
    vitd: QColor
    b12: QColor
    pth: QColor
    cramps: QColor
    spasm: QColor
    band: QColor
    lapse: QColor
    dose: QColor  # a dose logged: its own colour and mark, never read as an axis's tick


LIGHT = Look(QColor("white"), QColor(40, 40, 40), QColor(90, 110, 140), QColor(20, 60, 140),
             QColor(200, 110, 0), QColor(120, 60, 160), QColor(0, 130, 120), QColor(60, 120, 200),
             QColor(200, 90, 60), QColor(200, 110, 0, 40), QColor(200, 50, 50),
             QColor(170, 40, 120))
DARK = Look(QColor(23, 24, 26), QColor(230, 232, 235), QColor(150, 170, 200),
            QColor(120, 170, 255), QColor(255, 170, 60), QColor(190, 140, 240),
            QColor(60, 200, 180), QColor(110, 170, 255), QColor(255, 140, 110),
            QColor(255, 170, 60, 45), QColor(255, 90, 90), QColor(240, 130, 210))

PHASE_BRUSH = {"loading": Qt.BrushStyle.SolidPattern, "maintenance": Qt.BrushStyle.Dense4Pattern,
               "ongoing": Qt.BrushStyle.BDiagPattern, "lapsed": Qt.BrushStyle.FDiagPattern}
PHASE_COLOUR = {"loading": QColor(40, 110, 190), "maintenance": QColor(30, 150, 110),
                "ongoing": QColor(140, 90, 170), "lapsed": QColor(200, 50, 50)}


def phase_brush(kind: str) -> QBrush:
    return QBrush(PHASE_COLOUR[kind], PHASE_BRUSH[kind])


def look_for(background: QColor) -> Look:
    return DARK if background.lightness() < 128 else LIGHT
