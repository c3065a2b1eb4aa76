"""Run-on lists of "<name>, <office> of <state>" entries in Russian and English: each entry runs up to the next
person's name, so an office holding commas and «и»/"and" stays whole; in Russian word order the state may stand inside
the office («Министр <государства> по делам …»: the title keeps it); and a Russian entry of an office in a body that
is not in the gazetteer («Директор Центра по … <name>») is that body's, as written, without an id. Invented names
and wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import extracted

_RU = ("Информационное сообщение по итогам совещания руководителей ведомств государств – членов ШОС по охране лесов\n\n"
       "12 мая 2024 года в Бишкеке состоялось совещание руководителей ведомств государств – членов Шанхайской "
       "организации сотрудничества по охране лесов.\n\n{}\n\n"
       "Участники совещания отметили рост числа лесных пожаров в регионе.")
_EN = ("Information Report on the Meeting of Heads of Forestry Agencies of the SCO Member States\n\n"
       "The meeting of Heads of Forestry Agencies of the SCO Member States took place in Bishkek on 12 May 2024.\n\n"
       "{}\n\nThe Parties noted the growing number of forest fires in the region.")


def _rows(frame: str, body: str) -> list[tuple[object, ...]]:
    return [(r["state_code"], r["organisation"], r["organisation_id"], r["role"], r["title"], r["name"])
            for r in extracted(frame.format(body), "2024-05-12")[1]["participants"]]


@pytest.mark.parametrize(("frame", "body", "expected"), [
    (_RU, "В совещании участвовали Д.К.Осмонов, Председатель Комитета по лесам, охране природы и туризму при "
          "Правительстве Кыргызской Республики, Н.П.Громов, Министр Российской Федерации по делам лесного хозяйства, "
          "охраны лесов и лесовосстановления, и А.А.Юсупов, заместитель Министра по лесам Республики Узбекистан.",
     [("KGZ", None, None, "member_state",
       "Председатель Комитета по лесам, охране природы и туризму при Правительстве", "Д.К.Осмонов"),
      ("RUS", None, None, "member_state",
       "Министр Российской Федерации по делам лесного хозяйства, охраны лесов и лесовосстановления", "Н.П.Громов"),
      ("UZB", None, None, "member_state", "заместитель Министра по лесам", "А.А.Юсупов")]),
    (_EN, "Taking part were Talant Omurov, Chairman of the Committee on Forests, Parks and Tourism of the Kyrgyz "
          "Republic, Oleg Pankov, Deputy Minister of Natural Resources and Ecology of the Russian Federation, and "
          "A. Amir Yusupov, Minister of Forests of the Republic of Uzbekistan.",
     [("KGZ", None, None, "member_state", "Chairman of the Committee on Forests, Parks and Tourism", "Talant Omurov"),
      ("RUS", None, None, "member_state", "Deputy Minister of Natural Resources and Ecology", "Oleg Pankov"),
      ("UZB", None, None, "member_state", "Minister of Forests", "A. Amir Yusupov")]),
])
def test_name_first_run_on_entries_keep_whole_offices(frame: str, body: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(frame, body) == expected


def test_an_office_in_a_body_not_in_the_gazetteer() -> None:
    body = ("По приглашению председательствующей стороны в совещании участвовал Директор Регионального центра по "
            "мониторингу лесных пожаров М.К.Садыков.")
    assert _rows(_RU, body) == [(None, "Регионального центра по мониторингу лесных пожаров", None,
                                 "international_organisation", "Директор", "М.К.Садыков")]
