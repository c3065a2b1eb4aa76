"""English (and Russian) offices holding commas and "and" ("Minister of Water, Forests and Protection of Wildlife A.B. Name",
"Deputy Minister of Trade and Industrial Policy of …, A.B. Name"): the whole office is the title and the name is the
person's at the end, in delegation lines ("<state>: <office> <name>;"), in a ';'-separated sentence and after the
state («от <state> – Министр экономики и финансов <name>»). Invented names and wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import extracted


def _rows(text: str, date: str) -> list[tuple[object, ...]]:
    return [(r["state_code"], r["role"], r["title"], r["name"])
            for r in extracted(text, date)[1]["participants"]]


def test_delegation_lines_with_commas_in_the_office() -> None:
    text = ("Joint Communiqué of the Meeting of Ministers of Water Resources of the SCO Member States\n\n"
            "The meeting of Ministers of Water Resources of the Member States of the SCO was held in Osh on 3 March "
            "2021.\n\n"
            "The following heads of delegations took part:\n"
            "Republic of Kazakhstan: Minister of Water, Forests and Protection of Wildlife E.K. Saparov;\n"
            "Kyrgyz Republic: Minister of Water Resources T.B. Osmonov;\n"
            "Russian Federation: Minister of Natural Resources, Ecology and Rational Use of Rivers V.G. Sidorenko.\n\n"
            "The Parties noted the importance of the rational use of water resources.")
    assert _rows(text, "2021-03-03") == [
        ("KAZ", "member_state", "Minister of Water, Forests and Protection of Wildlife", "E.K. Saparov"),
        ("KGZ", "member_state", "Minister of Water Resources", "T.B. Osmonov"),
        ("RUS", "member_state", "Minister of Natural Resources, Ecology and Rational Use of Rivers", "V.G. Sidorenko"),
    ]


def test_and_inside_an_office_before_the_state() -> None:
    text = ("Joint Communiqué of the Meeting of Ministers of Trade of the SCO Member States\n\n"
            "The meeting of Ministers of Trade of the Member States of the SCO was held in Osh on 3 March 2021.\n\n"
            "Representatives of the observer states also attended: the Deputy Minister of Trade and Industrial Policy "
            "of Mongolia, B. Dorj; and the Vice-Minister of Commerce and Consumer Protection of the Islamic Republic of "
            "Iran, M. Karimi.\n\n"
            "The Parties noted the growth of trade among the Member States.")
    assert _rows(text, "2021-03-03") == [
        ("MNG", "observer_state", "Deputy Minister of Trade and Industrial Policy", "B. Dorj"),
        ("IRN", "observer_state", "Vice-Minister of Commerce and Consumer Protection", "M. Karimi"),
    ]


def test_russian_office_with_commas_before_the_state() -> None:
    text = ("Совместное коммюнике совещания министров водного хозяйства государств – членов ШОС\n\n"
            "3 марта 2021 года в Оше состоялось совещание министров водного хозяйства государств – членов Шанхайской "
            "организации сотрудничества.\n\n"
            "В совещании приняли участие:\n"
            "Министр водных ресурсов, лесного хозяйства и охраны природы Республики Казахстан Е.К.Сапаров;\n"
            "Министр природных ресурсов, экологии и рационального использования рек Российской Федерации "
            "В.Г.Сидоренко.\n\n"
            "Министры отметили важность рационального использования водных ресурсов.")
    assert _rows(text, "2021-03-03") == [
        ("KAZ", "member_state", "Министр водных ресурсов, лесного хозяйства и охраны природы", "Е.К.Сапаров"),
        ("RUS", "member_state", "Министр природных ресурсов, экологии и рационального использования рек", "В.Г.Сидоренко"),
    ]


_RU_AGRICULTURE = ("Коммюнике совещания министров сельского хозяйства государств – членов ШОС\n\n"
                   "Совещание министров сельского хозяйства государств – членов Шанхайской организации сотрудничества "
                   "состоялось 7 июня 2032 года в Душанбе.\n\nВ совещании приняли участие {}.\n\n"
                   "Министры отметили рост урожайности зерновых.")


@pytest.mark.parametrize(("attendance", "expected"), [
    # «от <state> – <office> <name>»: the office words after "и" (экономики и |финансов) go on with the office
    ("делегации, которые возглавляли: от Республики Казахстан – Министр экономики и финансов Д.К.Омаров; от "
     "Российской Федерации – Министр транспорта и энергетики П.С.Орлов",
     [("KAZ", "Министр экономики и финансов", "Д.К.Омаров"), ("RUS", "Министр транспорта и энергетики", "П.С.Орлов")]),
    # "и" after a state that closes an entry still opens the next one
    ("Министр экономики Республики Казахстан Д.К.Омаров и Министр транспорта Кыргызской Республики Н.Т.Бекова",
     [("KAZ", "Министр экономики", "Д.К.Омаров"), ("KGZ", "Министр транспорта", "Н.Т.Бекова")]),
])
def test_russian_and_inside_an_office_after_the_state(attendance: str, expected: list[tuple[str, str, str]]) -> None:
    rows = _rows(_RU_AGRICULTURE.format(attendance), "2032-06-07")
    assert [(code, title, name) for code, _, title, name in rows] == expected



_REPORT = ("Information Report on the Meeting of Ministers of Gardens of the SCO Member States\n\n"
           "The meeting of Ministers of Gardens of the Member States of the SCO took place in Osh on 3 March 2024.\n\n"
           "{}\n\nThe Ministers noted the importance of green cities.")


@pytest.mark.parametrize(("body", "expected"), [
    # names written in full after a ministry's fields: a field of two words after "and", a field closing the
    # ministry's name without "and" ("Agriculture Jihad"), a field list whose comma and "and" open no new entry
    ("Heads of delegations:\n"
     "– Republic of India: Secretary of the Department of Sport and Youth Welfare Arjun Mehra;\n"
     "– Islamic Republic of Iran: Deputy Minister of Agriculture Jihad Reza Karimi;\n"
     "– Republic of Kazakhstan: Acting Minister of Water Resources, Gardens and Light Industry Asel Nurova;\n"
     "– Russian Federation: Deputy Minister of Agriculture and Food Oleg Pankov.",
     [("IND", "member_state", "Secretary of the Department of Sport and Youth Welfare", "Arjun Mehra"),
      ("IRN", "member_state", "Deputy Minister of Agriculture Jihad", "Reza Karimi"),
      ("KAZ", "member_state", "Acting Minister of Water Resources, Gardens and Light Industry", "Asel Nurova"),
      ("RUS", "member_state", "Deputy Minister of Agriculture and Food", "Oleg Pankov")]),
    # a piece after a comma holding an office word of its own (Minister, Secretary) is the next entry
    ("The meeting was attended by Minister of Agriculture of the Republic of Kazakhstan Asel Nurova, Deputy "
     "Minister of Water Resources of the Kyrgyz Republic Talant Omurov.",
     [("KAZ", "member_state", "Minister of Agriculture", "Asel Nurova"),
      ("KGZ", "member_state", "Deputy Minister of Water Resources", "Talant Omurov")]),
])
def test_fields_of_an_office_before_a_full_name(body: str, expected: list[tuple[str, str, str, str]]) -> None:
    """The fields are the title's (however many words, commas and "and"), the person's name is the rest."""
    assert _rows(_REPORT.format(body), "2024-03-03") == expected


def test_a_line_of_a_body_after_a_list_sentence_goes_on_with_the_list() -> None:
    """A line "<body>: <office> <name>." after list lines ending with a full stop is one more entry of the list
    (its role from the body), though no attendance verb or role heading stands in its sentence."""
    body = ("Heads of delegations:\n– Republic of Kazakhstan: Minister of Gardens Asel Nurova;\n"
            "– Russian Federation: Deputy Minister of Gardens Oleg Pankov.\n"
            "SCO Secretariat: Deputy Secretary-General Omar Idris.")
    found = extracted(_REPORT.format(body), "2024-03-03")[1]["participants"]
    assert len(found) == 3
    assert {k: found[-1][k] for k in ("organisation", "organisation_id", "role", "title", "name")} == {
        "organisation": "SCO Secretariat", "organisation_id": "SCO-SEC", "role": "sco_body",
        "title": "Deputy Secretary-General", "name": "Omar Idris"}
