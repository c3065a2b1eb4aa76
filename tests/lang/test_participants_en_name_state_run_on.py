"""English and Russian participants written as one run-on sentence of "<name> (<short state>), <office>" entries:
each office is its own person's (commas and "and" inside an office stay), a ", who chaired the meeting" clause
(«, председательствовавший на встрече») flags its entry as the chair, a role marker clause opens the next run, and
entries after the run opening with an organisation are read as usual. Own wording."""

from __future__ import annotations

from tests.lang.framing import extracted

TEXT = ("Report on the Fourth Meeting of Heads of Emergency Agencies of the SCO Member States\n\n"
        "The fourth Meeting of Heads of Emergency Agencies was held in Tashkent on 9 March 2013.\n\n"
        "Attending the meeting were T. Rakhimov (Uzbekistan), Minister of Emergency Situations, who chaired the "
        "meeting, Zhou Ping (China), Deputy Minister of Emergency Management, R. Sadykov (Kazakhstan), Minister of "
        "Emergency Situations, and Pavel Orlov (Russia), Deputy Minister for Civil Defence and Disaster Relief.\n\n"
        "Also present as observers were B. Tsend (Mongolia), Head of the National Emergency Management Agency, and "
        "R. Karimi (Iran), Deputy Head of the Red Crescent Society, as well as SCO Secretary-General Adil Nurov.\n\n"
        "The Heads of Agencies welcomed the joint exercise and stressed the need for early warning.")


def _people() -> list[tuple[object, ...]]:
    _, tables = extracted(TEXT, "2013-03-09")
    return [(r["state_code"] or r["organisation_id"], r["name"], r["title"], r["role"], r["is_chair"])
            for r in tables["participants"]]


def test_each_office_is_its_own_persons_and_the_chair_is_flagged() -> None:
    assert _people() == [
        ("UZB", "T. Rakhimov", "Minister of Emergency Situations", "member_state", True),
        ("CHN", "Zhou Ping", "Deputy Minister of Emergency Management", "member_state", False),
        ("KAZ", "R. Sadykov", "Minister of Emergency Situations", "member_state", False),
        ("RUS", "Pavel Orlov", "Deputy Minister for Civil Defence and Disaster Relief", "member_state", False),
        ("MNG", "B. Tsend", "Head of the National Emergency Management Agency", "observer_state", False),
        ("IRN", "R. Karimi", "Deputy Head of the Red Crescent Society", "observer_state", False),
        ("SCO-SEC", "Adil Nurov", "Secretary-General", "sco_body", False),
    ]


RU_TEXT = ("Информационное сообщение о встрече руководителей ведомств по чрезвычайным ситуациям государств – членов ШОС\n\n"
           "9 марта 2013 года в Ташкенте состоялась встреча руководителей ведомств по чрезвычайным ситуациям.\n\n"
           "Во встрече приняли участие Т.Рахимов (Узбекистан), Министр по чрезвычайным ситуациям, "
           "председательствовавший на встрече, Чжоу Пин (Китай), заместитель министра по управлению в чрезвычайных "
           "ситуациях, и П.Орлов (Россия), заместитель Министра по делам гражданской обороны.\n\n"
           "Министры приветствовали совместные учения.")


def test_a_russian_run_on_list_and_its_participle_chair_clause() -> None:
    _, tables = extracted(RU_TEXT, "2013-03-09")
    assert [(r["state_code"], r["name"], r["title"], r["is_chair"]) for r in tables["participants"]] == [
        ("UZB", "Т.Рахимов", "Министр по чрезвычайным ситуациям", True),
        ("CHN", "Чжоу Пин", "заместитель министра по управлению в чрезвычайных ситуациях", False),
        ("RUS", "П.Орлов", "заместитель Министра по делам гражданской обороны", False),
    ]
