"""English and Russian paragraph speakers: the members of a council, commission or committee («Члены Комиссии»,
"Members of the Council") speak for all the member states; informing («проинформировала», «информировали»,
"informed") is a stance, with one state's side as the speaker. Invented wording."""

from __future__ import annotations

import pytest

from scodata.extract import en, ru
from tests.lang.framing import paragraph_note

MEMBERS = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


def _note(module, text: str) -> tuple[object, ...]:
    return paragraph_note(module, text, MEMBERS)


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (ru, "Члены Комиссии рассмотрели ход работ и одобрили план выставки ремесел.", "Члены Комиссии", ["одобрили"]),
    (ru, "Члены Совета информировали друг друга о мерах по охране лесов.", "Члены Совета", ["информировали"]),
    (en, "The Members of the Council approved the schedule of joint river patrols.", "Members of the Council",
     ["approved"]),
])
def test_members_of_a_body_speak_for_all(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, MEMBERS, True, stances)


@pytest.mark.parametrize(("module", "text", "speaker", "codes", "stances"), [
    (ru, "Казахстанская сторона проинформировала о строительстве нового архива.", "Казахстанская сторона", ["KAZ"],
     ["проинформировала"]),
    (en, "The Kyrgyz side informed the Parties of the opening of a mountain school.", "Kyrgyz side", ["KGZ"],
     ["informed"]),
])
def test_informing_is_a_stance(module, text: str, speaker: str, codes: list[str], stances: list[str]) -> None:
    assert _note(module, text) == (speaker, codes, False, stances)
