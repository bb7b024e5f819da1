"""The command line takes lab values as printed ("<10", ">150") and asks about the implausible."""

from test_cli import vdt


def test_lab_values_beyond_the_assay_limit_and_an_implausible_one(tmp_path):
    data = tmp_path / "data"
    r = vdt(data, "lab", "add", "vitamin-d", ">150", "ng/mL", "--date", "2026-11-02",
            "--low", "30", "--high", "100", "--as-of", "2026-11-23")
    assert r.returncode == 0, r.stderr
    assert ">150 ng/mL" in r.stdout and "above the range on your lab report" in r.stdout
    r = vdt(data, "alerts", "--as-of", "2026-11-23")
    assert ">150" in r.stdout and "nausea" in r.stdout
    r = vdt(data, "lab", "add", "vitamin-d", "3200", "ng/mL", "--date", "2026-11-03",
            "--as-of", "2026-11-23")
    assert r.returncode == 2 and "3,200 ng/mL" in r.stderr and "--confirm" in r.stderr
    r = vdt(data, "lab", "add", "vitamin-d", "12", "µg/L", "--date", "2026-11-04",
            "--low", "30", "--high", "100", "--as-of", "2026-11-23")
    assert r.returncode == 0 and "12 µg/L" in r.stdout and "below" in r.stdout, r.stderr
