"""Chinese participant classes met in a blind set, on invented wording and placeholder names: a capacity after a run
of entries joined by 、 (甲、乙、丙作为观察员国代表团团长，丁作为主席国客人) is the whole run's, including 代表团团长; a
romanisation in brackets after a name (pinyin with tones, of any length: cleaning removes glosses of up to six
syllables, participants the rest) is no part of the entry."""

from __future__ import annotations

from tests.extract.docs import attendance_rows, participant_summary


def test_a_capacity_after_a_run_is_every_entry_of_the_run() -> None:
    rows = attendance_rows("白俄罗斯共和国总统甲、蒙古国总统乙作为主席国客人，伊朗伊斯兰共和国总统丙作为观察员国代表团团长出席会议。",
                           "2019-06-14")
    assert participant_summary(rows) == [("BLR", "总统", "甲", "guest", False),
                                         ("MNG", "总统", "乙", "guest", False),
                                         ("IRN", "总统", "丙", "observer_state", False)]


def test_a_capacity_after_one_entry_of_a_comma_list_is_its_own() -> None:
    rows = attendance_rows("白俄罗斯共和国总统甲，蒙古国总统乙作为主席国客人，伊朗伊斯兰共和国总统丙作为观察员国代表团团长出席会议。",
                           "2019-06-14")
    assert [r[3] for r in participant_summary(rows)] == ["observer_state", "guest", "observer_state"]


def test_a_pinyin_gloss_after_a_name_is_left_out() -> None:
    rows = attendance_rows("出席会议的有：哈萨克斯坦共和国总理甲乙丙丁(jiǎ yǐ bǐng dīng)，俄罗斯联邦政府总理戊己(wù jǐ)。")
    assert participant_summary(rows) == [("KAZ", "总理", "甲乙丙丁", "member_state", False),
                                         ("RUS", "政府总理", "戊己", "member_state", False)]
