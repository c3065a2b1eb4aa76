"""Document-level description: type, council, session, meeting date, readable id, title (issue 12)."""

from __future__ import annotations

import pytest

from scodata.clean import clean_text
from scodata.extract.dates import find_dates
from scodata.extract.document import describe
from scodata.extract.segment import segment
from tests.extract.docs import DOCUMENT_FIELDS, describe_case, unseen_cases

DESCRIBED = [c for c in unseen_cases() if c.document is not None]


@pytest.mark.parametrize("case", DESCRIBED, ids=[c.name for c in DESCRIBED])
def test_document_fields_match_annotation(case):
    assert describe_case(case) == {f: case.document.get(f) for f in DOCUMENT_FIELDS}


def test_every_type_gets_a_typed_readable_id():
    assert len(DESCRIBED) >= 8
    for case in DESCRIBED:
        doc_id = describe_case(case)["doc_id"]
        assert doc_id.startswith("sco-") and not doc_id.startswith("doc-")
        assert doc_id.endswith(str(case.document["doc_type"]).replace("_", "-"))


@pytest.mark.parametrize(("text", "expected"), [
    ("二〇一九年六月十四日", ("2019-06-14", None)),
    ("二零零七年八月十六日至十七日", ("2007-08-16", "2007-08-17")),
    ("二〇二三年十月二十六日", ("2023-10-26", None)),
    ("二〇二〇年十二月三十一日", ("2020-12-31", None)),
    ("２０２０年１１月３０日", ("2020-11-30", None)),
])
def test_chinese_numeral_dates(text, expected):
    (found,) = find_dates(text)
    assert (found.start.isoformat(), found.end.isoformat() if found.end else None) == expected


def _info(text: str, hint: str | None = None):
    return describe(segment(clean_text(text).text), hint)


BODY = "\n\n元首们指出，各方合作取得成果。\n\n元首们支持继续合作。"


@pytest.mark.parametrize(("title", "doc_type"), [
    ("上海合作组织成员国元首理事会会议新闻公报", "press_communique"),
    ("上海合作组织成员国元首理事会会议信息公报", "information_report"),
    ("上海合作组织成员国元首理事会会议情况通报", "information_report"),
    ("上海合作组织成员国元首理事会撒马尔罕宣言", "declaration"),
    ("上海合作组织成员国元首理事会关于粮食安全的声明", "statement"),
    ("上海合作组织成员国元首理事会会议联合公报", "joint_communique"),
    ("上海合作组织成员国元首理事会会议纪要", "other"),
])
def test_types_from_the_title(title, doc_type):
    info = _info(f"{title}\n\n2022年9月16日，上海合作组织成员国元首理事会会议在撒马尔罕举行。" + BODY)
    assert (info.doc_type, info.council, info.session_number, info.meeting_date) == (
        doc_type, "heads_of_state", None, "2022-09-16")
    assert info.doc_id("0" * 64) == f"sco-hos-2022-09-16-{doc_type.replace('_', '-')}"


def test_council_from_the_members_named_when_no_council_is_written():
    info = _info("撒马尔罕宣言\n\n上海合作组织成员国元首于2022年9月16日在撒马尔罕举行会议。" + BODY)
    assert (info.council, info.issuing_body, info.doc_type) == ("heads_of_state", "上海合作组织成员国元首理事会",
                                                                 "declaration")
    assert info.doc_id("0" * 64) == "sco-hos-2022-09-16-declaration"


def test_title_hint_site_suffix_and_full_text_marker_dropped():
    info = _info("2022年9月16日，上海合作组织成员国元首理事会会议在撒马尔罕举行。" + BODY,
                 "上海合作组织成员国元首理事会撒马尔罕宣言（全文）_新华网")
    assert info.title == "上海合作组织成员国元首理事会撒马尔罕宣言"


def test_undated_text_keeps_a_readable_id():
    info = _info("上海合作组织成员国外长理事会声明\n\n上海合作组织成员国外长理事会会议举行。各方出席。" + BODY)
    assert info.meeting_date is None
    assert info.doc_id("ab" * 32) == "sco-cfm-undated-statement-abababab"


def test_date_and_place_from_the_texts_own_datelines():
    body = "\n\n上海合作组织成员国元首理事会宣布如下。各方认为合作重要。\n\n元首们指出，合作重要。\n\n元首们支持合作。"
    info = _info("上海合作组织成员国元首理事会\n比什凯克宣言\n\n（二O一九年六月十四日，比什凯克）" + body)
    assert info.title == "上海合作组织成员国元首理事会比什凯克宣言"
    assert (info.meeting_date, info.meeting_place, info.doc_type) == ("2019-06-14", "比什凯克", "declaration")
    closing = _info("上海合作组织成员国元首理事会比什凯克宣言" + body + "\n\n二〇一九年六月十四日于比什凯克")
    assert (closing.meeting_date, closing.meeting_place) == ("2019-06-14", "比什凯克")
    assert closing.doc_id("0" * 64) == "sco-hos-2019-06-14-declaration"


def test_letter_o_as_zero_in_a_year_survives_cleaning():
    result = clean_text("二o一九年六月十四日，上海合作组织成员国元首理事会会议在比什凯克举行。各方出席。\n\n元首们指出，合作重要。")
    assert find_dates(result.text)[0].start.isoformat() == "2019-06-14"


def test_place_without_its_country_and_not_an_atmosphere():
    info = _info("公报\n\n2018年6月9日，上海合作组织成员国元首理事会会议在中华人民共和国青岛举行。" + BODY)
    assert (info.meeting_place, info.meeting_format) == ("青岛", "in_person")
    info = _info("公报\n\n2018年6月9日，上海合作组织成员国元首理事会会议在友好和建设性的气氛中举行。" + BODY)
    assert info.meeting_place is None
