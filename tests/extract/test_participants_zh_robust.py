"""Chinese attendance lists written in ways the first rules missed (issue 12): each test is a general layout,
with invented wording and placeholder names."""

from __future__ import annotations

import pytest

from scodata.extract.participants import extract_participants
from tests.extract.docs import attendance_rows, paragraphs_of, participant_summary


@pytest.mark.parametrize(("body", "expected"), [
    # a lead naming its group and closing with a colon, without 有
    ("出席会议的成员国代表团团长：中华人民共和国主席甲；俄罗斯联邦总统乙。",
     [("CHN", "主席", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", False)]),
    ("与会的国际组织负责人：联合国副秘书长丙、东盟秘书长丁。",
     [("联合国", "副秘书长", "丙", "international_organisation", False),
      ("东盟", "秘书长", "丁", "international_organisation", False)]),
    # 和 between two complete entries, the second an organisation outside the gazetteer
    ("出席会议的有土库曼斯坦总统辛、集体安全条约组织秘书长丑和欧亚开发银行行长寅。",
     [("TKM", "总统", "辛", "guest", False), ("集体安全条约组织", "秘书长", "丑", "international_organisation", False),
      ("欧亚开发银行", "行长", "寅", "international_organisation", False)]),
    # ... but not a 和 inside an office title
    ("巴基斯坦伊斯兰共和国规划和发展部长卯出席会议。",
     [("PAK", "规划和发展部长", "卯", "member_state", False)]),
    # an organisation under a guest marker is an international organisation (…共同体 reads like one)
    ("应主席国邀请出席会议的有欧亚某某共同体秘书长辰。",
     [("欧亚某某共同体", "秘书长", "辰", "international_organisation", False)]),
    # the list's closing 等 is not part of the last name
    ("出席会议的有：中华人民共和国主席甲、俄罗斯联邦总统乙等。",
     [("CHN", "主席", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", False)]),
    # the meeting named after the verb
    ("中华人民共和国主席甲、俄罗斯联邦总统乙出席了元首理事会会议。",
     [("CHN", "主席", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", False)]),
    ("蒙古国总统丁出席上海合作组织成员国元首理事会第二十四次会议。",
     [("MNG", "总统", "丁", "observer_state", False)]),
    # offices ending in 检察长, 代办
    ("俄罗斯联邦总检察长乙、中华人民共和国最高人民检察院检察长甲出席会议。",
     [("RUS", "总检察长", "乙", "member_state", False), ("CHN", "最高人民检察院检察长", "甲", "member_state", False)]),
    # a chair named with 担任会议主席
    ("哈萨克斯坦共和国总统丙担任会议主席。中华人民共和国主席甲出席会议。",
     [("KAZ", "总统", "丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False)]),
    # a host prefix with 本届 before the chair's state
    ("会议由本届主席国俄罗斯联邦总统乙主持。", [("RUS", "总统", "乙", "member_state", True)]),
    # a speech with its title after the verb
    ("中华人民共和国主席甲出席会议并发表题为《携手同行 共创未来》的重要讲话。",
     [("CHN", "主席", "甲", "member_state", False)]),
    # numbered entries, one per line
    ("出席会议的有：\n1．中华人民共和国主席甲；\n2．俄罗斯联邦总统乙。",
     [("CHN", "主席", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", False)]),
    ("出席会议的有：\n（一）中华人民共和国主席甲\n（二）俄罗斯联邦总统乙。",
     [("CHN", "主席", "甲", "member_state", False), ("RUS", "总统", "乙", "member_state", False)]),
    # the chair noted by a bracket after the entry
    ("出席会议的有：哈萨克斯坦共和国总统丙（主持会议）、中华人民共和国主席甲。",
     [("KAZ", "总统", "丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False)]),
    # a group marker naming organisations and other bodies
    ("国际组织和多边机构负责人——联合国副秘书长己、东盟秘书长庚出席会议。",
     [("联合国", "副秘书长", "己", "international_organisation", False),
      ("东盟", "秘书长", "庚", "international_organisation", False)]),
    # a state under an organisations' marker keeps its own status (none: a guest)
    ("国际组织代表——土库曼斯坦总统戊、联合国副秘书长己出席会议。",
     [("TKM", "总统", "戊", "guest", False), ("联合国", "副秘书长", "己", "international_organisation", False)]),
    # a heading closed by a colon inside the list
    ("出席会议的有：上海合作组织成员国外交部长：哈萨克斯坦共和国外交部长甲、中华人民共和国外交部长乙。",
     [("KAZ", "外交部长", "甲", "member_state", False), ("CHN", "外交部长", "乙", "member_state", False)]),
    # one office written after several states
    ("哈萨克斯坦共和国、中华人民共和国和俄罗斯联邦外交部长出席会议。",
     [("KAZ", "外交部长", None, "member_state", False), ("CHN", "外交部长", None, "member_state", False),
      ("RUS", "外交部长", None, "member_state", False)]),
])
def test_layouts(body, expected):
    assert participant_summary(attendance_rows(body)) == expected


@pytest.mark.parametrize(("body", "chair"), [
    ("主持会议的是哈萨克斯坦共和国总统丙。中华人民共和国主席甲出席会议。", ("KAZ", "总统", "丙")),
    ("本次会晤的主席为俄罗斯联邦外交部长乙，中华人民共和国外交部长甲出席会晤。", ("RUS", "外交部长", "乙")),
    # listed again further on: one participant, the chair
    ("主持会议的是俄罗斯联邦总统乙。出席会议的有：中华人民共和国主席甲、俄罗斯联邦总统乙。", ("RUS", "总统", "乙")),
])
def test_a_chair_named_after_a_copula(body, chair):
    rows = attendance_rows(body)
    assert len(rows) == 2 and [(r["state_code"], r["title"], r["name"]) for r in rows if r["is_chair"]] == [chair]


def test_observer_capacity_written_without_guo():
    rows = attendance_rows("蒙古国总统丁作为观察员出席会议。", "2010-06-11")
    assert participant_summary(rows) == [("MNG", "总统", "丁", "observer_state", False)]


def test_a_sentence_about_a_state_is_not_an_entry():
    assert attendance_rows("元首们欢迎伊朗伊斯兰共和国以成员国身份首次出席元首理事会会议。") == []


def test_groups_of_people_are_not_entries():
    assert attendance_rows("上合组织成员国、观察员国领导人和国际组织负责人出席会议。") == []


def test_a_conjunction_inside_a_state_name_never_cuts_an_entry():
    rows = attendance_rows("出席会议的有蒙古国总统丁和中华人民共和国主席甲。")
    assert participant_summary(rows) == [("MNG", "总统", "丁", "observer_state", False), ("CHN", "主席", "甲", "member_state", False)]


def test_a_future_meeting_is_no_attendance():
    assert attendance_rows("元首们欢迎中华人民共和国主席甲出席在天津举行的元首理事会会议。") == []
    assert attendance_rows("会议期间，中华人民共和国主席甲出席了上海合作组织工商论坛。") == []


def test_words_before_the_first_state_are_not_part_of_the_entry():
    assert participant_summary(attendance_rows("各方欢迎土库曼斯坦总统辛出席会议。")) == [("TKM", "总统", "辛", "guest", False)]
    assert participant_summary(attendance_rows("元首们感谢哈萨克斯坦共和国总统丙主持会议。")) == [("KAZ", "总统", "丙", "member_state", True)]


def test_traditional_script_mirror_with_taiwan_usage():
    text = ("2021年9月17日，上海合作組織成員國元首理事會會議在杜尚別舉行。\n\n"
            "出席會議的有：中華人民共和國主席甲、俄羅斯聯邦總統乙。\n\n"
            "上海合作組織祕書長丙、上海合作組織區域反恐怖機構執行委員會主任丁、東南亞國協祕書長戊應邀出席會議。\n\n"
            "元首們指出，合作重要。")
    rows = extract_participants("d", paragraphs_of(text), "2021-09-17")
    assert [(r["state_code"] or r["organisation_id"], r["title"], r["name"], r["role"]) for r in rows] == [
        ("CHN", "主席", "甲", "member_state"), ("RUS", "总统", "乙", "member_state"),
        ("SCO-SEC", "秘书长", "丙", "sco_body"), ("SCO-RATS", "主任", "丁", "sco_body"),
        ("ASEAN", "秘书长", "戊", "international_organisation")]


def test_a_chair_named_in_full_is_the_listed_person_named_by_surname():
    rows = attendance_rows("会议由哈萨克斯坦共和国总统某某·丙丙主持。出席会议的有：哈萨克斯坦共和国总统丙丙、中华人民共和国主席甲。")
    assert participant_summary(rows) == [("KAZ", "总统", "丙丙", "member_state", True), ("CHN", "主席", "甲", "member_state", False)]


def test_a_video_attendance_in_taiwan_usage():
    rows = attendance_rows("俄羅斯聯邦總統乙以視訊方式出席會議。")
    assert participant_summary(rows) == [("RUS", "总统", "乙", "member_state", False)]


def test_a_deliberating_body_paragraph_is_not_an_attendance_list():
    text = ("2031年5月6日，上海合作组织成员国政府首脑（总理）理事会会议在某城举行。\n\n"
            "出席会议的有：中华人民共和国国务院总理甲、俄罗斯联邦政府总理乙。\n\n"
            "各代表团团长指出，白俄罗斯共和国首次以成员国身份出席本次会议，认为这体现了本组织的吸引力。\n\n"
            "总理们强调，伊朗伊斯兰共和国代表团参加了上次会议的筹备工作。")
    rows = extract_participants("d", paragraphs_of(text), "2031-05-06")
    assert [(r["state_code"], r["name"]) for r in rows] == [("CHN", "甲"), ("RUS", "乙")]


def test_a_later_attendance_paragraph_that_does_not_deliberate_is_read():
    text = ("2031年5月6日，上海合作组织成员国外交部长理事会会议在某城举行。\n\n"
            "中华人民共和国外交部长甲、俄罗斯联邦外交部长乙出席会议。\n\n"
            "上海合作组织秘书长丙参加了会议。\n\n"
            "外长们指出，合作重要。\n\n外长们强调，安全重要。")
    paragraphs = paragraphs_of(text)
    assert [p.section for p in paragraphs] == ["preamble"] * 3 + ["body"] * 2
    rows = extract_participants("d", paragraphs, "2031-05-06")
    assert [(r["state_code"] or r["organisation_id"], r["name"]) for r in rows] == [
        ("CHN", "甲"), ("RUS", "乙"), ("SCO-SEC", "丙")]


def test_a_heading_without_a_verb_then_one_entry_a_line_with_a_colon_before_the_name():
    rows = attendance_rows("\n\n各成员国代表团团长：\n俄罗斯联邦农业部副部长：乙；\n"
                           "吉尔吉斯共和国水资源、农业和加工工业部部长：丙；\n印度共和国驻华大使：丁。")
    assert participant_summary(rows) == [("RUS", "农业部副部长", "乙", "member_state", False),
                                         ("KGZ", "水资源、农业和加工工业部部长", "丙", "member_state", False),
                                         ("IND", "驻华大使", "丁", "member_state", False)]


def test_a_heading_alone_in_its_paragraph_opens_the_next_ones():
    rows = attendance_rows("\n\n观察员国代表团团长名单：\n\n蒙古国外交部长：戊；\n\n白俄罗斯共和国外交部长：己。", "2019-06-14")
    assert participant_summary(rows) == [("MNG", "外交部长", "戊", "observer_state", False),
                                         ("BLR", "外交部长", "己", "observer_state", False)]


def test_a_heading_followed_by_prose_gives_no_participant():
    assert attendance_rows("\n\n与会代表：\n各方代表就合作问题交换了意见。") == []
    assert attendance_rows("\n\n代表团团长：\n元首们指出，合作十分重要。") == []
