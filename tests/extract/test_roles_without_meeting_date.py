"""Roles of a document that gives no meeting date: the states' status on the best date it does give (title or
dateline, else publication), never today's; documents.meeting_date stays null. Invented texts."""

from __future__ import annotations

from scodata.clean import clean_text
from scodata.extract.document import describe, document_date
from scodata.extract.segment import segment
from scodata.model import RawSource
from scodata.pipeline import process_source

ATTENDING = ("上海合作组织成员国外长理事会例行会议在某城举行。哈萨克斯坦共和国外长甲、中华人民共和国外长乙、吉尔吉斯共和国外长丙、"
             "俄罗斯联邦外长丁、塔吉克斯坦共和国外长戊、乌兹别克斯坦共和国外长己、印度共和国外长庚出席会议。")
BODY = "\n\n外长们指出，各方合作取得新成果，本组织的国际影响不断扩大。\n\n外长们对东道国的热情接待表示感谢。"


def _build(text: str, **hints: str):
    return process_source(RawSource(data=text.encode(), kind="file", uri="undated.txt", hints=hints))


def _roles(build) -> dict[str, str]:
    return {str(p["state_code"]): str(p["role"]) for p in build.tables["participants"] if p["state_code"]}


def test_publication_date_gives_the_status_and_the_meeting_date_stays_null() -> None:
    build = _build("上海合作组织成员国外长理事会会议新闻公报\n\n2012-04-20 09:15\n\n" + ATTENDING + BODY)
    doc = build.tables["documents"][0]
    assert doc["meeting_date"] is None and doc["published_at"].startswith("2012-04-20")
    roles = _roles(build)
    assert roles["IND"] == "observer_state"  # an observer in 2012, though it attended (出席) and is a member now
    assert roles["RUS"] == roles["KAZ"] == "member_state"


def test_after_accession_the_same_state_is_a_member() -> None:
    roles = _roles(_build("上海合作组织成员国外长理事会会议新闻公报\n\n2019-03-02 09:15\n\n" + ATTENDING + BODY))
    assert roles["IND"] == "member_state"


def test_a_publication_hint_counts_as_the_publication_date() -> None:
    build = _build("上海合作组织成员国外长理事会会议新闻公报\n\n" + ATTENDING + BODY, published_at="2011-06-01")
    assert build.tables["documents"][0]["meeting_date"] is None
    assert _roles(build)["IND"] == "observer_state"


def test_a_date_in_the_title_comes_before_the_publication_date() -> None:
    text = "上海合作组织成员国外长理事会会议新闻公报（2016年4月21日，某城）\n\n2019-03-02 09:15\n\n" + ATTENDING + BODY
    seg = segment(clean_text(text).text)
    info = describe(seg)
    assert info.meeting_date is None and document_date(info, seg) == "2016-04-21"
    build = _build(text)
    assert build.tables["documents"][0]["meeting_date"] is None
    assert _roles(build)["IND"] == "observer_state"  # still an observer in April 2016


def test_the_meeting_date_wins_and_no_date_at_all_keeps_the_old_rule() -> None:
    dated = "上海合作组织成员国外长理事会会议新闻公报\n\n2019-03-02 09:15\n\n2012年6月6日，" + ATTENDING + BODY
    build = _build(dated)
    assert build.tables["documents"][0]["meeting_date"] == "2012-06-06"
    assert _roles(build)["IND"] == "observer_state"
    seg = segment(clean_text("上海合作组织成员国外长理事会会议新闻公报\n\n" + ATTENDING + BODY).text)
    assert document_date(describe(seg), seg) is None


def test_english_roles_use_the_publication_date_too() -> None:
    ministers = ", ".join(f"the Minister of Foreign Affairs of {state} {name}" for state, name in (
        ("the Republic of Kazakhstan", "A"), ("the People's Republic of China", "B"), ("the Kyrgyz Republic", "C"),
        ("the Russian Federation", "D"), ("the Republic of Tajikistan", "E"), ("the Republic of Uzbekistan", "F")))
    text = ("Press Release of the Meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organisation"
            "\n\n2012-04-20 09:15\n\nThe regular meeting of the Council of Foreign Ministers of the Shanghai Cooperation "
            f"Organisation was held in Somecity. The meeting was attended by {ministers} and the Minister of External "
            "Affairs of the Republic of India G.\n\nThe Ministers noted that cooperation within the Organisation has "
            "produced new results in many fields.\n\nThe Ministers expressed their gratitude to the host country for "
            "the warm hospitality.")
    build = _build(text)
    assert build.tables["documents"][0]["meeting_date"] is None
    roles = _roles(build)
    assert roles["IND"] == "observer_state" and roles["RUS"] == "member_state"
