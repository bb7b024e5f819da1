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

from PySide6.QtCore import QTimer  # noqa: E402

from render_screens import (  # noqa: E402
    TODAY,
    fusion_app,
    grabbed,
    settle,
    speaking,
    styled,
    window_on,
)
from vdtracker.services.demo import build_demo  # noqa: E402
from vdtracker.storage import backups  # noqa: E402
from vdtracker.storage.database import Database  # noqa: E402
from vdtracker.ui.dialogs.restore_dialog import RestoreDialog  # noqa: E402


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
        with speaking(app, "de_DE" if language == "de" else "en_GB") as locale:
            for variant in styled(app, ("light", "dark")):
                for size in ((1280, 800), (1024, 640)):
                    with window_on(app, db, locale, size, clock) as window:
                        window.show_page("settings")  # its Alt+letters underlined
                        window.data.back_up_now()
                        settle(app)
                        tag = f"{language}-{variant}-{size[0]}"
                        written.append(grabbed(window, out / f"message-bar-{tag}.png"))
                        window.show_page("trends")
                        window.page("trends").show_range(None, "all")
                        settle(app)
                        written.append(grabbed(window, out / f"chart-{tag}.png"))
                        if size[0] == 1024:
                            dialog = RestoreDialog(window.ctx, backups.folder_of(where), window)
                            dialog.show()
                            settle(app)
                            written.append(grabbed(dialog, out / f"restore-list-{language}-"
                                                   f"{variant}.png"))
                            dialog.close()
                            dialog.deleteLater()
    QTimer.singleShot(0, lambda: None)
    db.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    for p in render(target):
        print(p)
