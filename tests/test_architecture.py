"""The layering contract: domain and services work with no Qt and no display at all."""

import subprocess
import sys


def test_domain_and_services_run_without_qt_loaded(tmp_path):
    from vdtracker.storage.database import Database
    Database.open(tmp_path).close()  # an existing, current database
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from vdtracker.storage.database import Database\n"
        "from vdtracker.services import AlertService, DiaryService\n"
        f"db = Database.open({str(tmp_path)!r})\n"
        "DiaryService(db).log_pain(3, day=date(2025, 1, 1), today=date(2025, 1, 1))\n"
        "AlertService(db).alerts(date(2025, 1, 1))\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "import vdtracker.cli.commands\n"
        "assert 'alembic' not in sys.modules, 'start-up on a current database needs no Alembic'\n"
        "print('ok')\n"
    )
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "none"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.stdout.strip() == "ok", r.stderr
