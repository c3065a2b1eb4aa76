"""Russian citations: a hyphenated city after the action (в Улан-Баторе, в Ростове-на-Дону, в Нью-Дели) is the place
whole, and the date after it is still the document's date. Own wording."""

from __future__ import annotations

import pytest

from scodata.extract import ru
from scodata.lang.citations import extract_citations
from scodata.model import Paragraph


def _cited(text: str) -> list[tuple[object, ...]]:
    paragraphs = [Paragraph(6, text, 0, len(text), "body")]
    return [(r["title"], r["action"], r["place"], r["date"])
            for r in extract_citations("d", paragraphs, ru.RULES, ru.WORDS)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Стороны отметили значение «Программы обмена студентами», подписанной в Улан-Баторе 12 марта 2031 года.",
     [("Программы обмена студентами", "подписанной", "Улан-Баторе", "2031-03-12")]),
    ("Министры поддержали выполнение «Плана защиты степей», утвержденного в Ростове-на-Дону 3 мая 2029 года, и "
     "отметили его пользу.",
     [("Плана защиты степей", "утвержденного", "Ростове-на-Дону", "2029-05-03")]),
    ("Стороны приветствовали «Концепцию водного диалога», принятую 9 июня 2030 года в Нью-Йорке.",
     [("Концепцию водного диалога", "принятую", "Нью-Йорке", "2030-06-09")]),
])
def test_a_hyphenated_place_is_kept_whole_with_its_date(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _cited(text) == expected
