"""Which language the app speaks: German for any de_* locale, English otherwise.

Qt-free, so the command line can decide without starting Qt.
"""

from __future__ import annotations

import os

LANGUAGES = ("de", "en")
_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def language_of(locale_name: str) -> str:
    return "de" if locale_name.lower().startswith("de") else "en"


def environment_language(fallback_locale: str = "") -> str:
    """The language the environment asks for; ``fallback_locale`` when it names none."""
    for variable in _VARIABLES:
        value = os.environ.get(variable, "")
        if value:
            return language_of(value)
    if fallback_locale:
        return language_of(fallback_locale)
    import locale  # only now: the environment named no language

    return language_of(locale.getlocale()[0] or "")
