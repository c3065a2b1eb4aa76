"""Paragraph speakers that are plural office holders of a council ("The Secretaries", «Секретари», "The Chairmen"), with
the field of their office before or after the noun ("The Agriculture Ministers", "Secretaries of Security Councils"),
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
    # the office's field before the plural noun, in title case
    (en, "The Agriculture Ministers welcomed the seed exchange and proposed a joint laboratory.",
     "Agriculture Ministers", ["welcomed", "proposed"]),
    (en, "The Foreign Trade Ministers once again stressed the role of small business.",
     "Foreign Trade Ministers", ["stressed"]),
    # a plural word of the office after the noun ("Councils", "Committees")
    (en, "The Chairmen of Supreme Courts noted the growth of online hearings and supported a training course.",
     "Chairmen of Supreme Courts", ["noted", "supported"]),
    (en, "The Secretaries of Security Councils welcomed the drill and instructed the staff to report on it.",
     "Secretaries of Security Councils", ["welcomed", "instructed"]),
    # capitalised words of a field that are no office words, up to the verb
    (en, "The Ministers of Science and Technology approved a grant scheme.",
     "Ministers of Science and Technology", ["approved"]),
    (ru, "Секретари советов безопасности приветствовали учения и поручили штабам подготовить доклад.",
     "Секретари советов безопасности", ["приветствовали", "поручили"]),
])
def test_plural_office_holders_speak_for_all_members(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, MEMBERS, True, stances)


def test_the_field_before_the_office_is_no_state() -> None:
    text = "The Kazakh Ministers proposed a joint laboratory."
    assert _note(en, text)[0] is None


def test_a_later_sentence_of_a_plural_office_with_its_field() -> None:
    text = "The Transport Ministers welcomed the new corridor. The Transport Ministers also noted the rise in freight."
    assert _note(en, text)[3] == ["welcomed", "noted"]
