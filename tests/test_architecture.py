"""The layering contract (domain and services work with no Qt and no display at all), and the
ratchet on the modules not yet checked by `mypy --strict` and ruff."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_domain_and_services_run_without_qt_loaded(tmp_path):
    from vdtracker.storage.database import Database
    Database.open(tmp_path).close()  # an existing, current database
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from vdtracker.storage.database import Database\n"
        "from vdtracker.app import compose\n"
        "from vdtracker.domain.day_entry import DayEntry, PainPart\n"
        f"svc = compose(Database.open({str(tmp_path)!r}))\n"
        "svc.diary.save_day(DayEntry(date(2025, 1, 1), pain=PainPart(3)), today=date(2025, 1, 1))\n"
        "svc.alerts.alerts(date(2025, 1, 1))\n"
        "import vdtracker.wording\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]\n"
        "import vdtracker.cli.commands\n"
        "assert 'alembic' not in sys.modules, 'start-up on a current database needs no Alembic'\n"
        "print('ok')\n"
    )
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "none"}
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert r.stdout.strip() == "ok", r.stderr


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def test_all_of_our_code_is_strict_and_lint_clean():
    """No module of ours is exempt from `mypy --strict` or ruff (the list emptied in issue 9;
    a new module is strict from its first line)."""
    config = _pyproject()
    mypy = config["tool"]["mypy"]
    assert mypy["strict"] is True and mypy["files"] == ["vdtracker"]
    relaxed = [o for o in mypy.get("overrides", [])
               if any(m.split(".")[0] == "vdtracker" for m in _listed(o["module"]))]
    assert relaxed == [], "make the module pass `mypy` instead of relaxing it"
    assert config["tool"]["ruff"].get("extend-exclude", []) == []
    ignores = config["tool"]["ruff"]["lint"].get("per-file-ignores", {})
    assert set(ignores) <= {"vdtracker/storage/migrations/versions/*"}, ignores


def _listed(module: str | list[str]) -> list[str]:
    return [module] if isinstance(module, str) else module


SOURCE = Path(__file__).resolve().parent.parent / "vdtracker"


def _sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text("utf-8")) for p in sorted(SOURCE.rglob("*.py"))]


def test_services_are_composed_in_one_place():
    """Only the bundle app.compose makes (services/bundle.py) builds a service; everything
    else is handed the bundle."""
    import re

    built = re.compile(r"\b[A-Z]\w*Service\(")
    composers = ("app.py", "bundle.py")
    offenders = [str(p.relative_to(SOURCE)) for p, text in _sources()
                 if p.name not in composers and any(built.search(line) and "class " not in line
                                                    for line in text.splitlines())]
    assert offenders == []


def test_every_translated_literal_is_visible_to_lupdate():
    """No `t = self.tr` aliases and no tr(variable): lupdate only sees literal strings."""
    import re

    alias = re.compile(r"^\s*\w+\s*=\s*self\.tr\s*$", re.M)
    variable = re.compile(r"\bself\.tr\(\s*+(?![\"')])|\btranslate\(\s*+\"[^\"]*\",\s*+(?![\"'])")
    found = []
    for p, text in _sources():
        found += [f"{p.name}: alias" for _ in alias.finditer(text)]
        found += [f"{p.name}: {text[m.start():m.end() + 20]!r}" for m in variable.finditer(text)]
    assert found == []


def test_the_window_never_reads_the_real_clock():
    """Pages, widgets and reminders use the context's clock (a fake one in tests)."""
    ui = SOURCE / "ui"
    reads = [f"{p.relative_to(SOURCE)}:{n}"
             for p in sorted(ui.rglob("*.py"))
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if any(c in line for c in ("date.today()", "datetime.now()", "QTime.currentTime()",
                                        "QDate.currentDate()"))]
    assert reads == []


# Qt calls that hand back a widget, button or object: PySide may give a new Python wrapper for
# the same C++ object (in a long-lived process it did, and a real click was read as "Leave them
# open"), so `is` on what they return can be False for the very same button.
_WRAPPER_CALLS = frozenset({
    "clickedButton", "sender", "focusWidget", "activeModalWidget", "activePopupWidget",
    "activeWindow", "parentWidget", "parent", "itemAt", "widgetAt", "childAt", "widget",
    "nextInFocusChain", "previousInFocusChain", "focusProxy", "defaultButton", "escapeButton",
    "button", "buttons", "currentWidget", "buddy", "window", "focusObject", "topLevelAt",
    "cellWidget", "indexWidget", "findChild", "findChildren", "thread",
    "currentThread", "menu", "lineEdit", "viewport"})


