"""Participant entries: an office ending in a list of fields before a full name without initials ("Minister of Culture
and Sport Farrukh Nazarov": the last field is the office's, not the name's); "Mr. Name (office, body)" entries of
organisations (office before the bracket's comma, the body as written after it); «глава делегации <state> – <office>
<name>» («глава делегации» is no title). Invented names and wording."""

from __future__ import annotations

from tests.lang.framing import extracted


def _rows(text: str, date: str) -> list[tuple[object, ...]]:
    return [(r["state_code"] or r["organisation_id"], r["organisation"], r["title"], r["name"])
            for r in extracted(text, date)[1]["participants"]]


def test_office_ending_in_a_field_list_before_a_full_name() -> None:
    text = ("Information Report on the Meeting of Ministers of Culture of the SCO Member States\n\n"
            "The meeting of ministers of culture was held in Dushanbe on 14 April 2022.\n\n"
            "The meeting was chaired by Minister of Culture and Sport of the Republic of Tajikistan Farrukh Nazarov.\n\n"
            "The delegation of the Republic of Kazakhstan was headed by Vice Minister of Culture and Information "
            "Aidos Temirbekov.\n\n"
            "The delegation of the Kyrgyz Republic was headed by Deputy Minister of Culture, Tourism and Youth "
            "Nurlan Abdykadyrov.\n\n"
            "The delegation of the Russian Federation was headed by Deputy Minister of Culture and Heritage "
            "A.V. Orlov.\n\n"
            "The Ministers noted the importance of cultural exchanges.")
    rows = _rows(text, "2022-04-14")
    assert ("KAZ", None, "Vice Minister of Culture and Information", "Aidos Temirbekov") in rows
    assert ("KGZ", None, "Deputy Minister of Culture, Tourism and Youth", "Nurlan Abdykadyrov") in rows
    assert ("RUS", None, "Deputy Minister of Culture and Heritage", "A.V. Orlov") in rows


def test_name_then_office_and_body_in_brackets() -> None:
    text = ("Communiqué of the Meeting of the Council of Heads of Government of the SCO Member States\n\n"
            "The meeting was held in Bishkek on 2 November 2006.\n\n"
            "The meeting was attended by Mr. Ivan Dorov (Prime Minister, Russian Federation); Mr. Asan Beko (Prime Minister, Kyrgyz "
            "Republic).\n\n"
            "Mr. Lin Haotian (Secretary-General, SCO) and Mr. Oleg Varenko (Director, Executive Committee of the SCO "
            "Regional Anti-Terrorist Structure) were also present at the meeting.\n\n"
            "The Heads of Government discussed trade.")
    rows = _rows(text, "2006-11-02")
    assert ("SCO-SEC", "SCO", "Secretary-General", "Lin Haotian") in rows
    assert ("SCO-RATS", "Executive Committee of the SCO Regional Anti-Terrorist Structure", "Director",
            "Oleg Varenko") in rows
    assert ("RUS", None, "Prime Minister", "Ivan Dorov") in rows


def test_head_of_delegation_before_the_dash_is_no_title() -> None:
    text = ("Информационное сообщение о заседании Совета глав государств – членов ШОС\n\n"
            "12 июня 2016 года в Ташкенте состоялось заседание Совета глав государств – членов ШОС.\n\n"
            "Во встрече приняли участие: глава делегации Республики Казахстан – Премьер-министр К.А.Масимов; глава "
            "делегации Российской Федерации – Президент В.В.Путин; глава делегации Республики Таджикистан – Президент "
            "Э.Ш.Рахмон.\n\n"
            "Главы государств обсудили вопросы сотрудничества.")
    rows = _rows(text, "2016-06-12")
    assert ("KAZ", None, "Премьер-министр", "К.А.Масимов") in rows
    assert ("RUS", None, "Президент", "В.В.Путин") in rows
    assert ("TJK", None, "Президент", "Э.Ш.Рахмон") in rows
