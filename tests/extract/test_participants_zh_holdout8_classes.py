"""Chinese participant classes met in a blind set, on invented wording and placeholder names: a verb closing a list
may name the meeting by a quoted format (出席“某某+”会议); who invited an entry (应东道国邀请) stands between it
and its verb without joining the name; a bracket saying the entry stands in for someone (（代表某国总统出席）) is
neither title nor name."""

from __future__ import annotations

from tests.extract.docs import attendance_rows, participant_summary


def test_a_quoted_meeting_format_after_the_verb_still_closes_the_list() -> None:
    rows = attendance_rows("蒙古国总统甲和联合国副秘书长乙出席“扩大+”形式会议。")
    assert participant_summary(rows) == [("MNG", "总统", "甲", "observer_state", False),
                                         ("联合国", "副秘书长", "乙", "international_organisation", False)]
    rows = attendance_rows("蒙古国总统甲出席“扩大+”会议。")
    assert [(r["state_code"], r["name"]) for r in rows] == [("MNG", "甲")]


def test_who_invited_the_entry_is_not_part_of_its_name() -> None:
    rows = attendance_rows("欧亚开发银行副行长甲乙应东道国邀请与会。")
    assert [(r["organisation"], r["title"], r["name"]) for r in rows] == [("欧亚开发银行", "副行长", "甲乙")]


def test_a_stand_in_note_after_the_name_is_left_out() -> None:
    rows = attendance_rows("出席会议的有：印度共和国财政部长甲乙（代表印度总统出席）、俄罗斯联邦总统丙。")
    assert participant_summary(rows) == [("IND", "财政部长", "甲乙", "member_state", False),
                                         ("RUS", "总统", "丙", "member_state", False)]


def test_the_longest_office_word_wins_over_a_shorter_one_inside_it() -> None:
    rows = attendance_rows("出席会议的有：中华人民共和国全国人民代表大会常务委员会副委员长甲乙。")
    assert [(r["title"], r["name"]) for r in rows] == [("全国人民代表大会常务委员会副委员长", "甲乙")]


def test_an_organ_of_a_gazetteer_organisation_keeps_its_id() -> None:
    rows = attendance_rows("独联体经济理事会秘书长甲乙和联合国人口基金代表丙丁应邀出席会议。")
    assert [(r["organisation"], r["organisation_id"], r["title"]) for r in rows] == [
        ("独联体经济理事会", "CIS", "秘书长"), ("联合国人口基金", None, "代表")]


def test_a_commander_is_an_office() -> None:
    rows = attendance_rows("出席会议的有：吉尔吉斯共和国国防部边防部队司令甲乙、俄罗斯联邦总统丙。")
    assert [(r["state_code"], r["title"], r["name"]) for r in rows] == [("KGZ", "国防部边防部队司令", "甲乙"),
                                                                       ("RUS", "总统", "丙")]
