"""A first-person declaration preamble ("Мы, главы государств – членов ШОС – …, – собравшись … под председательством
…, в присутствии глав государств – наблюдателей …, а также …, приглашенного в качестве гостя …,"): the list before the
chair phrase, the chair named again in the genitive (one record, flagged), the observers after «в присутствии» in the
genitive, and a guest marker closing only the last entry. The clause ending in a comma is a paragraph of its own.
Invented names and wording."""

from __future__ import annotations

from tests.lang.framing import extracted, segmented

_TEXT = (
    "Заявление глав государств – членов Шанхайской организации сотрудничества о сотрудничестве в области спорта\n\n"
    "Мы, главы государств – членов Шанхайской организации сотрудничества – Президент Республики Казахстан А.Б.Оспанов, "
    "Председатель Китайской Народной Республики Лю Вэймин, Президент Кыргызской Республики К.Т.Усенов, Президент "
    "Российской Федерации П.П.Орлов, Президент Республики Таджикистан Д.С.Саидов и Президент Республики Узбекистан "
    "Р.Р.Каримджанов, – собравшись 3 июня 2016 года в Ташкенте на заседание Совета глав государств – членов ШОС под "
    "председательством Президента Республики Узбекистан Р.Р.Каримджанова, в присутствии глав государств – "
    "наблюдателей при ШОС Президента Республики Беларусь С.С.Гордеева и Президента Монголии Б.Дашдоржа, а также "
    "Президента Туркменистана О.О.Ораздурдыева, приглашенного в качестве гостя председательствующей стороны,\n\n"
    "придавая большое значение развитию массового спорта, заявляем следующее:\n\n"
    "Государства – члены ШОС поддерживают проведение совместных соревнований молодежи.\n\n"
    "Следующее заседание состоится в 2017 году."
)


def _rows() -> list[tuple]:
    _, tables = extracted(_TEXT, "2016-06-03")
    return [(r["state_code"], r["role"], r["title"], r["name"], r["is_chair"]) for r in tables["participants"]]


def test_comma_clause_is_a_paragraph_of_its_own() -> None:
    paragraphs = segmented(_TEXT)[1].paragraphs
    assert paragraphs[0].text.startswith("Мы, главы") and paragraphs[0].text.endswith("стороны,")
    assert paragraphs[1].text.startswith("придавая")


def test_list_chair_observers_and_guest() -> None:
    assert _rows() == [
        ("KAZ", "member_state", "Президент", "А.Б.Оспанов", False),
        ("CHN", "member_state", "Председатель", "Лю Вэймин", False),
        ("KGZ", "member_state", "Президент", "К.Т.Усенов", False),
        ("RUS", "member_state", "Президент", "П.П.Орлов", False),
        ("TJK", "member_state", "Президент", "Д.С.Саидов", False),
        ("UZB", "member_state", "Президент", "Р.Р.Каримджанов", True),
        ("BLR", "observer_state", "Президента", "С.С.Гордеева", False),
        ("MNG", "observer_state", "Президента", "Б.Дашдоржа", False),
        ("TKM", "guest", "Президента", "О.О.Ораздурдыева", False),
    ]
