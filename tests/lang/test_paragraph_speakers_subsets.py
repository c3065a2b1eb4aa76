"""Paragraph speakers that are a subset of the members (interested, concerned, a restrictive clause, all but an
excepted state or its office), heads of the states, and further stance verbs of one speaker in a paragraph: after a
conjunction, in a later sentence opening with the speaker again, but not a participle after a comma. Own wording."""

from __future__ import annotations

import dataclasses

import pytest

from scodata.extract import en, ru
from scodata.extract.stances import annotate as annotate_zh
from scodata.model import Paragraph
from tests.lang.framing import framed, paragraph_note

MEMBERS = ["CHN", "IND", "KAZ", "RUS"]


def _note(module, text: str) -> tuple[object, ...]:
    return paragraph_note(module, text, MEMBERS)


@pytest.mark.parametrize(("module", "text", "speaker", "stances"), [
    (en, "Delegations of the interested Member States backed and supported a study of river basins.",
     "Delegations of the interested Member States", ["supported"]),
    (en, "Representatives of the Member States concerned welcomed the draft rules on seed exchange.",
     "Representatives of the Member States concerned", ["welcomed"]),
    (en, "The interested member states noted the plans for a grain exchange.", "interested member states", ["noted"]),
    (en, "The Member States concerned agreed to continue talks on a payment card.", "Member States concerned", ["agreed"]),
    (en, "Some Member States called for a common glacier register.", "Some Member States", ["called for"]),
    (en, "The Member States that are parties to the Convention on Migratory Birds reaffirmed their commitment to it.",
     "Member States that are parties to the Convention on Migratory Birds", ["reaffirmed"]),
    (ru, "Заинтересованные государства – члены ШОС поддержали проведение турнира по шахматам.",
     "Заинтересованные государства – члены ШОС", ["поддержали"]),
    (ru, "Делегации заинтересованных государств-членов приветствовали создание реестра ледников.",
     "Делегации заинтересованных государств-членов", ["приветствовали"]),
    (ru, "Государства-члены, являющиеся участниками Конвенции о перелётных птицах, подтвердили свою приверженность ей.",
     "Государства-члены, являющиеся участниками Конвенции о перелётных птицах", ["подтвердили"]),
    (ru, "Государства – члены ШОС, подписавшие «Соглашение о семенном фонде, обмене и хранении», отметили его пользу.",
     "Государства – члены ШОС, подписавшие «Соглашение о семенном фонде, обмене и хранении»", ["отметили"]),
])
def test_a_subset_of_the_members_speaks(module, text: str, speaker: str, stances: list[str]) -> None:
    assert _note(module, text) == (speaker, [], False, stances)


def test_a_clause_that_does_not_restrict_keeps_all_members() -> None:
    # a gerund phrase between subject and verb is no subset
    assert _note(ru, "Государства-члены, подчеркивая значение торговли, приветствовали открытие ярмарки.") \
        == ("Государства-члены", MEMBERS, True, ["приветствовали"])


@pytest.mark.parametrize(("module", "text", "speaker"), [
    (en, "All Member States except the Republic of India welcomed the seed bank.",
     "All Member States except the Republic of India"),
    (en, "The Ministers, except the Minister of Foreign Affairs of India, welcomed the seed bank.",
     "Ministers, except the Minister of Foreign Affairs of India"),
    (en, "The heads of delegation, with the exception of the delegation of India, welcomed the seed bank.",
     "heads of delegation, with the exception of the delegation of India"),
    (ru, "Министры, за исключением Министра иностранных дел Республики Индия, приветствовали создание банка семян.",
     "Министры, за исключением Министра иностранных дел Республики Индия"),
    (ru, "Все государства-члены, кроме Индии, приветствовали создание банка семян.", "Все государства-члены, кроме Индии"),
])
def test_all_members_but_an_excepted_state_or_its_office(module, text: str, speaker: str) -> None:
    assert _note(module, text)[:3] == (speaker, ["CHN", "KAZ", "RUS"], False)


def test_heads_of_the_states_speak_for_all() -> None:
    assert _note(en, "Heads of the states positively evaluated the work of the chairing side.") \
        == ("Heads of the states", MEMBERS, True, ["positively evaluated"])
    assert _note(en, "Heads of states have signed the Declaration and approved the Rules on Partners.") \
        == ("Heads of states", MEMBERS, True, ["approved"])


@pytest.mark.parametrize(("module", "text", "stances"), [
    (en, "The Member States noted the growth of river traffic. The Member States welcomed the new ferry line and "
         "stressed its value.", ["noted", "welcomed", "stressed"]),
    (en, "The ministers noted that ferry traffic grew, and they welcomed the new pier.", ["noted", "welcomed"]),
    (en, "The ministers noted the ferry statistics as well as welcomed the new pier.", ["noted", "welcomed"]),
    (en, "The ministers noted the report on ferries, approved the pier plan and welcomed the new line.",
     ["noted", "approved", "welcomed"]),
    (ru, "Государства-члены отметили рост речных перевозок. Государства-члены подчеркнули важность новой линии, "
         "и приветствовали открытие причала.", ["отметили", "подчеркнули", "приветствовали"]),
    (ru, "Министры отметили рост речных перевозок, а также приветствовали открытие причала.", ["отметили", "приветствовали"]),
])
def test_further_stances_of_the_speaker(module, text: str, stances: list[str]) -> None:
    assert _note(module, text)[3] == stances


