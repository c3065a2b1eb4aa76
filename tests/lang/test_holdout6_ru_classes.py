"""Classes of Russian (and their English counterparts) met in a blind set: a first-person preamble listing the leaders
before a chair phrase with no attendance verb; «Мы» / "We" as the speaker with first-person verbs; one verb governing
two quoted titles; a plural office with its field as the speaker («Министры обороны», followed by the states' names or
by the interested members); state adjectives sharing one noun («Белорусская, … и узбекская стороны»); «Заинтересованные
стороны». Invented names and wording."""

from __future__ import annotations

import pytest

from scodata.extract import en, ru
from scodata.model import Paragraph
from tests.lang.framing import extracted, paragraph_note

MEMBERS = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


def _note(module, text: str, members: list[str] = MEMBERS) -> tuple[object, ...]:
    return paragraph_note(module, text, members)


_DECLARATION = (
    "Ташкентская декларация глав государств – членов Шанхайской организации сотрудничества\n\n"
    "Мы, Президент Республики Казахстан А.Б.Оспанов, Председатель Китайской Народной Республики Лю Вэймин, "
    "Президент Кыргызской Республики К.Т.Усенов, Президент Российской Федерации П.П.Орлов, Президент Республики "
    "Таджикистан Д.С.Саидов и Президент Республики Узбекистан Р.Р.Каримджанов, собравшись 3–4 июня 2016 года в "
    "Ташкенте на заседание Совета глав государств – членов ШОС, проходившее под председательством Президента "
    "Республики Узбекистан Р.Р.Каримджанова,\n\n"
    "придавая большое значение развитию массового спорта, заявляем следующее:\n\n"
    "Мы отмечаем рост числа совместных соревнований молодежи и подчеркиваем их значение.\n\n"
    "Мы утвердили «Положение о Совете по спорту» и «Правила проведения игр ШОС».\n\n"
    "Мы высоко оцениваем работу узбекской стороны.\n\n"
    "Следующее заседание состоится в 2017 году."
)


def _declaration() -> tuple[list, dict]:
    return extracted(_DECLARATION, "2016-06-03")


def test_first_person_list_before_a_chair_phrase_without_an_attendance_verb() -> None:
    rows = [(r["state_code"], r["title"], r["name"], r["is_chair"]) for r in _declaration()[1]["participants"]]
    assert rows == [
        ("KAZ", "Президент", "А.Б.Оспанов", False),
        ("CHN", "Председатель", "Лю Вэймин", False),
        ("KGZ", "Президент", "К.Т.Усенов", False),
        ("RUS", "Президент", "П.П.Орлов", False),
        ("TJK", "Президент", "Д.С.Саидов", False),
        ("UZB", "Президент", "Р.Р.Каримджанов", True),
    ]


def test_we_speak_with_first_person_verbs() -> None:
    notes = _declaration()[0]
    assert [(n["speaker"], n["stances"], n["all_members_endorse"]) for n in notes[2:5]] == [
        ("Мы", ["отмечаем", "подчеркиваем"], True),
        ("Мы", ["утвердили"], True),
        ("Мы", ["высоко оцениваем"], True),
    ]
    assert notes[2]["endorsing_states"] == MEMBERS


def test_one_verb_governs_two_quoted_titles() -> None:
    cited = [(r["title"], r["action"]) for r in _declaration()[1]["cited_documents"]]
    assert cited == [("Положение о Совете по спорту", "утвердили"), ("Правила проведения игр ШОС", "утвердили")]


def test_english_we_and_two_titles() -> None:
    assert _note(en, "We note the growth of youth games and stress their value.") \
        == ("We", MEMBERS, True, ["note", "stress"])


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (ru, "Министры обороны обменялись мнениями о делах в регионе, отметили рост угроз и подчеркнули роль учений.",
     "Министры обороны", ["отметили", "подчеркнули"]),
    (ru, "Министры сельского хозяйства высоко оценили работу семенного банка.",
     "Министры сельского хозяйства", ["высоко оценили"]),
    (en, "The Ministers of Agriculture welcomed the seed bank.", "Ministers of Agriculture", ["welcomed"]),
    (ru, "Министры обсудили вопросы торговли.", "Министры", []),
])
def test_a_plural_office_with_its_field_speaks_for_all(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, MEMBERS, True, stances)


