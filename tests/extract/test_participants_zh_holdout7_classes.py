"""Chinese participant classes met in a blind set, on invented wording and placeholder names: a conjunction between
two nouns of one office (总理经济与外交事务顾问) does not split the entry, while one between two whole entries still
does; an organisation's office somewhere (…驻某城办事处) is that organisation's, with its id; a chair stated by the
bare name of a listed person (会议由丙主持) marks that entry instead of adding one."""

from __future__ import annotations

from tests.extract.docs import attendance_rows, participant_summary


def test_a_conjunction_inside_an_office_keeps_one_entry() -> None:
    rows = attendance_rows("出席会议的有：印度共和国总理经济与贸易事务顾问甲乙、蒙古国总统特别助理丙和蒙古国总理能源及交通事务顾问丁。",
                           "2019-06-14")
    assert participant_summary(rows) == [("IND", "总理经济与贸易事务顾问", "甲乙", "member_state", False),
                                         ("MNG", "总统特别助理", "丙", "observer_state", False),
                                         ("MNG", "总理能源及交通事务顾问", "丁", "observer_state", False)]


def test_a_conjunction_between_two_whole_entries_still_splits() -> None:
    rows = attendance_rows("集体安全条约组织秘书长甲和欧亚开发银行行长乙列席会议。")
    assert participant_summary(rows) == [("集体安全条约组织", "秘书长", "甲", "international_organisation", False),
                                         ("欧亚开发银行", "行长", "乙", "international_organisation", False)]
    rows = attendance_rows("俄罗斯联邦总统甲和总理乙出席会议。")
    assert [(r[1], r[2]) for r in participant_summary(rows)] == [("总统", "甲"), ("总理", "乙")]


def test_an_office_of_an_organisation_in_a_city_keeps_the_organisation_id() -> None:
    rows = attendance_rows("联合国教科文组织驻比什凯克办事处代表甲应邀出席会议。")
    assert [(r["organisation"], r["organisation_id"], r["title"], r["name"]) for r in rows] == [
        ("联合国教科文组织驻比什凯克办事处", "UNESCO", "代表", "甲")]


def test_a_chair_named_by_name_alone_marks_the_listed_entry() -> None:
    rows = attendance_rows("出席会议的有：哈萨克斯坦共和国总检察长甲、吉尔吉斯共和国总检察长乙丙。会议由乙丙主持。")
    assert participant_summary(rows) == [("KAZ", "总检察长", "甲", "member_state", False),
                                         ("KGZ", "总检察长", "乙丙", "member_state", True)]
