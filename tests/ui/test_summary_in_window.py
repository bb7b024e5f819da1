"""The window's summary (File ▸ Print summary…, Save summary as PDF…) is the command line's
summary: the same text, page for page."""

import os
import subprocess
import sys
from datetime import timedelta

import pypdf
from PySide6.QtPrintSupport import QPrinter

from builders import add_lab, add_schedule, log_pain
from conftest import TODAY
from vdtracker.ui.summary import printing


def text_of(path):
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).split())


def test_the_window_prints_what_the_command_line_writes(ctx, window, tmp_path):
    svc = ctx.services
    add_schedule(svc, supplement="Vitamin D3", amount=50000, unit="IU", every_days=7,
                 start=TODAY - timedelta(weeks=6), weeks=12, phase="loading")
    svc.doses.record(supplement="Vitamin D3", day=TODAY - timedelta(weeks=1),
                             today=TODAY)
    for i in range(10):
        log_pain(svc, 5.0, day=TODAY - timedelta(days=i), today=TODAY)
    add_lab(svc, "vitamin-d", "<10", "ng/mL", day=TODAY - timedelta(days=50), today=TODAY,
            low=30, high=100)
    saved = tmp_path / "window.pdf"
    printing.save_pdf(ctx, saved)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.print_to(printing.summary_of(ctx), printer)
    del printer
    env = {k: v for k, v in os.environ.items() if not k.startswith("VDTRACKER_")}
    r = subprocess.run([sys.executable, "-m", "vdtracker", "--data-dir", str(tmp_path / "data"),
                        "report", "--as-of", TODAY.isoformat(), "--out",
                        str(tmp_path / "cli.pdf")], capture_output=True, text=True, env=env,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    window_text = text_of(saved)
    assert "1 of 7 logged within 2 days of the due date; 5 missed, 1 still open" in window_text
    assert "<10 ng/mL" in window_text

    def letters(text):  # the same words; where a narrow column wraps may differ by font
        return "".join(text.split())

    assert letters(window_text) == letters(text_of(tmp_path / "cli.pdf")) \
        == letters(text_of(tmp_path / "printed.pdf"))
    assert [a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()
            if "summary" in a.text()] == ["Print summary for my appointment…",
                                           "Save summary as PDF…"]
