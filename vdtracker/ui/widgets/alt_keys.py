"""Alt+letters given to a form's labels and check boxes whose words come from elsewhere (the
settings' titles): each a letter of its own, unique on the page in any language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def letter_of(text: str) -> str | None:
    """The letter `text` underlines (casefolded), or None."""
    plain = text.replace("&&", "")
    i = plain.find("&")
    return plain[i + 1].casefold() if 0 <= i < len(plain) - 1 else None


def menu_letters() -> set[str]:
    """The letters the window's menu bar takes, as it shows them (translated)."""
    menus = (QCoreApplication.translate("MainWindow", "&File"),
             QCoreApplication.translate("MainWindow", "&Edit"),
             QCoreApplication.translate("MainWindow", "&Go"))
    return {k for t in menus if (k := letter_of(t)) is not None}


def marked(text: str, taken: set[str]) -> str:
    """`text` with an & before the first free letter (a word's first letter preferred), which
    is then added to `taken`; unchanged when every letter is taken."""
    escaped = text.replace("&", "&&")
    starts = [i for i, ch in enumerate(text)
              if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]
    rest = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]
    for i in starts + rest:
        key = text[i].casefold()
        if key not in taken:
            taken.add(key)
            at = i + text[:i].count("&")  # each & before it was doubled
            return escaped[:at] + "&" + escaped[at:]
    return escaped

