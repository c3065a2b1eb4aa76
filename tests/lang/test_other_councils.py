"""A meeting of officials of the member states outside the seven named councils (ministers of water resources,
prosecutors general, heads of border services) is council "other" (the documents schema: 'other for any other SCO
body'), its doc_id without a council code; so is a meeting of the council (board, commission) of an SCO body
(«заседание Совета … ШОС», "meeting of the Council of the … of the SCO"), that body its issuer; a named council is
unchanged and read first. Invented titles and wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import segmented

_EN_BODY = ("The meeting was held in Osh on 3 March 2021.\n\n"
            "The Parties noted the steady growth of cooperation among the Member States and stressed the importance of "
            "new joint projects in the region.")
_RU_BODY = ("3 марта 2021 года в Оше состоялась встреча.\n\n"
            "Стороны отметили устойчивый рост сотрудничества между государствами-членами и подчеркнули важность "
            "новых совместных проектов в регионе.")
_RU_SESSION_BODY = ("3 марта 2021 года в Оше состоялось заседание.\n\n"
                    "Стороны отметили устойчивый рост сотрудничества между государствами-членами и подчеркнули важность "
                    "новых совместных проектов в регионе.")


@pytest.mark.parametrize(("title", "body", "council"), [
    ("Joint Communiqué of the Second Meeting of Ministers of Water Resources of the SCO Member States", _EN_BODY, "other"),
    ("Joint Statement of the Meeting of Heads of Border Services of the Member States of the Shanghai Cooperation "
     "Organisation in Charge of Migration Control", _EN_BODY, "other"),
    ("Совместное коммюнике по итогам второго совещания министров водного хозяйства государств – членов ШОС", _RU_BODY,
     "other"),
    ("Информационное сообщение о встрече генеральных прокуроров государств – членов Шанхайской организации "
     "сотрудничества", _RU_BODY, "other"),
    ("Joint Communiqué of the Meeting of Transport Ministers of the SCO Member States", _EN_BODY, "transport_ministers"),
    ("Совместное коммюнике совещания министров обороны государств – членов ШОС", _RU_BODY, "defence_ministers"),
])
def test_meeting_of_other_officials_is_council_other(title: str, body: str, council: str) -> None:
    language, segments = segmented(title + "\n\n" + body)
    info = language.describe(segments, None, None, (None, None))
    assert info.council == council
    if council == "other":
        assert info.issuing_body
        assert info.doc_id("0" * 64).startswith("sco-2021-03-03-")


def test_meeting_named_only_in_the_lead() -> None:
    text = ("Joint Statement\n\nThe meeting of the heads of customs services of the Member States of the SCO was held in "
            "Osh on 3 March 2021.\n\n" + _EN_BODY.split("\n\n", 1)[1])
    language, segments = segmented(text)
    assert language.describe(segments, None, None, (None, None)).council == "other"


def test_no_meeting_of_officials_leaves_the_council_unknown() -> None:
    text = ("Joint Statement on Water\n\nThe SCO talks were held in Osh on 3 March 2021.\n\n" + _EN_BODY.split("\n\n", 1)[1])
    language, segments = segmented(text)
    assert language.describe(segments, None, None, (None, None)).council is None


@pytest.mark.parametrize(("title", "body", "council"), [
    ("Информационное сообщение о пятом заседании Совета Горного центра Шанхайской организации сотрудничества",
     _RU_SESSION_BODY, "other"),
    ("Информационное сообщение о заседании Правления Фонда развития ШОС", _RU_SESSION_BODY, "other"),
    ("Press Release on the Meeting of the Council of the Mountain Research Centre of the SCO", _EN_BODY, "other"),
    ("Информационное сообщение о заседании Совета министров иностранных дел государств – членов ШОС", _RU_SESSION_BODY,
     "foreign_ministers"),
])
def test_council_of_an_sco_body_is_other(title: str, body: str, council: str) -> None:
    language, segments = segmented(title + "\n\n" + body)
    info = language.describe(segments, None, None, (None, None))
    assert info.council == council
    if council == "other":
        assert info.issuing_body
        assert info.doc_id("0" * 64).startswith("sco-2021-03-03-")
