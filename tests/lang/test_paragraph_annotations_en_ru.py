"""English and Russian paragraph annotations: subset speakers and a speaker continued by a pronoun (own wording)."""

from __future__ import annotations

import pytest

from scodata import lang
from scodata.extract import en, ru
from tests.lang.framing import paragraph_note

MEMBERS = ["CHN", "KAZ", "RUS"]


def _note(module, text: str) -> tuple[object, ...]:
    return paragraph_note(module, text, MEMBERS)


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


def _sections(module, paragraphs: list[str]) -> list[str]:
    text = "\n\n".join(paragraphs)
    language = lang.for_text(text)
    assert language.tag.startswith(module.RULES.tag)
    return [p.section for p in language.segment(language.clean(text).text).paragraphs]


def test_a_statement_of_the_meeting_naming_people_ends_the_preamble() -> None:
    en_text = ["Joint Statement of the Council of Foreign Ministers of the SCO Member States",
               "The meeting of the Council of Foreign Ministers of the SCO Member States was held in Astana on "
               "4 June 2037.",
               "Taking part in the meeting were Minister of Foreign Affairs of the Republic of Kazakhstan A. Nurlanov "
               "and Minister of Foreign Affairs of the Russian Federation B. Sergeev.",
               "The ministers paid tribute to the memory of President of the Kyrgyz Republic C. Omarov and Minister "
               "of Foreign Affairs D. Asanov.",
               "The ministers stressed the importance of trade.", "The ministers supported the initiative."]
    assert _sections(en, en_text) == ["preamble", "preamble", "body", "body", "body"]
    _, _, tables = _extract_en("\n\n".join(en_text))
    assert [r["name"] for r in tables["participants"]] == ["A. Nurlanov", "B. Sergeev"]


def test_a_list_under_a_role_heading_stays_in_the_preamble() -> None:
    text = ["Joint Communiqué of the Council of Heads of Government of the SCO Member States",
            "The meeting of the Council of Heads of Government of the SCO Member States was held in Tashkent on "
            "3 November 2037.",
            "Heads of delegation of the observer states: Prime Minister of Mongolia E. Bat and Prime Minister of "
            "the Republic of Belarus F. Ivanov.",
            "The Heads of Government stressed the importance of trade.", "The Heads of Government noted the report."]
    assert _sections(en, text) == ["preamble", "preamble", "body", "body"]


def _extract_en(text: str):
    language = lang.for_text(text)
    seg = language.segment(language.clean(text).text)
    return seg, *language.extract("d", seg.paragraphs, "2037-06-04")


@pytest.mark.parametrize(("text", "stances"), [
    ("Главы делегаций высказались за расширение расчетов в национальных валютах.", ["высказались"]),
    ("Государства-члены выступают за мирное урегулирование споров и поддерживают диалог.", ["выступают", "поддерживают"]),
    ("Главы делегаций выступили против одностороннего применения санкций.", ["выступили"]),
    ("Главы делегаций выступили с речами о культуре.", []),
])
def test_a_stance_with_a_preposition_is_the_verb_alone(text: str, stances: list[str]) -> None:
    assert _note(ru, text)[3] == stances


def test_adopting_a_document_is_a_stance_attending_is_not() -> None:
    assert _note(en, "The ministers adopted the Statement on Water Security and approved the work plan.")[3] \
        == ["adopted", "approved"]
    assert _note(ru, "Главы делегаций приняли Заявление о водной безопасности.")[3] == ["приняли"]
    assert _note(ru, "Главы делегаций приняли участие в выставке.")[3] == []
