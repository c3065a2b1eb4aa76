"""A meeting of the council (board, commission) of an SCO body — «заседание Совета … ШОС», "meeting of the Council of
the … of the SCO" — is council "other" with that body as issuer; a named council is still read first. Invented
titles and wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import segmented

_EN_BODY = ("The meeting was held in Osh on 3 March 2021.\n\n"
            "The Parties noted the steady growth of cooperation among the Member States and stressed the importance of "
            "new joint projects in the region.")
_RU_BODY = ("3 марта 2021 года в Оше состоялось заседание.\n\n"
            "Стороны отметили устойчивый рост сотрудничества между государствами-членами и подчеркнули важность "
            "новых совместных проектов в регионе.")


@pytest.mark.parametrize(("title", "body", "council"), [
    ("Информационное сообщение о пятом заседании Совета Горного центра Шанхайской организации сотрудничества",
     _RU_BODY, "other"),
    ("Информационное сообщение о заседании Правления Фонда развития ШОС", _RU_BODY, "other"),
    ("Press Release on the Meeting of the Council of the Mountain Research Centre of the SCO", _EN_BODY, "other"),
    ("Информационное сообщение о заседании Совета министров иностранных дел государств – членов ШОС", _RU_BODY,
     "foreign_ministers"),
])
def test_council_of_an_sco_body_is_other(title: str, body: str, council: str) -> None:
    language, segments = segmented(title + "\n\n" + body)
    info = language.describe(segments, None, None, (None, None))
    assert info.council == council
    if council == "other":
        assert info.issuing_body
        assert info.doc_id("0" * 64).startswith("sco-2021-03-03-")
