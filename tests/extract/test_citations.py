from scodata.extract.citations import bracketed_titles, extract_citations, normalise_title, title_key
from scodata.model import Paragraph
from tests.extract.docs import seed_case, unseen_cases


def _para(text, seq=1, start=0):
    return Paragraph(seq, text, start, start + len(text))


def test_seed_titles_and_nesting():
    rows = extract_citations("d", seed_case().paragraphs)
    top = [r for r in rows if r["parent_id"] is None]
    nested = [r for r in rows if r["parent_id"] is not None]
    assert len(top) == 19 and len(nested) == 1
    parent = next(r for r in rows if r["cited_document_id"] == nested[0]["parent_id"])
    assert nested[0]["title"] == "上合组织至2025年发展战略"
    assert parent["title"].startswith("〈上合组织至2025年发展战略〉")


def test_action_date_place_before_title():
    rows = extract_citations("d", [_para("应继续落实2010年6月11日在塔什干签署的《上合组织成员国政府间农业合作协议》。")])
    assert (rows[0]["action"], rows[0]["date"], rows[0]["place"]) == ("签署", "2010-06-11", "塔什干")


def test_date_place_after_title_both_widths():
    half = extract_citations("d", [_para("落实《上海合作组织宪章》和《杜尚别宣言》(2021年9月17日,杜尚别)。")])
    full = extract_citations("d", [_para("落实《杜尚别宣言》（2021年9月17日，杜尚别）。")])
    assert (half[1]["date"], half[1]["place"]) == ("2021-09-17", "杜尚别")
    assert half[0]["date"] is None
    assert (full[0]["date"], full[0]["place"]) == ("2021-09-17", "杜尚别")


def test_spans_and_text():
    para = _para("支持《甲〈乙〉丙》", start=100)
    rows = extract_citations("d", [para])
    assert [(r["start"], r["end"], r["text"]) for r in rows] == [(102, 109, "《甲〈乙〉丙》"), (104, 107, "〈乙〉")]
    assert [(b.start, b.end) for b in bracketed_titles("《未闭合")] == []


def test_same_title_links_across_documents():
    assert normalise_title("2026 — 2030年行动计划(草案)") == "2026-2030年行动计划（草案）"
    keys = {}
    for case in unseen_cases():
        for r in extract_citations(case.name, case.paragraphs):
            keys.setdefault(r["title_normalised"], set()).add(r["cited_document_key"])
    assert all(len(v) == 1 for v in keys.values())
    assert title_key("上合组织至2035年发展战略") in keys["上合组织至2035年发展战略"]
    assert len(keys["上合组织成员国铁路合作构想"]) == 1


def test_an_action_that_is_the_topic_of_talks_is_none():
    def actions(text):
        return [(r["title"], r["action"]) for r in extract_citations("d", [_para(text)])]

    assert actions("部分国家同意就修订《戊运输协议》的补充议定书继续交换意见。") == [("戊运输协议", None)]
    assert actions("各方围绕制定《己合作规划》进行了深入讨论。") == [("己合作规划", None)]
    assert actions("各方就此达成共识，签署了《庚备忘录》。") == [("庚备忘录", "签署")]  # 就 in an earlier clause
    assert actions("成员国关于制定《辛行动计划》的倡议获得支持。") == [("辛行动计划", "制定")]  # a proposal names it
