"""Qt's own translations and ours (vdtracker/i18n/vdtracker_<lang>.qm) for the user's locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CATALOGUES = Path(__file__).resolve().parent.parent / "i18n"


def install_translators(app: QCoreApplication,
                        locale: QLocale | None = None) -> list[QTranslator]:
    """Load and install qtbase_<lang>.qm and vdtracker_<lang>.qm for `locale` (the system's by
    default); the installed translators, which the caller must keep referenced."""
    locale = locale or QLocale.system()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed: list[QTranslator] = []
    for name, folder in (("qtbase", qt_folder), ("vdtracker", str(CATALOGUES))):
        translator = QTranslator()
        # Tries each of the locale's UI languages, e.g. vdtracker_de_DE.qm then vdtracker_de.qm.
        found = translator.load(locale, name, "_", folder, ".qm")
        if not found and name == "vdtracker":
            # a language we have no catalogue for (or the C locale): English, whose catalogue
            # holds the plural forms ("1 entry", "2 entries")
            found = translator.load(f"{name}_en.qm", folder)
        if found and app.installTranslator(translator):
            installed.append(translator)
    return installed
