"""Chinese participant classes met in a blind set, on invented wording and placeholder names: a state written once
for two of its officials joined by 、 is the state of both; a short state name followed by the words of an official
form the gazetteer lacks (…伊斯兰过渡国, …民主共和国) is the state as written; an organisation's office stationed
somewhere (…驻某国代表处) keeps the organisation and its id, its head's office (代表) is the title."""

from __future__ import annotations

from scodata.extract.participants import parse_entry
from tests.extract.docs import attendance_rows, participant_summary


def test_one_state_for_two_officials_joined_by_a_pause_mark() -> None:
    rows = attendance_rows("出席会议的有：塔吉克斯坦共和国第一副总理甲乙、财政部副部长丙丁，印度共和国外交部长戊。")
    assert participant_summary(rows) == [("TJK", "第一副总理", "甲乙", "member_state", False),
                                         ("TJK", "财政部副部长", "丙丁", "member_state", False),
                                         ("IND", "外交部长", "戊", "member_state", False)]
    assert rows[1]["state"] == "塔吉克斯坦共和国" and rows[1]["organisation"] is None


def test_an_entry_with_its_own_organisation_does_not_take_the_state() -> None:
    rows = attendance_rows("出席会议的有：印度共和国总理甲、欧亚开发银行行长乙。")
    assert [(r["state_code"], r["organisation"]) for r in rows] == [("IND", None), (None, "欧亚开发银行")]


def test_a_short_name_with_the_words_of_an_official_form_is_the_state() -> None:
    parsed = parse_entry("伊朗伊斯兰过渡国总理某某")
    assert (parsed["state"], parsed["state_code"], parsed["title"], parsed["name"]) == ("伊朗伊斯兰过渡国", "IRN", "总理", "某某")
    parsed = parse_entry("印度国防部长某某")  # 国防部长 is an office, not a state's form
    assert (parsed["state"], parsed["title"]) == ("印度", "国防部长")


def test_a_stationed_representation_keeps_its_organisation() -> None:
    parsed = parse_entry("联合国开发计划署驻吉尔吉斯斯坦代表处代表某某")
    assert (parsed["organisation"], parsed["organisation_id"], parsed["title"], parsed["name"]) == (
        "联合国开发计划署驻吉尔吉斯斯坦代表处", None, "代表", "某某")  # a longer organisation than the gazetteer's: no id
    parsed = parse_entry("世界卫生组织驻某城代表处代表甲")
    assert (parsed["organisation"], parsed["organisation_id"], parsed["title"]) == ("世界卫生组织驻某城代表处", "WHO", "代表")
