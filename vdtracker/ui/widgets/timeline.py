"""Schedules on one time line, a row per supplement: phases differ by pattern, not colour only."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...services.results import RegimenView
from ...wording import Wording

PATTERN = {"loading": Qt.BrushStyle.SolidPattern, "maintenance": Qt.BrushStyle.Dense4Pattern,
           "ongoing": Qt.BrushStyle.BDiagPattern}
LANE = 3.0  # lines of height per supplement: the bar, and a line for the lapse note
COLOUR = {"loading": QColor(40, 110, 190), "maintenance": QColor(30, 150, 110),
          "ongoing": QColor(140, 90, 170)}


class RegimenTimeline(QWidget):
    def __init__(self, parent: QWidget | None, words: Wording, today: date) -> None:
        super().__init__(parent)
        self.words = words
        self.rows: list[RegimenView] = []
        self.lapses: dict[int, tuple[date, str]] = {}  # in force: since, its words
        self.ended: list[tuple[int, date, date, str]] = []  # past gaps: id, from, to, words
        self.today = today
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Time line of your saved schedules"))

    def show_rows(self, rows: list[RegimenView], lapses: dict[int, tuple[date, str]],
                  today: date,
                  ended: list[tuple[int, date, date, str]] | None = None) -> None:
        """`lapses`: schedule id -> the day a lapse in force began and its words (the alert's
        band words: "stopped on …", "no dose logged since …"); `ended`: gaps that ended
        when doses resumed (kept in the story with both dates)."""
        self.rows, self.lapses, self.today = rows, lapses, today
        self.ended = ended or []
        lanes = len({r.supplement for r in rows}) or 1
        line = self.fontMetrics().height()
        self.setFixedHeight(int(line * (LANE * lanes + 5.5)))
        self.setAccessibleDescription("; ".join(
            f"{r.supplement} {r.phase} {r.start} to {r.stopped_on or r.end or 'open'}"
            for r in rows))
        self.update()

    def _end(self, r: RegimenView) -> date:
        return r.stopped_on or r.end or max(self.today, r.start)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        line = fm.height()
        if not self.rows:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No schedules saved yet: add one below as your prescription says."))
            return
        names = list(dict.fromkeys(r.supplement for r in self.rows))
        left = max(fm.horizontalAdvance(n) for n in names) + 16
        first = min(r.start for r in self.rows) - timedelta(days=7)
        last = max(max(self._end(r) for r in self.rows), self.today) + timedelta(days=14)
        span = max((last - first).days, 1)
        width = self.width() - left - 12

        def x(d: date) -> float:
            return left + width * (d - first).days / span

        labels: list[tuple[QRectF, str]] = []  # a lapse's words: drawn last, over the lines
        for lane, name in enumerate(names):
            y = line * (0.6 + LANE * lane)
            p.setPen(text)
            p.drawText(QRectF(4, y, left - 8, line * 1.4), Qt.AlignmentFlag.AlignVCenter, name)
            for r in (r for r in self.rows if r.supplement == name):
                rect = QRectF(x(r.start), y, max(x(self._end(r)) - x(r.start), 3), line * 1.4)
                colour = COLOUR[r.phase]
                p.setPen(QPen(colour, 1.5))
                p.setBrush(QBrush(colour, PATTERN[r.phase]))
                p.drawRect(rect)
                if r.stopped_on:
                    p.setPen(QPen(text, 2))
                    p.drawLine(rect.topRight(), rect.bottomRight())
                marks = [(a, b, words) for rid, a, b, words in self.ended if rid == r.id]
                if r.id in self.lapses:
                    since, said = self.lapses[r.id]
                    marks.append((since, self.today, said))
                for since, until, words in marks:
                    p.setPen(QPen(QColor(200, 60, 60), 2, Qt.PenStyle.DashLine))
                    mid = y + line * 0.7
                    p.drawLine(int(x(since)), int(mid), int(x(until)), int(mid))
                    wide = fm.horizontalAdvance(words) + 4  # its words kept inside the widget
                    at = max(4.0, min(x(since), self.width() - 4 - wide))
                    labels.append((QRectF(at, y + line * 1.4, wide, line), words))
        # today and the year ticks
        axis_y = line * (0.6 + LANE * len(names)) - line * 0.6
        p.setPen(QPen(text, 1))
        p.drawLine(int(left), int(axis_y), int(left + width), int(axis_y))
        for year in range(first.year + 1, last.year + 1):
            xx = x(date(year, 1, 1))
            p.drawLine(int(xx), int(axis_y), int(xx), int(axis_y + 4))
            p.drawText(QRectF(xx - 30, axis_y + 4, 60, line), Qt.AlignmentFlag.AlignHCenter,
                       str(year))
        p.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
        p.drawLine(int(x(self.today)), 0, int(x(self.today)), int(axis_y))
        p.drawText(QRectF(x(self.today) - 84, axis_y + 4, 80, line),
                   Qt.AlignmentFlag.AlignRight, self.tr("today"))
        for box, words in labels:
            p.fillRect(box, pal.color(QPalette.ColorRole.Window))
            p.setPen(QPen(QColor(200, 60, 60)))
            p.drawText(box, words)
        self._legend(p, left, axis_y + line * 1.6, line, text)

    def _legend(self, p: QPainter, x0: float, y: float, line: float, text: QColor) -> None:
        """Swatch and word for each mark; wraps to a second line when the text is large."""
        fm = self.fontMetrics()
        items = [("loading", self.tr("loading")), ("maintenance", self.tr("maintenance")),
                 ("ongoing", self.tr("ongoing"))]
        items += [("stopped", self.tr("stopped early")),
                  ("lapse", self.tr("no dose logged (lapse)"))]
        left = x0
        for key, label in items:
            need = line * 2.4 + fm.horizontalAdvance(label)
            if x0 + need > self.width() and x0 > left:
                x0, y = left, y + line * 1.3
            if key in PATTERN:
                p.setPen(QPen(COLOUR[key], 1.5))
                p.setBrush(QBrush(COLOUR[key], PATTERN[key]))
                p.drawRect(QRectF(x0, y + 2, line * 1.6, line - 4))
            elif key == "stopped":
                p.setPen(QPen(text, 2))
                p.drawLine(int(x0 + line), int(y), int(x0 + line), int(y + line))
            else:
                p.setPen(QPen(QColor(200, 60, 60), 2, Qt.PenStyle.DashLine))
                p.drawLine(int(x0), int(y + line / 2), int(x0 + line * 1.6), int(y + line / 2))
            p.setPen(text)
            p.drawText(QRectF(x0 + line * 2, y, fm.horizontalAdvance(label) + 4, line), label)
            x0 += need
