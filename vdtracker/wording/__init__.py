"""Every sentence the app says, from messages (a kind and parameters), in the user's language."""

from .formats import Formats
from .translate import Translate, arg, catalogue_translate, english_translate
from .wording import Wording, english

__all__ = ["Formats", "Translate", "Wording", "arg", "catalogue_translate", "english",
           "english_translate"]