def _identity_reads(tree) -> list[tuple[int, str]]:
    """`is` / `is not` / `in` whose side is the result of such a call, a name bound to one
    (also as a loop variable), or the object an eventFilter is handed."""
    import ast

    def wraps(node) -> bool:
        return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in _WRAPPER_CALLS

    found = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        bound = set()
        if isinstance(fn, ast.FunctionDef) and fn.name == "eventFilter" and len(fn.args.args) > 1:
            bound.add(fn.args.args[1].arg)
        for n in ast.walk(fn):
            value = getattr(n, "value", None) if isinstance(n, ast.Assign | ast.NamedExpr) \
                else getattr(n, "iter", None) if isinstance(n, ast.For | ast.comprehension) \
                else None
            if value is None or not any(wraps(x) for x in ast.walk(value)):
                continue
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            bound |= {x.id for t in targets for x in ast.walk(t) if isinstance(x, ast.Name)}
        for n in ast.walk(fn):
            if not isinstance(n, ast.Compare) or not any(
                    isinstance(op, ast.Is | ast.IsNot | ast.In | ast.NotIn) for op in n.ops):
                continue
            sides = [n.left, *n.comparators]
            if any(isinstance(x, ast.Constant) and (x.value is None or isinstance(x.value, str))
                   for x in sides):
                continue  # `is None`, and a word looked for in a text
            if any(wraps(x) or (isinstance(x, ast.Name) and x.id in bound) for x in sides):
                found.append((n.lineno, ast.unparse(n)))
    return found


def test_no_qt_answer_is_read_through_wrapper_identity():
    """Answers come from a button's signal, its role or done(int); the same C++ object is told
    by ui.answers.same(), never by `is` on what clickedButton(), sender(), focusWidget() and
    the like return (in the app and in the tests alike)."""
    import ast

    found = [f"{p.relative_to(ROOT)}:{line}: {text}"
             for p in sorted([*SOURCE.rglob("*.py"), *(ROOT / "tests").rglob("*.py")])
             for line, text in _identity_reads(ast.parse(p.read_text("utf-8")))]
    assert found == []


def test_the_identity_check_sees_what_it_is_for():
    """The check above finds the reads that lost a patient's answer (it can fail)."""
    import ast

    lost = ("def choice(self):\n    clicked = self.clickedButton()\n"
            "    return clicked is self.taken\n"
            "def eventFilter(self, watched, event):\n    return watched is self.edit\n"
            "def f(box):\n    return [b for b in box.buttons() if b is box.defaultButton()]\n")
    assert [line for line, _ in _identity_reads(ast.parse(lost))] == [3, 5, 7]


def test_every_message_box_is_made_in_python():
    """Qt's static QMessageBox.information() / warning() / critical() / question() build the box
    in C++: a page redrawn while it was up left no live Python handle on it (ui.answers.tell
    makes it in Python, and the button's role or signal reads the answer)."""
    import re

    static = re.compile(r"QMessageBox\.(information|warning|critical|question|about)\(")
    found = [f"{p.relative_to(ROOT)}:{n}" for p, text in _sources()
             for n, line in enumerate(text.splitlines(), 1) if static.search(line)]
    assert found == []


# The one writer (issue 24): a file the app makes lands through storage.beside (beside its
# target, whole, renamed; the full-disk sentence and nothing left on failure). These alone may
# touch files another way, each for a reason: the log is appended line by line; a csv export is
# a folder put in place whole; a damaged store is moved aside as it is, never rewritten; a new
# store is linked into place, never replacing another's; the demo runs in a throwaway folder.
WRITES = re.compile(r"os\.(replace|rename|link)\(|mkstemp\(|mkdtemp\(|\.write_(text|bytes)\("
                    r"|os\.open\(.*O_(CREAT|WRONLY|RDWR)|open\([^)]*[\"'][wax]b?\+?[\"']"
                    r"|QSaveFile|QPdfWriter\(|QFile\(|\.save\([\"'/]|shutil\.(copy|move)")
MAY_WRITE = {"storage/beside.py", "logs.py", "services/export.py", "storage/backups.py",
             "storage/engine.py", "app.py", "ui/summary/pdf.py", "autostart.py"}


def test_every_file_the_app_makes_goes_through_the_one_writer():
    found = {}
    for path in sorted((ROOT / "vdtracker").rglob("*.py")):
        name = path.relative_to(ROOT / "vdtracker").as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if WRITES.search(code):
                found.setdefault(name, []).append(f"{n}: {line.strip()}")
    assert set(found) <= MAY_WRITE, {k: v for k, v in found.items() if k not in MAY_WRITE}
    # within those: each place is what the comment above names, and nothing more
    counts = {k: len(v) for k, v in found.items()}
    assert counts == {"storage/beside.py": 3, "services/export.py": 5,
                      "storage/backups.py": 3, "storage/engine.py": 2, "app.py": 1,
                      "ui/summary/pdf.py": 1, "autostart.py": 1}, found
