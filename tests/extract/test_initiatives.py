from scodata.extract.initiatives import extract_initiatives
from scodata.model import Paragraph
from tests.extract.docs import seed_case


def _rows(text):
    return [(r["proposer"], r["state_code"], r["subject"], r["stance"], r["form"])
            for r in extract_initiatives("d", [Paragraph(5, text, 0, len(text))])]


def test_seed_initiatives():
    rows = extract_initiatives("d", seed_case().paragraphs)
    assert len(rows) == 13
    assert ("中华人民共和国", "一带一路", "重申支持") in [(r["proposer"], r["subject"], r["stance"]) for r in rows]
    region = next(r for r in rows if r["form"] == "at_the_initiative_of")
    assert (region["proposer"], region["state_code"]) == ("俄罗斯联邦车里雅宾斯克州", "RUS")


def test_list_of_proposals_gives_one_row_each():
    text = "团长们注意到印度共和国关于设立甲工作组、吉尔吉斯共和国关于设立乙机制、巴基斯坦伊斯兰共和国关于设立丙工作组的倡议。"
    assert [(p, s) for p, _, s, _, _ in _rows(text)] == [
        ("印度共和国", "设立甲工作组"), ("吉尔吉斯共和国", "设立乙机制"), ("巴基斯坦伊斯兰共和国", "设立丙工作组")]


def test_side_names_and_quoted_subject():
    assert _rows("各方支持中方提出的“全球发展”倡议。") == [("中方", "CHN", "全球发展", "支持", "proposed_by")]
    assert _rows("各方欢迎应塔方倡议举行的上合组织水资源论坛。") == [
        ("塔方", "TJK", "上合组织水资源论坛", "欢迎", "at_the_initiative_of")]


def test_advocate_verb_is_not_an_initiative():
    assert _rows("考虑到成员国的意见，各方重申，倡议推动建设新型国际关系。") == []


def test_other_attribution_forms():
    assert _rows("各方欢迎中方提出的关于建立数据中心的倡议。") == [("中方", "CHN", "建立数据中心", "欢迎", "proposed_by")]
    assert _rows("成员国支持哈萨克斯坦共和国的“世界团结联盟”倡议。") == [
        ("哈萨克斯坦共和国", "KAZ", "世界团结联盟", "支持", "proposed_by")]
    assert _rows("各方注意到中方“全球安全倡议”。") == [("中方", "CHN", "全球安全", "注意到", "proposed_by")]
    assert _rows("肯定各方为共同实施“一带一路”倡议所做工作。") == []
