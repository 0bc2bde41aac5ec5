from tandem_desktop.domain.translation import QT_TRANSLATE_NOOP, untranslated


def test_untranslated_fills_the_count_like_qt() -> None:
    assert untranslated("Tasks", "%n tasks", None, 3) == "3 tasks"
    assert untranslated("Tasks", "Open") == "Open"


def test_noop_marker_returns_the_source() -> None:
    assert QT_TRANSLATE_NOOP("Owner", "Shared") == "Shared"
