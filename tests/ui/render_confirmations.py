"""Issue 25's screens, to look at: the sidebar's icons with the message bar after Back up now
(over Settings),
the restore list, and the trends chart (doses, pain 0–10, the year on the time axis), in English
and German, light and dark, at 1280×800 and 1024×640.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_confirmations.py <folder>"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from PySide6.QtCore import QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from render_screens import TODAY, fusion_app, styled  # noqa: E402
from vdtracker.app import compose  # noqa: E402
from vdtracker.services.demo import build_demo  # noqa: E402
from vdtracker.storage import backups  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.context import Context  # noqa: E402
from vdtracker.ui.dialogs.restore_dialog import RestoreDialog  # noqa: E402
from vdtracker.ui.main_window import MainWindow  # noqa: E402
from vdtracker.ui.translations import install_translators  # noqa: E402
from vdtracker.ui.window_words import window_wording  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(4):
        app.processEvents()


def render(out: Path) -> list[Path]:
    app = fusion_app()
    folder = Path(tempfile.mkdtemp(prefix="vdtracker-issue25-"))
    db = Database.open(folder)
    build_demo(db, TODAY)
    where = Path(db.where)
    backups.make_backup(where, datetime(2026, 11, 20, 21, 5))
    backups.make_backup(where, datetime(2026, 10, 2, 8, 30), kept=True)
    clock = datetime.combine(TODAY, time(10, 0))
    written: list[Path] = []
    for language in ("en", "de"):
        locale = QLocale("de_DE" if language == "de" else "en_GB")
        QLocale.setDefault(locale)
        kept = install_translators(app, locale)  # English too: its plural forms
        for variant in styled(app, ("light", "dark")):
            for size in ((1280, 800), (1024, 640)):
                ctx = Context(compose(db), now=lambda: clock, words=window_wording(locale))
                window = MainWindow(ctx)
                window.resize(*size)
                window.show()
                settle(app)
                window.show_page("settings")  # its Alt+letters underlined, beside the icons
                window.data.back_up_now()
                settle(app)
                tag = f"{language}-{variant}-{size[0]}"
                path = out / f"message-bar-{tag}.png"
                window.grab().save(str(path))
                written.append(path)
                window.show_page("trends")
                window.page("trends").show_range(None, "all")
                settle(app)
                path = out / f"chart-{tag}.png"
                window.grab().save(str(path))
                written.append(path)
                if size[0] == 1024:
                    dialog = RestoreDialog(ctx, backups.folder_of(where), window)
                    dialog.show()
                    settle(app)
                    path = out / f"restore-list-{language}-{variant}.png"
                    dialog.grab().save(str(path))
                    written.append(path)
                    dialog.close()
                    dialog.deleteLater()
                window.quitting = True
                window.close()
                window.deleteLater()
                settle(app)
        for translator in kept:
            app.removeTranslator(translator)
    QTimer.singleShot(0, lambda: None)
    db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target):
        print(p)
