"""Small helpers for the UI tests."""

from vdtracker.services.entries import HistoryFilter


def entries_of(ctx):
    f = HistoryFilter()
    return ctx.services.entries.page(f, 0, ctx.services.entries.count(f))


def type_into(qtbot, spin, text):
    """Type into a number box as after tabbing to it (Tab selects its whole text)."""
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def answer_typo_check(save, asked):
    """Answer the next typo question: 'Yes, save it' when `save`, else 'No, let me check'.
    Records (question, whether "No, let me check" was the default) in `asked`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def run():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        role = QMessageBox.ButtonRole.YesRole if save else QMessageBox.ButtonRole.NoRole
        no = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.NoRole)
        asked.append((box.text(), box.defaultButton() is no))
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
    QTimer.singleShot(20, run)


def when_shown(kind, act):
    """Answer the next modal dialog of that kind (the test fails if another one shows)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def run():
        box = QApplication.activeModalWidget()
        if not isinstance(box, kind):
            QTimer.singleShot(20, run)
            return
        act(box)
    QTimer.singleShot(20, run)
