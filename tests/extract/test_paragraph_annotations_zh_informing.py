"""通报 (informing the others of a plan, a proposal or progress) is a stance verb, as proposing is; a state's side
(中方, 俄方) speaking alone endorses for itself only. Invented wording."""

from __future__ import annotations

import pytest

from tests.lang.framing import zh_paragraph_note

MEMBERS = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


def _note(text: str) -> tuple[object, ...]:
    return zh_paragraph_note(text, MEMBERS)


@pytest.mark.parametrize(("text", "speaker", "codes", "stances"), [
    ("中方通报了建立上合组织青年交流中心的倡议。", "中方", ["CHN"], ["通报"]),
    ("俄方通报了筹备下届论坛的进展情况。", "俄方", ["RUS"], ["通报"]),
])
def test_one_side_informs(text: str, speaker: str, codes: list[str], stances: list[str]) -> None:
    assert _note(text) == (speaker, codes, False, stances)


def test_informing_in_a_run_of_verbs() -> None:
    text = "成员国代表团团长通报了各国落实行动计划的情况，并欢迎召开专家会议。"
    assert _note(text) == ("成员国代表团团长", MEMBERS, True, ["通报", "欢迎"])


def test_a_report_noun_is_no_speaker() -> None:
    assert _note("秘书处的通报显示合作进展顺利。") == (None, MEMBERS, True, [])
