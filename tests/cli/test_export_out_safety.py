"""An export never goes into the diary's backups folder or over a file of another kind (a
letter named diary.json is not replaced by the export), and an earlier export is replaced."""

import pytest
from test_cli import digest, vdt


@pytest.fixture
def kept(tmp_path):
    folder = tmp_path / "data"
    assert vdt(folder, "log", "pain", "4", "--date", "2026-03-01",
               "--as-of", "2026-03-01").returncode == 0
    assert vdt(folder, "backup").returncode == 0
    # the backup reads the store read-only (it works on a full data disk): SQLite leaves its
    # empty -wal/-shm for the next writer to tidy, as the next command here does
    assert vdt(folder, "log", "pain", "5", "--date", "2026-03-02",
               "--as-of", "2026-03-02").returncode == 0
    return folder


@pytest.mark.parametrize(("fmt", "name"), [("json", "x.json"), ("fhir", "x.json"),
                                           ("ics", "x.ics"), ("csv", "csv")])
def test_no_export_goes_into_the_backups_folder(kept, fmt, name):
    before = digest(kept)
    r = vdt(kept, "export", "--format", fmt, "--out", str(kept / "backups" / name))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "backups folder" in r.stderr
    assert digest(kept) == before


def test_a_file_of_another_kind_is_kept_and_an_earlier_export_replaced(kept, tmp_path):
    letter = tmp_path / "diary.json"
    letter.write_text("Dear Dr …")
    r = vdt(kept, "export", "--format", "json", "--out", str(letter))
    assert r.returncode == 2 and letter.read_text() == "Dear Dr …"
    out = tmp_path / "export.json"
    for _ in range(2):
        assert vdt(kept, "export", "--format", "json", "--out", str(out)).returncode == 0
    assert out.read_text().startswith("{")
