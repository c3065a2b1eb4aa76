"""Chinese paragraph classes met in a blind set. Invented sentences: named states followed by 双方 (or 三方, 各方)
speak as sides, a subset of the members, the speaker keeping the sides word; one state and 双方 is no subset."""

from __future__ import annotations

from tests.lang.framing import zh_paragraph_note

MEMBERS = ["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]


def _note(text: str) -> tuple[object, ...]:
    return zh_paragraph_note(text, MEMBERS, ("speaker", "stances", "endorsing_states", "all_members_endorse"))


def test_named_states_as_sides_are_a_subset() -> None:
    assert _note("塔吉克斯坦和乌兹别克斯坦双方同意互设文化中心。") == (
        "塔吉克斯坦和乌兹别克斯坦双方", ["同意"], ["TJK", "UZB"], False)
    assert _note("中国、印度和巴基斯坦三方一致支持举办青年论坛。") == (
        "中国、印度和巴基斯坦三方", ["支持"], ["CHN", "IND", "PAK"], False)


def test_the_sides_word_is_not_taken_after_one_state() -> None:
    assert _note("印度双方同意扩大交流。")[0] != "印度双方"
