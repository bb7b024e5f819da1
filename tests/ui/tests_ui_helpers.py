"""Small helpers for the UI tests."""

from vdtracker.services.entries import HistoryFilter


def entries_of(ctx):
    f = HistoryFilter()
    return ctx.services.entries.page(f, 0, ctx.services.entries.count(f))


def type_into(qtbot, spin, text):
    """Type into a number box as after tabbing to it (Tab selects its whole text)."""
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
