"""The bands of a chart panel (lapses, schedules' bars) as one item: two lapses over the same
days both say their words, and an item not (or no longer) in a view draws and says nothing
instead of failing."""

from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen

from vdtracker.ui.charts.bands import Band, Bands


def _item(*bands):
    return Bands(list(bands), QPen(QColor("red")), QBrush(QColor("pink")))


def test_overlapping_lapses_say_both_the_one_drawn_last_first(qapp):
    import pyqtgraph as pg

    plot = pg.PlotItem()
    plot.setRange(xRange=(0, 100), yRange=(0, 10), padding=0)
    item = _item(Band(10, 60, "Vitamin D3: no dose since day 10"),
                 Band(40, 90, "Vitamin B12: no dose since day 40"))
    plot.addItem(item)
    assert item.tips_at(50, 5) == ["Vitamin B12: no dose since day 40",
                                   "Vitamin D3: no dose since day 10"]
    assert item.tips_at(20, 5) == ["Vitamin D3: no dose since day 10"]
    assert item.tips_at(95, 5) == []


def test_an_item_outside_any_view_draws_and_says_nothing(qapp):
    item = _item(Band(10, 60, "a lapse"), Band(0, 5, "a schedule", 0.0, 1.0))
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter)  # no view yet: nothing to draw, nothing raised
    painter.end()
    assert image.pixelColor(20, 20) == QColor("white")
    assert item.tips_at(20, 0.5) == [] and item.boundingRect().isEmpty()
