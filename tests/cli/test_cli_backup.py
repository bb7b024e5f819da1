"""`vdtracker backup` and `vdtracker restore` as a user runs them: one line each, exit codes
as CLI.md says, the backup private, the current store set aside before a restore."""

import stat

from test_cli import vdt


def pain_days(folder):
    r = vdt(folder, "export", "--format", "ics", "--out", str(folder / "x.ics"))
    assert r.returncode == 0, r.stderr
    import sqlite3
    with sqlite3.connect(f"file:{folder / 'vdtracker.sqlite3'}?mode=ro", uri=True) as con:
        return [d for (d,) in con.execute("SELECT day FROM pain_entry ORDER BY day")]


def test_backup_then_restore_puts_the_old_day_back_and_keeps_the_new_aside(tmp_path):
    data = tmp_path / "data"
    assert vdt(data, "log", "pain", "4", "--date", "2026-11-20",
               "--as-of", "2026-11-20").returncode == 0
    out = tmp_path / "mine.sqlite3"
    r = vdt(data, "backup", "--out", str(out))
    assert r.returncode == 0 and str(out) in r.stdout and "health data" in r.stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert vdt(data, "log", "pain", "7", "--date", "2026-11-21",
               "--as-of", "2026-11-21").returncode == 0
    r = vdt(data, "restore", str(out))
    assert r.returncode == 0, r.stderr
    assert "(1 pain rating)" in r.stdout and "set aside" in r.stdout
    assert pain_days(data) == ["2026-11-20"]
    [aside] = (data / "backups").glob("set-aside-before-restore-*.sqlite3")
    assert aside.name in r.stdout
    r = vdt(data, "restore", str(aside))  # the undo
    assert r.returncode == 0 and pain_days(data) == ["2026-11-20", "2026-11-21"]


def test_backup_without_out_goes_to_the_backups_folder(tmp_path):
    data = tmp_path / "data"
    r = vdt(data, "backup")
    assert r.returncode == 0, r.stderr
    made = list((data / "backups").glob("kept-*.sqlite3"))  # asked for: never rotated away
    assert made and any(str(p) in r.stdout for p in made)
    assert stat.S_IMODE((data / "backups").stat().st_mode) == 0o700


def test_restoring_what_is_not_a_backup_exits_2_and_changes_nothing(tmp_path):
    data = tmp_path / "data"
    assert vdt(data, "log", "pain", "4", "--date", "2026-11-20",
               "--as-of", "2026-11-20").returncode == 0
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"0" * 5000)
    r = vdt(data, "restore", str(junk))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "photo.jpg" in r.stderr and "not a database" in r.stderr
    assert "Traceback" not in r.stderr
    assert pain_days(data) == ["2026-11-20"]
    assert not list((data / "backups").glob("set-aside-*"))
    r = vdt(data, "restore", str(tmp_path / "missing.sqlite3"))
    assert r.returncode == 2 and "not a file" in r.stderr


def test_restore_waits_for_the_window_to_close(tmp_path):
    import os
    data = tmp_path / "data"
    assert vdt(data, "backup", "--out", str(tmp_path / "b.sqlite3")).returncode == 0
    (data / "vdtracker.lock").write_text(f"{os.getpid()}\nvdtracker\nhost\n")  # a live process
    r = vdt(data, "restore", str(tmp_path / "b.sqlite3"))
    assert r.returncode == 2 and "close VD Tracker's window first" in r.stderr
    (data / "vdtracker.lock").write_text("999999999\nvdtracker\nhost\n")  # a stale lock
    assert vdt(data, "restore", str(tmp_path / "b.sqlite3")).returncode == 0


def test_the_first_command_of_the_day_on_a_kept_store_backs_it_up(tmp_path):
    data = tmp_path / "data"
    assert vdt(data, "log", "pain", "4", "--date", "2026-11-20",
               "--as-of", "2026-11-20").returncode == 0
    assert not (data / "backups").exists()  # a store just made holds nothing to back up
    assert vdt(data, "log", "pain", "5", "--date", "2026-11-21",
               "--as-of", "2026-11-21").returncode == 0
    [made] = (data / "backups").glob("vdtracker-*.sqlite3")  # the day's backup
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert vdt(data, "alerts").returncode == 0
    assert len(list((data / "backups").glob("vdtracker-*.sqlite3"))) == 1  # once a day