def test_a_participle_after_a_comma_is_no_stance() -> None:
    assert _note(en, "The ministers stressed the value of the Ferry Programme, adopted on 3 May 2040 in Osh.")[3] \
        == ["stressed"]
    assert _note(en, "The ministers stressed the value of the Ferry Programme, approved by the Council.")[3] \
        == ["stressed"]
    # a further verb with its object is one
    assert _note(en, "The ministers stressed the value of ferries, approved the Ferry Programme.")[3] \
        == ["stressed", "approved"]


def test_zh_subset_speakers_and_a_second_verb_after_zhichu() -> None:
    def note(text: str) -> tuple[object, ...]:
        r = annotate_zh(Paragraph(4, text, 0, len(text), "body"), MEMBERS)
        return r["speaker"], r["endorsing_states"], r["all_members_endorse"], r["stances"]

    assert note("有关成员国支持建立种子库。") == ("有关成员国", [], False, ["支持"])
    assert note("相关成员国欢迎举办渡轮论坛。") == ("相关成员国", [], False, ["欢迎"])
    assert note("成员国指出，渡轮运输不断增长，并欢迎开通新航线。") == ("成员国", MEMBERS, True, ["指出", "欢迎"])


_EN_FRAME = ("Joint Communiqué of the Meeting of the Council of Heads of Government of the SCO Member States\n\n"
             "The meeting of the Council of Heads of Government of the SCO Member States was held in Osh on "
             "3 May 2040.\n\n{}\n\nThe next meeting will be held in 2041.")


def test_a_subset_speaker_in_a_whole_text() -> None:
    language, _, seg = framed(_EN_FRAME, "Delegations of the interested Member States supported a ferry forum.")
    notes, _ = language.extract("d", seg.paragraphs, "2040-05-03")
    assert [(n["speaker"], n["all_members_endorse"], n["stances"]) for n in notes] == [
        (None, None, []), ("Delegations of the interested Member States", False, ["supported"]), (None, True, [])]


def test_an_initiatives_stance_is_the_verb_not_its_object() -> None:
    from scodata.lang.initiatives import extract_initiatives

    def stance(module, text: str) -> list[object]:
        rows = extract_initiatives("d", [Paragraph(4, text, 0, len(text), "body")], module.RULES.tag, module.WORDS)
        return [r["stance"] for r in rows]

    # the noun after the verb ("expressed support", "reaffirmed their support") is its object
    assert stance(en, 'The ministers expressed support to the "Green Ferry" initiative proposed by the Kyrgyz Republic.') \
        == ["expressed"]
    assert stance(en, 'The ministers reaffirmed their support for the "Green Ferry" initiative proposed by the Kyrgyz '
                      "Republic.") == ["reaffirmed"]
    assert stance(en, 'The ministers support the "Green Ferry" initiative proposed by the Kyrgyz Republic.') == ["support"]


def test_russian_initiatives_with_the_proposer_before_the_name() -> None:
    from scodata.lang.initiatives import extract_initiatives

    def rows(text: str) -> list[tuple]:
        found = extract_initiatives("d", [Paragraph(4, text, 0, len(text), "body")], "ru", ru.WORDS)
        return [(r["form"], r["proposer"], r["state_code"], r["subject"], r["stance"], text[r["start"]:r["end"]][:5])
                for r in found]

    # the proposer in the genitive between the noun and the quoted name
    assert rows("Стороны поддержали инициативу Кыргызской Республики «Зелёный паром».") == [
        ("proposed_by", "Кыргызской Республики", "KGZ", "Зелёный паром", "поддержали", "иници")]
    # a participle opening before «по инициативе», its noun after the proposer (no proposal «по цифровой …»)
    assert rows("Министры приветствовали прошедший 3 мая 2040 года в Оше по инициативе Кыргызской стороны Форум ШОС "
                "по речному судоходству.") == [
        ("at_the_initiative_of", "Кыргызской стороны", "KGZ", "Форум ШОС по речному судоходству", "приветствовали", "по ин")]
    # the noun before the initiative, as before
    assert [r[3] for r in rows("Министры приветствовали Форум ШОС по речному судоходству, проведенный по инициативе "
                               "Кыргызской стороны.")] == ["Форум ШОС по речному судоходству"]


def test_a_role_given_in_the_capacity_of_after_an_entry() -> None:
    # the marker after the entry overrides the guest lead carried over the list (Turkey a dialogue partner that day)
    body = ("As guests of the presiding party also took part the Prime Minister of Turkmenistan C. Orazov and the Deputy "
            "Prime Minister of the Republic of Turkey D. Kaya in the capacity of a dialogue partner.")
    language, _, seg = framed(_EN_FRAME, body)
    paragraphs = [p if p.seq > 2 else dataclasses.replace(p, section="preamble") for p in seg.paragraphs]
    _, tables = language.extract("d", paragraphs, "2040-05-03")
    assert [(r["name"], r["role"]) for r in tables["participants"]] == [("C. Orazov", "guest"), ("D. Kaya", "dialogue_partner")]