@pytest.mark.parametrize(("module", "text", "speaker", "codes"), [
    (ru, "Министры иностранных дел Республики Казахстан, Кыргызской Республики и Российской Федерации поддержали "
         "создание семенного банка.",
     "Министры иностранных дел Республики Казахстан, Кыргызской Республики и Российской Федерации", ["KAZ", "KGZ", "RUS"]),
    (en, "The Ministers of Foreign Affairs of the Republic of Kazakhstan and the Russian Federation supported the "
         "seed bank.",
     "Ministers of Foreign Affairs of the Republic of Kazakhstan and the Russian Federation", ["KAZ", "RUS"]),
    (ru, "Казахстанская, кыргызская и российская стороны поддержали создание семенного банка.",
     "Казахстанская, кыргызская и российская стороны", ["KAZ", "KGZ", "RUS"]),
    (en, "The Kazakh, Kyrgyz and Russian sides supported the seed bank.", "Kazakh, Kyrgyz and Russian sides",
     ["KAZ", "KGZ", "RUS"]),
])
def test_a_named_subset_speaks(module, text: str, speaker: str, codes: list[str]) -> None:
    got = _note(module, text)
    assert got[:3] == (speaker, codes, False)
    assert got[3] in (["поддержали"], ["supported"])


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (ru, "Министры иностранных дел заинтересованных государств – членов поддержали разработку плана по туризму.",
     "Министры иностранных дел заинтересованных государств – членов", ["поддержали"]),
    (en, "The Ministers of Transport of the interested Member States welcomed the new road map.",
     "Ministers of Transport of the interested Member States", ["welcomed"]),
    (ru, "Заинтересованные стороны приветствовали проведение шахматного турнира.", "Заинтересованные стороны",
     ["приветствовали"]),
    (en, "The interested parties welcomed the chess tournament.", "interested parties", ["welcomed"]),
])
def test_the_interested_members_speak(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, [], False, stances)


def test_adjectives_of_unknown_states_are_no_speaker() -> None:
    assert _note(ru, "Зелёная, синяя и красная стороны поддержали турнир.")[0] is None


def _cited(module, text: str) -> list[tuple[object, ...]]:
    from scodata.lang.citations import extract_citations

    paragraphs = [Paragraph(5, text, 0, len(text), "body")]
    return [(r["title"], r["action"]) for r in extract_citations("d", paragraphs, module.RULES, module.WORDS)]


@pytest.mark.parametrize(("module", "text", "expected"), [
    (ru, "Министры одобрили проект «Программы сотрудничества в области туризма» и приветствовали её обсуждение.",
     [("Программы сотрудничества в области туризма", "одобрили")]),
    (en, "The Ministers approved the draft “Plan of Action on Tourism Cooperation” for the next council.",
     [("Plan of Action on Tourism Cooperation", "approved")]),
    (en, "The Ministers approved the “Rules of the Chess Cup” and the “Programme of the Youth Games”.",
     [("Rules of the Chess Cup", "approved"), ("Programme of the Youth Games", "approved")]),
    (en, "The Ministers noted the “Rules of the Chess Cup” and approved the “Programme of the Youth Games”.",
     [("Rules of the Chess Cup", None), ("Programme of the Youth Games", "approved")]),
])
def test_the_verb_before_a_draft_or_a_pair_of_titles(module, text: str, expected: list[tuple[object, ...]]) -> None:
    assert _cited(module, text) == expected


def test_an_unquoted_title_naming_another_is_one_citation() -> None:
    text = "Стороны поддержали разработку Плана мероприятий по реализации Программы развития туризма."
    assert _cited(ru, text) == [("Плана мероприятий по реализации Программы развития туризма", None)]
