"""Russian chair sentences name the meeting with any of its nouns: «Совещание провел …», «Председательствовал на
совещании …», «Сессию вела …» flag the chair as «Заседание провел …» does, and the meeting noun never enters the
chair's title. Invented names and wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import extracted

LIST = ("В совещании приняли участие Министр связи Республики Казахстан А.Б.Сейтов, Министр связи Кыргызской "
        "Республики К.Т.Усенов, Министр связи Российской Федерации П.П.Орлов.")


def _chairs(text: str) -> list[tuple[object, ...]]:
    return [(r["state_code"], r["title"], r["name"]) for r in extracted(text, "2031-04-10")[1]["participants"]
            if r["is_chair"]]


@pytest.mark.parametrize("chair", [
    "Совещание провел Министр связи Кыргызской Республики К.Т.Усенов.",
    "Председательствовал на совещании Министр связи Кыргызской Республики К.Т.Усенов.",
])
def test_a_chair_sentence_of_a_conference_meeting(chair: str) -> None:
    text = ("Совместное коммюнике по итогам совещания министров связи государств – членов ШОС\n\n"
            f"10 апреля 2031 года в Оше состоялось совещание министров связи государств – членов ШОС. {chair}\n\n"
            f"{LIST}\n\n"
            "Стороны отметили значение цифровой связи.")
    assert _chairs(text) == [("KGZ", "Министр связи", "К.Т.Усенов")]
