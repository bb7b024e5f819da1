"""`vdtracker report --out` never replaces the diary, its files, its backups or another kind of
file, and on a full disk it says so (exit 3) and leaves no file: a PDF that says "Wrote the
summary" was once a 0-byte file, and `--out <data>/vdtracker.sqlite3` replaced the diary."""

import os
import resource
import shutil
import signal
import subprocess
import sys
from datetime import date, timedelta

import pytest
from test_cli import digest, vdt

AS_OF = date(2026, 3, 1)


def diary(folder):
    start = AS_OF - timedelta(days=40)
    assert vdt(folder, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000",
               "--unit", "IU", "--every", "7", "--start", start.isoformat(), "--weeks", "8",
               "--phase", "loading", "--as-of", AS_OF.isoformat()).returncode == 0
    for i in range(0, 40, 2):
        day = (start + timedelta(days=i)).isoformat()
        assert vdt(folder, "log", "pain", "5", "--date", day, "--as-of",
                   AS_OF.isoformat()).returncode == 0


@pytest.fixture
def kept(tmp_path):
    folder = tmp_path / "data"
    diary(folder)
    assert vdt(folder, "backup").returncode == 0  # a backups folder with a backup in it
    return folder


@pytest.mark.parametrize("target", ["vdtracker.sqlite3", "vdtracker.sqlite3-wal",
                                    "backups/summary.pdf"])
def test_the_summary_never_goes_over_the_diary_or_into_its_backups(kept, target):
    before = digest(kept)
    r = vdt(kept, "report", "--as-of", AS_OF.isoformat(), "--out", str(kept / target))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "choose" in r.stderr
    after = digest(kept)
    assert {k: v for k, v in after.items() if not k.startswith("backups/vdtracker-")} == {
        k: v for k, v in before.items() if not k.startswith("backups/vdtracker-")}
    assert vdt(kept, "regimen", "list").returncode == 0  # the diary still opens


def test_another_kind_of_file_is_not_replaced_but_an_earlier_summary_is(kept, tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Dr …")
    r = vdt(kept, "report", "--as-of", AS_OF.isoformat(), "--out", str(letter))
    assert r.returncode == 2 and letter.read_text() == "Dear Dr …"
    out = tmp_path / "summary.pdf"
    for _ in range(2):  # the second run replaces the first summary
        r = vdt(kept, "report", "--as-of", AS_OF.isoformat(), "--out", str(out))
        assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_full_disk_says_so_and_leaves_no_summary(kept, tmp_path):
    """A file-size limit stands in for a full disk (the tests have no small tmpfs): the PDF
    cannot be written whole, the command says the disk is full, exit 3, one line, no file."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "summary.pdf"
    size = 40_000  # below the summary's size, above what reading the diary needs to write

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(kept), "report",
                        "--as-of", AS_OF.isoformat(), "--out", str(out)],
                       capture_output=True, text=True, env=env, timeout=120,
                       preexec_fn=limited)
    assert r.returncode == 3, (r.returncode, r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1 and "disk is full" in r.stderr
    assert "Wrote" not in r.stdout
    assert list(out_dir.iterdir()) == []  # no summary, no part of one
    shutil.rmtree(out_dir)
