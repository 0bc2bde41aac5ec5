"""The translators object installs one language at a time and switches cleanly."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from tandem_desktop.domain.translation import Translate
from tandem_desktop.ui.translators import Translators


def test_switching_language_replaces_the_installed_translations(qapp) -> None:  # type: ignore[no-untyped-def]
    translators = Translators()
    try:
        translators.install("de")
        assert translators.language == "de"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
        assert QLocale().language() == QLocale.Language.German
        translators.install("en")
        assert translators.language == "en"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        translators.uninstall()
        QLocale.setDefault(QLocale(QLocale.Language.English))
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_translate_serves_the_code_without_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    translators = Translators()
    translate: Translate = translators.translate
    translators.install("de")
    try:
        assert translate("MainWindow", "&File") == "&Datei"
    finally:
        translators.uninstall()
        QLocale.setDefault(QLocale(QLocale.Language.English))
