"""Paragraph speakers that are plural office holders of a council ("The Secretaries", «Секретари», "The Chairmen"),
and instructing / recommending as stances, also as a second coordinated verb after a quoted title. Own wording."""

from __future__ import annotations

import pytest

from scodata.extract import en, ru
from tests.lang.framing import paragraph_note

MEMBERS = ["CHN", "KAZ", "RUS"]


def _note(module, text: str) -> tuple[object, ...]:
    return paragraph_note(module, text, MEMBERS)


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (en, "The Secretaries welcomed the opening of a joint crisis centre and stressed its value.",
     "Secretaries", ["welcomed", "stressed"]),
    (en, "The Secretaries adopted the \"Plan of Joint Drills for 2031\" and instructed their staffs to prepare it.",
     "Secretaries", ["adopted", "instructed"]),
    (en, "The Chairmen noted progress in the exchange of court records.", "Chairmen", ["noted"]),
    (en, "The Ministers approved the draft rules and recommended submitting them to the heads of state.",
     "Ministers", ["approved", "recommended"]),
    (ru, "Секретари отметили рост угроз в киберпространстве.", "Секретари", ["отметили"]),
    (ru, "Министры утвердили «План совместных учений на 2031 год» и рекомендовали направить его главам государств.",
     "Министры", ["утвердили", "рекомендовали"]),
    (ru, "Председатели поручили рабочей группе подготовить доклад.", "Председатели", ["поручили"]),
])
def test_plural_office_holders_speak_for_all_members(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, MEMBERS, True, stances)
