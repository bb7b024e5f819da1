"""Help ▸ Keyboard shortcuts (F1): every key the window has, read from its menus' actions and
its shortcuts (each says what it does in its whatsThis), and the keys every form and question
knows (Tab, Enter, Escape, Alt+letter)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..widgets.fonts import emphasize

Row = tuple[str, str, str]  # where it works, the keys, what it does


def keys_text(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
                     if not s.isEmpty())


def plain(text: str) -> str:
    """A menu's or action's text as read: no & marks, no trailing …."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_rows(menu: QMenu, where: str, path: str = "") -> list[Row]:
    """A menu's actions that have keys, each named as found: "Edit ▸ Undo"."""
    path = f"{path}{plain(menu.title())} ▸ "
    rows: list[Row] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += menu_rows(sub, where, path)
        elif action.shortcuts() and not action.isSeparator():
            rows.append((where, keys_text(action.shortcuts()), path + plain(action.text())))
    return rows


def shortcut_rows(window: QMainWindow, pages: Mapping[str, QWidget],
                  titles: Mapping[str, str], everywhere: str) -> list[Row]:
    """The window's QShortcuts, each under the page it works on (or everywhere)."""
    owners = {id(page): titles[key] for key, page in pages.items()}
    rows: list[Row] = []
    for shortcut in window.findChildren(QShortcut):
        where, parent = everywhere, shortcut.parent()
        while parent is not None:
            if id(parent) in owners:
                where = owners[id(parent)]
                break
            parent = parent.parent()
        rows.append((where, keys_text([shortcut.key()]), shortcut.whatsThis()))
    return rows


def merged(rows: list[Row]) -> list[Row]:
    """One row per place and meaning: Ctrl+S and Ctrl+Return that both save, together."""
    out: dict[tuple[str, str], list[str]] = {}
    for where, keys, what in rows:
        have = out.setdefault((where, what), [])
        have += [k for k in keys.split(", ") if k and k not in have]
    return [(where, ", ".join(keys), what) for (where, what), keys in out.items()]


class ShortcutsDialog(QDialog):
    """Built over the window as it is: its menus and the shortcuts its pages made."""

    def __init__(self, window: QMainWindow, pages: Mapping[str, QWidget],
                 titles: Mapping[str, str]) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Keys that work in VD Tracker. A page's keys work while that "
                               "page is shown."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTreeWidget(self)
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setRootIsDecorated(False)
        self.table.setItemsExpandable(False)
        self.table.setAlternatingRowColors(True)
        self.rows = self.rows_of(window, pages, titles)
        order: list[str] = []
        for where, _, _ in self.rows:
            if where not in order:
                order.append(where)
        pages_first = [t for t in titles.values() if t in order]  # in the sidebar's order
        order = [order[0], *pages_first, *(g for g in order[1:] if g not in pages_first)]
        for where in order:
            group = QTreeWidgetItem(self.table, [where])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for _, keys, what in (r for r in self.rows if r[0] == where):
                item = QTreeWidgetItem(group, [keys, what])
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, keys)
            group.setExpanded(True)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        lay.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter closes too
        lay.addWidget(buttons)
        emphasize(intro, 1.0, bold=False)
        self.resize(self._size())

    def rows_of(self, window: QMainWindow, pages: Mapping[str, QWidget],
                titles: Mapping[str, str]) -> list[Row]:
        everywhere = self.tr("Everywhere")
        rows: list[Row] = []
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                rows += menu_rows(menu, everywhere)
        rows += shortcut_rows(window, pages, titles, everywhere)
        forms = self.tr("In forms and questions")
        rows += [
            (forms, self.tr("Tab, Shift+Tab"), self.tr("The next or the previous field")),
            (forms, self.tr("Alt+underlined letter"),
             self.tr("The field or button whose letter is underlined")),
            (forms, self.tr("Enter"), self.tr("In a question: its highlighted answer")),
            (forms, self.tr("Escape"), self.tr("Close a question without changing anything")),
            (forms, keys_text(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)[:1]),
             self.tr("In a text box with typing of its own: undo that typing first")),
        ]
        return merged(rows)

    def _size(self) -> QSize:
        """Both columns whole where the screen has room; no taller than the screen."""
        width = self.table.sizeHintForColumn(0) + self.table.sizeHintForColumn(1) + 80
        rows = len(self.rows) + self.table.topLevelItemCount()  # each key and each heading
        height = rows * max(self.table.sizeHintForRow(0), 16) + 140
        room = self.screen().availableGeometry()
        return QSize(min(max(width, 520), room.width() - 40), min(height, room.height() - 80))
