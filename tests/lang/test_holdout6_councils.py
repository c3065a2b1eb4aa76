"""Councils of the ministers' meetings in English and Russian titles (the documents schema's defence_ministers,
security_council_secretaries, trade_ministers and transport_ministers, coded dm, scs, etm and tm in doc_id).
Invented titles and wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import segmented


@pytest.mark.parametrize(("title", "council", "code"), [
    ("Joint Communiqué of the Meeting of Defence Ministers of the SCO Member States", "defence_ministers", "dm"),
    ("Joint Communiqué of the Meeting of Ministers of Defence of the SCO Member States", "defence_ministers", "dm"),
    ("Press Release of the Meeting of Secretaries of Security Councils of the SCO Member States",
     "security_council_secretaries", "scs"),
    ("Joint Communiqué of the Meeting of Ministers Responsible for Foreign Economic and Foreign Trade Activities of the "
     "SCO Member States", "trade_ministers", "etm"),
    ("Joint Communiqué of the Meeting of Transport Ministers of the SCO Member States", "transport_ministers", "tm"),
    ("Совместное коммюнике совещания министров обороны государств – членов ШОС", "defence_ministers", "dm"),
    ("Информационное сообщение о встрече секретарей советов безопасности государств – членов ШОС",
     "security_council_secretaries", "scs"),
    ("Совместное коммюнике совещания министров, ответственных за внешнеэкономическую и внешнеторговую деятельность, "
     "государств – членов ШОС", "trade_ministers", "etm"),
    ("Совместное коммюнике совещания министров транспорта государств – членов ШОС", "transport_ministers", "tm"),
])
def test_ministers_councils(title: str, council: str, code: str) -> None:
    english = "SCO Member States" in title
    text = title + "\n\n" + ("The meeting of the Shanghai Cooperation Organisation was held in Osh on 3 March 2021.\n\n"
                             "The Ministers noted the steady growth of trade among the Member States and stressed the importance of "
                             "new transport routes across the region." if english else
                             "3 марта 2021 года в Оше состоялось совещание Шанхайской организации сотрудничества.\n\n"
                             "Министры отметили устойчивый рост торговли между государствами-членами и подчеркнули важность "
                             "новых транспортных маршрутов в регионе.")
    language, segments = segmented(text)
    info = language.describe(segments, None, None, (None, None))
    assert info.council == council
    assert info.doc_id("0" * 64).startswith(f"sco-{code}-2021-03-03-")
