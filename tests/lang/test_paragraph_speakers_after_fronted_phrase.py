"""A fronted phrase before the speaker ("Guided by …,", «Руководствуясь …,»): the speaker and its verbs follow the
comma, and the fronted phrase is no stance. Invented wording."""

from __future__ import annotations

import pytest

from scodata.extract import en, ru
from tests.lang.framing import paragraph_note

MEMBERS = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


def _note(module, text: str) -> tuple[object, ...]:
    return paragraph_note(module, text, MEMBERS, ("speaker", "all_members_endorse", "stances"))


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (en, 'Guided by the "Concept of Cooperation on Water Resources" and the "Programme on Tourism" approved in Osh on '
         "3 March 2029, the Member States confirmed their readiness to share hydrological data and agreed to set up a "
         "working group.", "Member States", ["confirmed", "agreed"]),
    (en, "Proceeding from the principles of the Organisation, the Heads of State welcomed the new rail corridor.",
     "Heads of State", ["welcomed"]),
    (ru, "Руководствуясь Концепцией сотрудничества в области туризма, государства-члены поддержали создание единого "
         "портала и договорились провести выставку.", "государства-члены", ["поддержали", "договорились"]),
])
def test_the_speaker_follows_a_fronted_phrase(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, True, stances)


@pytest.mark.parametrize("text", [
    "Guided by the goals of the Charter, cooperation in education has grown steadily.",
    "In accordance with the Plan of Action, seminars were held in three cities.",
])
def test_no_speaker_after_a_fronted_phrase_without_one(text: str) -> None:
    assert _note(en, text) == (None, True, [])
