"""Russian participants: the chair named only in the genitive after «под председательством», a participle phrase
about a participant between two entries, and the Board (Коллегия) of an organisation as part of the office, as in
English. Each class on a text of its own wording (not the fixtures' sentences or names)."""

from __future__ import annotations

import pytest

from tests.lang.framing import framed

_RU_FRAME = ("Информационное сообщение\n\n{}\n\nГлавы государств приветствовали итоги встречи и отметили важность "
             "торгового сотрудничества.\n\nСледующее заседание состоится в 2041 году.")
_EN_FRAME = ("Joint Communiqué of the Meeting of the Council of Heads of Government of the SCO Member States\n\n"
             "{}\n\nThe Heads of Government welcomed the results of the talks and stressed the importance of trade."
             "\n\nThe next meeting will be held in 2041.")


def _participants(frame: str, attendance: str) -> list[dict]:
    language, cleaned, seg = framed(frame, attendance)
    info = language.describe(seg, None, None, (cleaned.wire_dateline, cleaned.wire_agency))
    _, tables = language.extract("d", seg.paragraphs, info.meeting_date)
    return tables["participants"]


def _rows(frame: str, attendance: str) -> list[tuple]:
    return [(r["state_code"], r["title"], r["name"], r["is_chair"]) for r in _participants(frame, attendance)]


@pytest.mark.parametrize(("attendance", "expected"), [
    # the verb of the clause ends the chair phrase: the name is read, kept as written (genitive), hyphenated initials
    ("9 июня 2041 года в Самарканде под председательством Президента Республики Узбекистан А.-Б.Х.Нуралиева "
     "состоялось заседание Совета глав государств – членов ШОС.",
     [("UZB", "Президента", "А.-Б.Х.Нуралиева", True)]),
    # the same with «прошло» and plain initials, the office of several words
    ("9 июня 2041 года под председательством Министра иностранных дел Республики Таджикистан Ф.Саидовой прошло "
     "заседание Совета министров иностранных дел государств – членов ШОС.",
     [("TJK", "Министра иностранных дел", "Ф.Саидовой", True)]),
    # a name glued to its initials directly before a lower-case clause with any verb
    ("9 июня 2041 года в Бишкеке под председательством Премьер-министра Кыргызской Республики Т.-А.Б.Осмонова "
     "завершилось заседание Совета глав правительств государств – членов ШОС.",
     [("KGZ", "Премьер-министра", "Т.-А.Б.Осмонова", True)]),
    # the phrase opening the sentence
    ("Под председательством Президента Республики Узбекистан А.Х.Нуралиева 9 июня 2041 года в Самарканде состоялось "
     "заседание Совета глав государств – членов ШОС.",
     [("UZB", "Президента", "А.Х.Нуралиева", True)]),
])
def test_chair_in_the_genitive_with_a_name(attendance: str, expected: list[tuple]) -> None:
    assert _rows(_RU_FRAME, attendance) == expected


@pytest.mark.parametrize(("attendance", "expected"), [
    # an active participle phrase about the person before: no part of the next entry's title
    ("9 июня 2041 года в Самарканде состоялось заседание Совета глав государств – членов ШОС. В заседании "
     "участвовали Президент Республики Беларусь В.Н.Котов, впервые принимавший участие во встрече в качестве главы "
     "государства – члена Организации, Президент Республики Казахстан Е.-М.К.Ахметов и Президент Российской "
     "Федерации С.И.Панов.",
     [("BLR", "Президент", "В.Н.Котов", False), ("KAZ", "Президент", "Е.-М.К.Ахметов", False),
      ("RUS", "Президент", "С.И.Панов", False)]),
    # the phrase after the last entry but one, before «и»
    ("9 июня 2041 года в Самарканде состоялось заседание Совета глав государств – членов ШОС. В заседании "
     "участвовали Президент Республики Беларусь В.Н.Котов, вновь вступивший в должность и впервые прибывший на встречу, и Президент "
     "Республики Казахстан Е.М.Ахметов.",
     [("BLR", "Президент", "В.Н.Котов", False), ("KAZ", "Президент", "Е.М.Ахметов", False)]),
    # «исполняющий обязанности» is an office (acting), not an aside
    ("9 июня 2041 года в Самарканде состоялось заседание Совета глав государств – членов ШОС. В заседании "
     "участвовали Президент Республики Беларусь В.Н.Котов, исполняющий обязанности Президента Республики Казахстан "
     "Е.М.Ахметов.",
     [("BLR", "Президент", "В.Н.Котов", False),
      ("KAZ", "исполняющий обязанности Президента", "Е.М.Ахметов", False)]),
])
def test_participle_aside_is_no_title(attendance: str, expected: list[tuple]) -> None:
    assert _rows(_RU_FRAME, attendance) == expected


def test_board_is_part_of_the_office_in_russian_and_english() -> None:
    """«Председатель Коллегии <организации>» = "Chairman of the Board of <organisation>": the Board stays in the title,
    the organisation is the body's (same organisation_id); an Executive Committee still goes with its body."""
    ru = _participants(_RU_FRAME, "9 июня 2041 года в Самарканде состоялось заседание Совета глав государств – членов "
                                  "ШОС. В заседании также приняли участие Председатель Коллегии Евразийской "
                                  "экономической комиссии Р.Т.Жаксылыков и Председатель Исполнительного комитета СНГ "
                                  "О.П.Березин.")
    en = _participants(_EN_FRAME, "The meeting was also attended by Chairman of the Board of the Eurasian Economic "
                                  "Commission R. Zhaksylykov and Chairman of the CIS Executive Committee O. Berezin.")
    assert [(r["organisation_id"], r["organisation"], r["title"], r["name"]) for r in ru] == [
        ("EEC", "Евразийской экономической комиссии", "Председатель Коллегии", "Р.Т.Жаксылыков"),
        ("CIS", "Исполнительного комитета СНГ", "Председатель", "О.П.Березин")]
    assert [(r["organisation_id"], r["organisation"], r["title"], r["name"]) for r in en] == [
        ("EEC", "Eurasian Economic Commission", "Chairman of the Board", "R. Zhaksylykov"),
        ("CIS", "CIS Executive Committee", "Chairman", "O. Berezin")]
