"""Document fields of Chinese texts laid out in ways the first rules missed (issue 12): invented wording."""

from __future__ import annotations

from scodata.clean import clean_text
from scodata.extract.document import describe
from scodata.extract.segment import segment

BODY = "\n\n元首们指出，各方合作取得成果。\n\n元首们支持继续合作。"


def _info(text: str, hint: str | None = None, published: str | None = None):
    cleaned = clean_text(text)
    return describe(segment(cleaned.text), hint, published, (cleaned.wire_dateline, cleaned.wire_agency))


def test_an_opening_ending_in_a_colon_still_gives_the_meeting_date():
    info = _info("上海合作组织成员国元首某某宣言\n\n"
                 "上海合作组织成员国元首于2011年6月14日至15日在阿斯塔纳举行会议，宣布如下：" + BODY)
    assert (info.meeting_date, info.meeting_end_date, info.council, info.doc_type) == (
        "2011-06-14", "2011-06-15", "heads_of_state", "declaration")
    assert info.title == "上海合作组织成员国元首某某宣言"
    assert info.doc_id("0" * 64) == "sco-hos-2011-06-14-declaration"


def test_the_meeting_date_is_the_one_the_meeting_was_held_on():
    info = _info("上海合作组织成员国外长理事会会议新闻公报\n\n"
                 "根据2019年6月14日元首理事会的决定，2020年3月2日，上海合作组织成员国外长理事会会议在莫斯科举行。" + BODY)
    assert info.meeting_date == "2020-03-02"
    assert info.doc_id("0" * 64) == "sco-cfm-2020-03-02-press-communique"


def test_a_title_on_two_header_blocks_is_joined():
    info = _info("上海合作组织成员国元首理事会\n\n某某宣言\n\n2012年6月7日，上海合作组织成员国元首理事会会议在北京举行。" + BODY)
    assert info.title == "上海合作组织成员国元首理事会某某宣言"
    assert info.doc_type == "declaration"


def test_a_news_copys_wrapping_is_not_part_of_the_title():
    info = _info("（受权发布）上海合作组织成员国政府首脑（总理）理事会会议联合公报全文\n\n"
                 "2013年11月29日，上海合作组织成员国政府首脑（总理）理事会会议在塔什干举行。" + BODY)
    assert info.title == "上海合作组织成员国政府首脑（总理）理事会会议联合公报"
    hinted = _info("2013年11月29日，上海合作组织成员国政府首脑（总理）理事会会议在塔什干举行。" + BODY,
                   "上海合作组织成员国政府首脑（总理）理事会会议联合公报--国际--人民网")
    assert hinted.title == "上海合作组织成员国政府首脑（总理）理事会会议联合公报"


def test_a_bare_day_in_a_wire_copy_takes_month_and_year_from_dateline_and_publication():
    info = _info("新华社某城9月12日电 上海合作组织成员国元首理事会会议12日在某城举行。会议由某国总统主持。" + BODY,
                 "上海合作组织成员国元首理事会会议新闻公报", "2014-09-12T21:00:00+08:00")
    assert info.meeting_date == "2014-09-12"
    assert info.doc_id("0" * 64) == "sco-hos-2014-09-12-press-communique"


def test_a_summit_is_the_heads_of_state_council():
    info = _info("上海合作组织某某峰会宣言\n\n2018年6月10日，上海合作组织峰会在青岛举行。" + BODY)
    assert info.council == "heads_of_state"


def test_a_video_meeting_in_taiwan_usage():
    info = _info("上海合作組織成員國元首理事會會議新聞公報\n\n2020年11月10日，上海合作組織成員國元首理事會會議以視訊方式舉行。" + BODY)
    assert (info.meeting_format, info.meeting_place, info.meeting_date) == ("video", None, "2020-11-10")


def test_a_dateline_closing_the_title_is_not_part_of_it():
    info = _info("上海合作组织成员国元首理事会某某宣言（二〇二四年七月四日，某城）\n\n"
                 "上海合作组织成员国元首理事会于2024年7月4日在某城举行会议，宣布如下：" + BODY)
    assert (info.title, info.meeting_date) == ("上海合作组织成员国元首理事会某某宣言", "2024-07-04")


def test_a_meeting_of_officials_named_right_after_the_member_states():
    info = _info("上海合作组织成员国总检察长第十次会议联合声明\n\n"
                 "2015年6月10日，上海合作组织成员国总检察长第十次会议在某城举行。" + BODY)
    assert (info.issuing_body, info.council, info.session_number) == ("上海合作组织成员国总检察长会议", "other", 10)
    assert info.doc_id("0" * 64) == "sco-2015-06-10-statement"


def test_the_session_number_of_the_held_meeting_in_the_opening():
    # the title names the council but not the session; the opening gives the number of the meeting held
    info = _info("上海合作组织成员国政府首脑（总理）理事会关于某某合作的声明\n\n"
                 "2033年4月5日至6日，上海合作组织成员国政府首脑（总理）理事会第三十二次会议在某城举行，会议由某国总理主持。"
                 + BODY)
    assert info.session_number == 32
    info = _info("上海合作组织成员国交通部长会议公报\n\n2033年4月5日，上海合作组织成员国交通部长第十一次会议以视频方式举行。"
                 + BODY)
    assert info.session_number == 11


def test_the_number_of_another_meeting_is_not_the_session():
    info = _info("上海合作组织成员国元首理事会某某宣言\n\n"
                 "为落实上海合作组织成员国元首理事会第三十一次会议成果，2033年4月5日，上海合作组织成员国元首理事会会议在某城举行。"
                 + BODY)
    assert info.session_number is None


def test_a_ministerial_meeting_called_a_huiwu_is_council_other():
    # 会晤 names the meeting of ministers as 会议 does; the body keeps the word as written
    info = _info("上海合作组织成员国卫生部长第七次会晤新闻公报\n\n"
                 "2031年9月2日，上海合作组织成员国卫生部长第七次会晤在某城举行。" + BODY)
    assert (info.issuing_body, info.council, info.session_number) == ("上海合作组织成员国卫生部长会晤", "other", 7)
    assert info.doc_id("0" * 64) == "sco-2031-09-02-press-communique"
    info = _info("卫生合作新闻公报\n\n2031年9月2日，上合组织成员国卫生部长会晤在某城举行。" + BODY)
    assert (info.issuing_body, info.council) == ("上合组织成员国卫生部长会晤", "other")
