from scodata.extract.stances import annotate
from scodata.model import Paragraph
from tests.extract.docs import seed_case

MEMBERS = ["IND", "KAZ", "CHN", "KGZ", "PAK", "RUS", "TJK", "UZB"]


def _annotate(text, section="body"):
    return annotate(Paragraph(9, text, 0, len(text), section), MEMBERS)


def test_named_states_endorse_only_themselves():
    seed = seed_case()
    para = next(p for p in seed.paragraphs if p.text.startswith("哈萨克斯坦共和国、"))
    note = annotate(para, MEMBERS)
    assert note["endorsing_states"] == ["KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]
    assert note["all_members_endorse"] is False
    assert note["stances"] == ["重申", "支持", "肯定"]


def test_related_heads_is_an_unknown_subset():
    note = _annotate("相关代表团团长强调，逐步落实该计划具有重要意义。")
    assert (note["speaker"], note["endorsing_states"], note["all_members_endorse"]) == ("相关代表团团长", [], False)


def test_preamble_has_no_endorsement():
    assert _annotate("印度共和国副总统奈杜主持会议。", "preamble") == {
        "speaker": None, "endorsing_states": [], "all_members_endorse": None, "stances": []}


def test_all_members_and_stance_order():
    note = _annotate("各代表团团长支持继续深化合作，强调落实纲要非常重要，高度评价论坛成果。团长们认为，应加强交流，支持举办论坛。")
    assert note["speaker"] == "各代表团团长" and note["all_members_endorse"] is True
    assert note["endorsing_states"] == sorted(MEMBERS)
    assert note["stances"] == ["支持", "强调", "高度评价", "认为"]  # the last 支持 is governed by 应


def test_except_clause():
    note = _annotate("除印度共和国外的成员国重申支持“一带一路”倡议。")
    assert note["endorsing_states"] == sorted(set(MEMBERS) - {"IND"}) and note["all_members_endorse"] is False


def test_member_noun_phrase_is_not_a_speaker():
    note = _annotate("上合组织成员国国防部长会议于2025年4月25日在青岛召开，元首们对会议成果表示满意。")
    assert note["speaker"] == "元首们" and note["stances"] == ["表示"]
