"""The data folder most command-line tests start from: one loading course, saved."""

import pytest
from test_cli import vdt


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    r = vdt(folder, "regimen", "add", "--supplement", "Vitamin D3", "--dose", "50000",
            "--unit", "IU", "--every", "7", "--start", "2025-01-05", "--weeks", "12",
            "--phase", "loading")
    assert r.returncode == 0, r.stderr
    return folder
