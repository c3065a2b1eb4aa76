"""Chinese paragraph classes met in a blind set. Invented sentences: a verb whose object is an action (主张反对…,
呼吁支持…) gives itself alone, unlike 重申支持; named states with their field's office as the speaker (甲国、乙国交通部长);
the ministries of a field of the members concerned (相关成员国交通主管部门); the secretaries of the security councils
(安全会议秘书们); a block of print/close links in full-width brackets is no paragraph."""

from __future__ import annotations

from scodata.clean import clean_text
from scodata.extract.segment import segment
from tests.lang.framing import zh_paragraph_note

MEMBERS = ["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]


def _note(text: str) -> tuple[object, ...]:
    return zh_paragraph_note(text, MEMBERS, ("speaker", "stances", "endorsing_states", "all_members_endorse"))


def test_a_verb_whose_object_is_an_action() -> None:
    assert _note("成员国主张反对将体育问题政治化。")[:2] == ("成员国", ["主张"])
    assert _note("成员国呼吁支持青年交流，希望加强旅游合作。")[:2] == ("成员国", ["呼吁", "希望"])
    assert _note("成员国重申支持青年交流。")[:2] == ("成员国", ["重申", "支持"])


def test_named_states_with_their_office_speak() -> None:
    assert _note("哈萨克斯坦共和国、俄罗斯联邦和塔吉克斯坦共和国农业部长支持建立种子库。") == (
        "哈萨克斯坦共和国、俄罗斯联邦和塔吉克斯坦共和国农业部长", ["支持"], ["KAZ", "RUS", "TJK"], False)


def test_the_ministries_of_the_members_concerned_speak() -> None:
    assert _note("相关成员国农业主管部门支持研究建立种子库。") == ("相关成员国农业主管部门", ["支持"], [], False)


def test_the_secretaries_of_the_security_councils_speak() -> None:
    assert _note("安全会议秘书们高度评价东道国的筹备工作。") == ("安全会议秘书们", ["高度评价"], MEMBERS, True)


def test_full_width_bracketed_links_are_no_paragraph() -> None:
    text = ("上海合作组织成员国农业部长会议新闻公报\n\n2021年3月3日，上海合作组织成员国农业部长会议在奥什举行。\n\n"
            "部长们支持建立种子库，欢迎举办农业展览会。\n\n［列印本页］　［关闭视窗］\n")
    cleaned = clean_text(text)
    assert "列印" not in cleaned.text and any("列印本页" in edit.before for edit in cleaned.edits)  # removed, logged
    paragraphs = segment(cleaned.text).paragraphs
    assert [p.text[:4] for p in paragraphs] == ["2021", "部长们支"]
