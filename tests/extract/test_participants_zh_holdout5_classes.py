"""Chinese participant classes found on holdout5, on invented wording and placeholder names: a chair named before
the office without a state, and a state's office then an organ of that state (two offices of one person)."""

from __future__ import annotations

from tests.extract.docs import attendance_rows, participant_summary


def test_chair_named_before_the_office_is_the_listed_person() -> None:
    rows = attendance_rows("出席会议的有：中华人民共和国主席甲，哈萨克斯坦共和国总统乙。会议由乙总统主持。")
    assert participant_summary(rows) == [("CHN", "主席", "甲", "member_state", False),
                                         ("KAZ", "总统", "乙", "member_state", True)]


def test_state_office_then_an_organ_of_that_state_is_one_entry() -> None:
    rows = attendance_rows("应主席国邀请，土库曼斯坦民族领袖、人民委员会主席丙出席会议。")
    assert participant_summary(rows) == [("TKM", "民族领袖、人民委员会主席", "丙", "guest", False)]


def test_a_gazetteer_organisation_after_a_state_office_is_an_entry_of_its_own() -> None:
    rows = attendance_rows("蒙古国总统丁、联合国秘书长戊出席会议。")
    assert participant_summary(rows) == [("MNG", "总统", "丁", "observer_state", False),
                                         ("联合国", "秘书长", "戊", "international_organisation", False)]
