"""Chinese paragraph classes met in a blind set. Invented sentences: the services of a field of the members
concerned (有关成员国海关部门) are an unnamed subset; recommending (建议) is a stance; short state names joined by 、
and 和 name a subset."""

from __future__ import annotations

from tests.lang.framing import zh_paragraph_note

MEMBERS = ["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]


def _note(text: str) -> tuple[object, ...]:
    return zh_paragraph_note(text, MEMBERS, ("speaker", "stances", "endorsing_states", "all_members_endorse"))


def test_the_services_of_a_field_of_the_members_concerned_are_a_subset() -> None:
    assert _note("有关成员国海关部门同意定期举行联合培训。") == ("有关成员国海关部门", ["同意"], [], False)
    assert _note("成员国海关部门支持简化通关手续。") == ("成员国海关部门", ["支持"], MEMBERS, True)


def test_recommending_is_a_stance_of_named_states() -> None:
    assert _note("印度、吉尔吉斯斯坦和乌兹别克斯坦建议设立青年创业基金。") == (
        "印度、吉尔吉斯斯坦和乌兹别克斯坦", ["建议"], ["IND", "KGZ", "UZB"], False)
    assert _note("成员国重申合作原则，建议扩大本币结算。")[1] == ["重申", "建议"]
