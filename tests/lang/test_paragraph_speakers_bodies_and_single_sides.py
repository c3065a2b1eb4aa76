"""English and Russian paragraph speakers: a body of several named states ("The Customs Services of …", «Таможенные
службы …»: those states endorse), "interested Parties" in capitals and «Ряд государств – членов» (an unnamed subset),
one state's side or delegation with a verb in the singular («Российская сторона предложила», «Таджикская делегация
проинформировала»), delegations of states named by adjectives, the verbs proposed/предложили/сочли,
and a further verb after a title holding a „…“ nested in «…». Invented wording."""

from __future__ import annotations

import pytest

from scodata.extract import en, ru
from tests.lang.framing import paragraph_note

MEMBERS = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


def _note(module, text: str) -> tuple[object, ...]:
    return paragraph_note(module, text, MEMBERS)


@pytest.mark.parametrize(("module", "text", "speaker", "codes", "stances"), [
    (en, "The Customs Services of the Kyrgyz Republic, the Russian Federation and the Republic of Uzbekistan proposed "
         "a pilot project on electronic declarations.",
     "Customs Services of the Kyrgyz Republic, the Russian Federation and the Republic of Uzbekistan", ["KGZ", "RUS", "UZB"],
     ["proposed"]),
    (en, "The Ministries of Health of Kazakhstan and Tajikistan agreed to exchange vaccination data and proposed a joint "
         "seminar.", "Ministries of Health of Kazakhstan and Tajikistan", ["KAZ", "TJK"], ["agreed", "proposed"]),
    (ru, "Таможенные службы Кыргызской Республики и Российской Федерации предложили провести совместный семинар.",
     "Таможенные службы Кыргызской Республики и Российской Федерации", ["KGZ", "RUS"], ["предложили"]),
    (ru, "Российская сторона предложила провести в 2031 году выставку сельскохозяйственной техники.",
     "Российская сторона", ["RUS"], ["предложила"]),
    (ru, "Республика Узбекистан выступила за создание регионального фонда.", "Республика Узбекистан", ["UZB"],
     ["выступила"]),
    # one state's delegation, and the delegations of several states named by adjectives
    (ru, "Таджикская делегация проинформировала участников о новом законе о медиации.", "Таджикская делегация",
     ["TJK"], ["проинформировала"]),
    (en, "The Kyrgyz delegation informed the meeting of a new law on mediation.", "Kyrgyz delegation", ["KGZ"],
     ["informed"]),
    (ru, "Казахстанская и узбекская делегации предложили провести семинар по медиации.",
     "Казахстанская и узбекская делегации", ["KAZ", "UZB"], ["предложили"]),
    (en, "The Chinese and Tajik delegations proposed a seminar on mediation.", "Chinese and Tajik delegations",
     ["CHN", "TJK"], ["proposed"]),
])
def test_named_states_speak(module, text: str, speaker: str, codes: list[str], stances: list[str]) -> None:
    assert _note(module, text) == (speaker, codes, False, stances)


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (en, "The interested Parties agreed to hold consultations on customs statistics.", "interested Parties", ["agreed"]),
    (en, "Interested Sides proposed a survey of border crossings.", "Interested Sides", ["proposed"]),
    (ru, "Ряд государств – членов предложил изучить опыт создания логистических центров.", "Ряд государств – членов",
     ["предложил"]),
    (ru, "Ряд делегаций высоко оценил работу экспертной группы.", "Ряд делегаций", ["высоко оценил"]),
    (ru, "Ряд делегаций выступает за расширение обмена студентами.", "Ряд делегаций", ["выступает"]),
    (ru, "Ряд государств – членов поддерживает идею учреждения фонда и предлагает обсудить её.",
     "Ряд государств – членов", ["поддерживает", "предлагает"]),
])
def test_an_unnamed_subset_speaks(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, [], False, stances)


def test_a_body_of_states_needs_a_verb() -> None:
    text = "The Customs Services of Kazakhstan and China exchanged statistics every quarter."
    assert _note(en, text) == (None, MEMBERS, True, [])


def test_considered_is_a_stance_in_a_later_sentence() -> None:
    text = ("Министры поддержали план работы экспертной группы. Министры сочли целесообразным расширить обмен "
            "информацией.")
    assert _note(ru, text)[3] == ["поддержали", "сочли"]


def test_a_verb_after_a_title_with_a_nested_title() -> None:
    text = ("Министры одобрили «Программу действий по выполнению „Соглашения о сотрудничестве в области водных "
            "ресурсов“» и договорились проводить ежегодные консультации.")
    assert _note(ru, text)[3] == ["одобрили", "договорились"]


def test_a_participle_after_a_comma_is_no_further_stance() -> None:
    text = "The Parties welcomed the plan of joint exhibitions, proposed by the Kyrgyz side in 2030."
    assert _note(en, text)[3] == ["welcomed"]


def test_the_head_of_one_states_delegation_is_no_body_of_states() -> None:
    text = "The Head of the Delegation of Mongolia, B. Dorj, welcomed the plan of joint exhibitions."
    assert _note(en, text) == (None, MEMBERS, True, [])
