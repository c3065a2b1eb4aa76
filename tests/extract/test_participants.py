import pytest

from scodata.extract.participants import extract_participants, parse_entry
from tests.extract.docs import project, seed_case


def _by_name(rows):
    return {r["name"]: r for r in rows}


def test_seed_has_17_participants_and_one_chair():
    rows = extract_participants("d", seed_case().paragraphs)
    assert len(rows) == 17
    roles = [r["role"] for r in rows]
    assert roles.count("member_state") == 8 and roles.count("sco_body") == 4
    assert roles.count("observer_state") == 4 and roles.count("guest") == 1
    chairs = [r for r in rows if r["is_chair"]]
    assert [(c["state_code"], c["title"], c["name"]) for c in chairs] == [("IND", "副总统", "奈杜")]
    people = _by_name(rows)
    assert people["诺维科夫"]["title"] == "代总理、第一副总理"
    assert people["阿巴斯"]["title"] == "议会外交事务秘书"
    assert people["梅列多夫"]["title"] == "副总理兼外长" and people["梅列多夫"]["role"] == "guest"
    assert people["舒瓦洛夫"]["term"] == "2019-2020年"
    assert people["舒瓦洛夫"]["organisation_id"] == "SCO-IBC"


def test_seed_matches_annotation():
    case = seed_case()
    assert project("participants", extract_participants("d", case.paragraphs)) == case.expected["participants"]


def test_spans_point_at_the_entry():
    case = seed_case()
    by_seq = {p.seq: p for p in case.paragraphs}
    for r in extract_participants("d", case.paragraphs):
        para = by_seq[r["seq"]]
        assert para.text[r["start"] - para.start : r["end"] - para.start] == r["text"]
        assert r["participant_id"].startswith("d:a")


@pytest.mark.parametrize(("entry", "expected"), [
    ("印度共和国外交部长苏杰生", {"state_code": "IND", "title": "外交部长", "name": "苏杰生"}),
    ("独立国家联合体执行委员会主席", {"organisation": "独立国家联合体执行委员会", "organisation_id": "CIS",
                                      "title": "主席", "name": None}),
    ("欧亚经济委员会常设机构负责人", {"organisation_id": "EEC", "title": "常设机构负责人", "name": None}),
    ("国际红十字委员会主席毛雷尔", {"organisation": "国际红十字委员会", "organisation_id": None, "title": "主席",
                                    "name": "毛雷尔"}),
    ("上合组织副秘书长索赫拉布·阿哈迪", {"organisation_id": "SCO-SEC", "title": "副秘书长", "name": "索赫拉布·阿哈迪"}),
])
def test_parse_entry(entry, expected):
    parsed = parse_entry(entry)
    assert {k: parsed[k] for k in expected} == expected


def test_list_splitting_keeps_multi_part_titles_together():
    from scodata.extract.participants import split_items

    text = "中华人民共和国国务院副总理、外交部长王毅、独立国家联合体执行委员会主席、国际红十字委员会主席毛雷尔"
    assert [text[i.start : i.end] for i in split_items(text, 0, len(text))] == [
        "中华人民共和国国务院副总理、外交部长王毅", "独立国家联合体执行委员会主席", "国际红十字委员会主席毛雷尔"]
