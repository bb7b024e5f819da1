"""Qt's own command-line options (-style fusion, -platform offscreen) pass through to Qt."""

from __future__ import annotations

import pytest

from vdtracker import cli
from vdtracker.cli.parser import split_qt_options


@pytest.mark.parametrize(("argv", "ours", "qt"), [
    (["-style", "fusion"], [], ["-style", "fusion"]),
    (["-platform", "offscreen", "--data-dir", "D"], ["--data-dir", "D"],
     ["-platform", "offscreen"]),
    (["--minimized", "-style=fusion", "-reverse"], ["--minimized"], ["-style=fusion", "-reverse"]),
    (["log", "pain", "5", "--note", "x"], ["log", "pain", "5", "--note", "x"], []),
    (["log", "pain", "5", "--", "-style"], ["log", "pain", "5", "--", "-style"], []),
])
def test_qt_options_are_split_from_ours(argv, ours, qt):
    assert split_qt_options(argv) == (ours, qt)


def test_vdtracker_dash_style_fusion_opens_the_window_with_the_style(monkeypatch, tmp_path):
    import vdtracker.app as app

    called = {}

    def fake_run_gui(data_dir, minimized=False, qt_options=()):
        called.update(data_dir=data_dir, minimized=minimized, qt=list(qt_options))
        return 0

    monkeypatch.setattr(app, "run_gui", fake_run_gui)
    folder = str(tmp_path / "d")
    assert cli.main(["-style", "fusion", "--data-dir", folder, "-platform", "offscreen"]) == 0
    assert called == {"data_dir": folder, "minimized": False,
                      "qt": ["-style", "fusion", "-platform", "offscreen"]}


@pytest.mark.parametrize("argv", [["--stlye", "fusion"], ["-stlye", "fusion"]])
def test_a_misspelt_option_is_still_refused_in_one_line(capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("vdtracker: ") and err.count("\n") == 1
