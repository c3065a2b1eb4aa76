"""Chinese document classes met in a blind set, on invented titles: a meeting of heads of banks, of parliaments or
of services (…统计局局长和央行行长会议, …议会议长会议) is an SCO body outside the named councils: council other."""

from __future__ import annotations

import pytest

from scodata.clean import clean_text
from scodata.extract.document import describe
from scodata.extract.segment import segment

BODY = "\n\n各方指出，合作取得成果。\n\n各方支持继续合作。"


def _info(text: str):
    cleaned = clean_text(text)
    return describe(segment(cleaned.text), None, None, (cleaned.wire_dateline, cleaned.wire_agency))


@pytest.mark.parametrize("who", ["统计局局长和央行行长", "议会议长", "海关署署长", "国家银行行长"])
def test_a_meeting_of_other_heads_is_council_other(who: str) -> None:
    info = _info(f"上海合作组织成员国{who}第四次会议联合公报\n\n"
                 f"2019年3月5日，上海合作组织成员国{who}第四次会议在某城举行。" + BODY)
    assert (info.issuing_body, info.council, info.session_number) == (f"上海合作组织成员国{who}会议", "other", 4)
    assert info.doc_id("0" * 64) == "sco-2019-03-05-joint-communique"
