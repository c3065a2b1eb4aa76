"""Chinese paragraph annotations and segmentation: numbered items, 责成 and 关切 stances, page furniture, the
office-holders of the states present (各国…秘书, 与会部长) and unnamed subsets (一些成员国). Invented sentences."""

from __future__ import annotations

from scodata.clean import clean_text
from scodata.extract.segment import segment
from scodata.extract.stances import label_end
from scodata.model import Paragraph
from tests.lang.framing import zh_paragraph_note

MEMBERS = ["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]


def _note(text: str) -> tuple[object, ...]:
    return zh_paragraph_note(text, MEMBERS, ("speaker", "stances", "endorsing_states", "all_members_endorse"))


def test_numbered_item_labels_are_passed_over() -> None:
    assert _note("三、部长们重申支持在本组织框架内扩大本币结算。") == ("部长们", ["重申", "支持"], MEMBERS, True)
    assert _note("（二）成员国呼吁国际社会加强粮食安全合作。")[:2] == ("成员国", ["呼吁"])
    assert _note("4. 与会各方欢迎举办首届青年科技论坛。")[:2] == ("与会各方", ["欢迎"])
    assert _note("１２、外长们注意到观察员国的申请。")[:2] == ("外长们", ["注意到"])


def test_numbered_item_naming_states() -> None:
    speaker, stances, states, everyone = _note("五、印度共和国和俄罗斯联邦支持建立新的能源对话机制。")
    assert (speaker, stances, states, everyone) == ("印度共和国和俄罗斯联邦", ["支持"], ["IND", "RUS"], False)


def test_numbered_item_of_a_partial_subject() -> None:
    assert _note("七、有关成员国支持研究设立区域物流中心。") == ("有关成员国", ["支持"], [], False)


def test_what_is_not_a_label() -> None:
    assert label_end("2019年各方认为…") == 0
    assert label_end("1.5万名青年参加了交流活动。") == 0
    assert label_end("十一、各方认为") == 3
    assert label_end("(3) 各方认为") == 4


def test_entrusting_is_a_stance() -> None:
    note = _note("成员国外长赞同设立专家工作组，责成秘书处拟定工作组条例草案。")
    assert note[:2] == ("成员国外长", ["赞同", "责成"])


def test_concern_with_its_verb_is_one_stance() -> None:
    assert _note("外长们对边境地区走私活动增多深表关切，认为应加强执法合作。")[1] == ["深表关切", "认为"]
    assert _note("元首们对该地区人道主义局势表示关切，呼吁各方保持克制。")[1] == ["表示关切", "呼吁"]
    assert _note("元首们对论坛的筹备工作表示满意。")[1] == ["表示"]  # 满意 is not a stance of its own


TEXT = """上海合作组织成员国外交部长理事会会议新闻公报

2030年3月3日，上海合作组织成员国外交部长理事会会议在某城举行。

哈萨克斯坦共和国外交部长某某、俄罗斯联邦外交部长某某出席会议。

第 1 页／共 2 页

一、与会各方就本组织在新形势下深化安全、经济和人文合作以及完善常设机构工作等广泛议题进行了深入讨论。

二、外长们欢迎举办本组织文化节。

2030年3月3日于某城

【列印本页】【关闭视窗】

打印本页 ｜ 关闭窗口
"""


def test_page_furniture_is_not_a_paragraph() -> None:
    paragraphs = segment(clean_text(TEXT).text).paragraphs
    assert [p.text[:4] for p in paragraphs] == ["2030", "哈萨克斯", "一、与会", "二、外长", "2030"]
    assert [p.seq for p in paragraphs] == [1, 2, 3, 4, 5]


def test_a_numbered_deliberation_ends_the_preamble() -> None:
    paragraphs = segment(clean_text(TEXT).text).paragraphs
    assert [p.section for p in paragraphs] == ["preamble", "preamble", "body", "body", "body"]


def test_member_states_office_holders_speak() -> None:
    assert _note("成员国农业部长重申愿扩大粮食贸易。")[:2] == ("成员国农业部长", ["重申"])
    assert _note("成员国政府首脑（总理）强调数字经济合作的意义。")[:2] == ("成员国政府首脑（总理）", ["强调"])
    assert _note("各成员国代表团团长注意到工作组的报告。")[:2] == ("各成员国代表团团长", ["注意到"])
    assert _note("成员国元首们一致认为，应完善本组织机制。")[:2] == ("成员国元首们", ["认为"])
    assert _note("成员国卫生部长会议于明年举行。")[:2] == (None, [])  # a meeting's name, no speaker


def test_except_clause_before_a_comma() -> None:
    speaker, stances, states, everyone = _note("除巴基斯坦伊斯兰共和国外，其他成员国支持扩大本币结算。")
    assert speaker == "除巴基斯坦伊斯兰共和国外，其他成员国" and stances == ["支持"]
    assert states == [c for c in MEMBERS if c != "PAK"] and everyone is False
    assert _note("除深化经贸合作以外，各方还欢迎扩大人文交流。")[:2] == ("各方", ["欢迎"])


def test_intensity_adverbs_before_a_verb() -> None:
    assert _note("成员国严厉谴责针对平民的袭击，强烈谴责一切形式的极端主义。")[1] == ["谴责", "谴责"]
    assert _note("外长们始终支持政治解决地区冲突。")[1] == ["支持"]


def test_adopting_a_document_is_a_stance_and_ministers_speak() -> None:
    from scodata.extract.stances import annotate

    def note(text: str) -> tuple[object, object]:
        result = annotate(Paragraph(3, text, 0, len(text), "body"), ["CHN", "RUS"])
        return result["speaker"], result["stances"]

    assert note("外长们通过了《关于水安全的声明》。") == ("外长们", ["通过"])
    assert note("交通部长们强调，应加强公路合作。") == ("交通部长们", ["强调"])
    assert note("国防部长们签署了《某某合作计划》。") == ("国防部长们", [])  # signing: an act, no stance
    assert note("各方主张通过对话协商解决分歧。") == ("各方", ["主张"])  # 通过 "by means of"


def test_office_holders_of_the_states_present_speak_for_all() -> None:
    assert _note("各国司法部长强调，应深化法律服务合作。") == ("各国司法部长", ["强调"], MEMBERS, True)
    assert _note("各国国家安全会议秘书一致认为，边境合作成效显著。")[:2] == ("各国国家安全会议秘书", ["认为"])
    assert _note("与会部长注意到物流成本上升，欢迎开通新的货运线路。")[:2] == ("与会部长", ["注意到", "欢迎"])
    assert _note("与会各国代表团团长支持举办青年论坛。")[:2] == ("与会各国代表团团长", ["支持"])
    assert _note("各国总检察长重申致力于打击洗钱。")[:2] == ("各国总检察长", ["重申"])
    assert _note("各国最高法院院长会议将于明年举行。")[:2] == (None, [])  # a meeting's name, no speaker
    assert _note("各国秘书长级官员将于下月会晤。")[:2] == (None, [])  # 秘书长 is no council's secretary


def test_an_unnamed_part_of_the_members_endorses_nothing_named() -> None:
    assert _note("一些成员国表示愿就数字贸易规则开展磋商。") == ("一些成员国", ["表示"], [], False)
    assert _note("少数成员国建议推迟审议该草案。") == ("少数成员国", ["建议"], [], False)
    assert _note("若干成员国对粮价波动表示关切。") == ("若干成员国", ["表示关切"], [], False)


def test_support_as_taiwan_variant_copies_write_it_is_a_stance() -> None:
    assert _note("部长们重申支援简化过境手续。")[:2] == ("部长们", ["重申", "支援"])
