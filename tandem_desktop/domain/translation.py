"""How code without Qt asks for its words in the user's language.

``domain/``, ``storage/``, ``services/`` and ``exchange/`` never import Qt. Code
there that puts words in front of a user takes a ``Translate``: the app builds
one from its installed Qt translators (``ui.translators``); tests and tools
without translations use ``untranslated``. Calls keep Qt's own shape,
``translate("Context", "Source text")`` and ``translate("Context", "%n task(s)",
None, count)``, so that lupdate finds every source text; texts that are named
before they are translated are marked with ``QT_TRANSLATE_NOOP``.

A text with ``%n`` is a plural message: German and English give it their forms
("%n task" / "%n tasks"). The count must be a plain name (``count``, not
``len(rows)`` or ``series.interval``): lupdate's Python parser skips a
``translate`` call with an expression there, without a word.
"""

from __future__ import annotations

from typing import Protocol


class Translate(Protocol):
    # Context and source are positional, as in QCoreApplication.translate itself.
    def __call__(
        self, context: str, source: str, /, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Mark ``source`` for translation in ``context`` without translating it yet."""
    return source


def untranslated(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """The English source text itself, with ``%n`` filled in as Qt would."""
    return source.replace("%n", str(n)) if n >= 0 else source
