"""English and Russian paragraph annotations: subset speakers and a speaker continued by a pronoun (own wording)."""

from __future__ import annotations

import pytest

from scodata.extract import en, ru
from scodata.lang.structure import annotate
from scodata.model import Paragraph

MEMBERS = ["CHN", "KAZ", "RUS"]


def _note(module, text: str) -> tuple[object, ...]:
    note = annotate(Paragraph(5, text, 0, len(text), "body"), MEMBERS, module.RULES.tag, module.WORDS)
    return note["speaker"], note["endorsing_states"], note["all_members_endorse"], note["stances"]


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (en, "The heads of delegation of the interested Member States supported a study of a joint fund.",
     "heads of delegation of the interested Member States", ["supported"]),
    (en, "The Heads of Government of the Member States concerned agreed to hold consultations.",
     "Heads of Government of the Member States concerned", ["agreed"]),
    (en, "The interested Member States welcomed the launch of the expert group.", "interested Member States", ["welcomed"]),
    (ru, "Главы делегаций заинтересованных государств – членов поддержали изучение вопроса о фонде.",
     "Главы делегаций заинтересованных государств – членов", ["поддержали"]),
    (ru, "Главы правительств заинтересованных государств-членов ШОС приветствовали создание рабочей группы.",
     "Главы правительств заинтересованных государств-членов ШОС", ["приветствовали"]),
])
def test_a_subset_of_the_members_speaks(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, [], False, stances)


def test_the_whole_delegations_still_speak_for_all() -> None:
    assert _note(en, "The heads of delegation noted the report.") == ("heads of delegation", MEMBERS, True, ["noted"])
    assert _note(ru, "Главы делегаций отметили доклад.") == ("Главы делегаций", MEMBERS, True, ["отметили"])


def test_a_pronoun_continues_the_speaker_in_the_next_sentence() -> None:
    text = "The heads of delegation noted that trade grew. They stressed the importance of transport links."
    assert _note(en, text)[3] == ["noted", "stressed"]
    text = "Главы делегаций отметили рост торговли. Они подчеркнули важность транспортных связей."
    assert _note(ru, text)[3] == ["отметили", "подчеркнули"]
    # a pronoun inside a sentence is not a new clause
    assert _note(en, "The heads of delegation noted that they welcomed the report.")[3] == ["noted"]