def without_root_powers(folder, *args):
    """The command as a user without root's power to write anywhere: as root (CI, this
    machine), setpriv drops the capabilities that bypass file permissions."""
    import os
    import shutil
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    cmd = [sys.executable, "-m", "vdtracker", "--data-dir", str(folder), *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test permissions as root"
        cmd = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search",
               *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)


def test_a_read_only_backups_folder_is_said_and_harms_nothing(tmp_path):
    from test_cli import digest

    data = tmp_path / "data"
    assert vdt(data, "log", "pain", "4", "--date", "2026-11-20",
               "--as-of", "2026-11-20").returncode == 0
    folder = data / "backups"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    folder.chmod(0o500)
    try:
        before = digest(data)
        r = without_root_powers(data, "backup")
        assert r.returncode == 2
        [line] = r.stderr.strip().splitlines()
        assert str(folder) in line and "Permission denied" in line, line
        assert digest(data) == before
        # the day's first command still saves; only its backup is left out (and logged)
        r = without_root_powers(data, "log", "pain", "5", "--date", "2026-11-21",
                                "--as-of", "2026-11-21")
        assert r.returncode == 0, r.stderr
        assert not list(folder.iterdir())
        assert pain_days(data) == ["2026-11-20", "2026-11-21"]
    finally:
        folder.chmod(0o700)


def test_restore_from_the_terminal_mends_a_store_that_cannot_be_opened(tmp_path):
    """What the damaged-store line tells the user to do must work: `vdtracker restore` does not
    open the store first; the unreadable file is kept as it was."""
    import hashlib

    data = tmp_path / "data"
    assert vdt(data, "log", "pain", "4", "--date", "2026-11-20",
               "--as-of", "2026-11-20").returncode == 0
    kept = tmp_path / "mine.sqlite3"
    assert vdt(data, "backup", "--out", str(kept)).returncode == 0
    live = data / "vdtracker.sqlite3"
    live.write_bytes(live.read_bytes()[:3000])
    cut = hashlib.sha256(live.read_bytes()).hexdigest()
    assert vdt(data, "log", "pain", "5").returncode == 3
    r = vdt(data, "restore", str(kept))
    assert r.returncode == 0, r.stderr
    assert "could not be read is kept" in r.stdout
    [aside] = (data / "backups").glob("damaged-*.sqlite3")
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == cut and aside.name in r.stdout
    assert pain_days(data) == ["2026-11-20"]


def test_restore_over_a_store_that_fails_its_check_sets_it_aside_as_it_is(tmp_path):
    """A store whose pages are damaged (it opens, but fails PRAGMA integrity_check) cannot be
    copied aside through SQLite: it is moved aside byte for byte, and the backup goes in."""
    import sqlite3

    data = tmp_path / "data"
    for day in range(1, 29):
        assert vdt(data, "log", "pain", "4", "--date", f"2026-10-{day:02d}", "--note",
                   "x" * 1500, "--as-of", "2026-11-20").returncode == 0
    kept = tmp_path / "mine.sqlite3"
    assert vdt(data, "backup", "--out", str(kept)).returncode == 0
    live = data / "vdtracker.sqlite3"
    with sqlite3.connect(live) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(live.read_bytes())
    raw[len(raw) // 2:len(raw) // 2 + 4096] = b"\x00\x13" * 2048  # a damaged page
    live.write_bytes(bytes(raw))
    r = vdt(data, "backup")
    assert r.returncode == 3 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    r = vdt(data, "restore", str(kept))
    assert r.returncode == 0, r.stderr
    assert list((data / "backups").glob("damaged-*.sqlite3"))
    assert len(pain_days(data)) == 28


def test_an_out_path_never_replaces_the_database_or_a_file_of_yours(tmp_path):
    from test_cli import digest

    data = tmp_path / "data"
    assert vdt(data, "log", "pain", "4", "--date", "2026-11-20",
               "--as-of", "2026-11-20").returncode == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    before = digest(data)
    live = str(data / "vdtracker.sqlite3")
    for args in (("export", "--format", "json", "--out", live),
                 ("export", "--format", "ics", "--out", live + "-wal"),
                 ("backup", "--out", live),
                 ("backup", "--out", str(notes))):
        r = vdt(data, *args)
        assert r.returncode == 2, (args, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1 and "--out" in r.stderr
    assert digest(data) == before and notes.read_text() == "my notes"
