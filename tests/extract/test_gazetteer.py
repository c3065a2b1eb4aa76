import json
from pathlib import Path

import jsonschema

from scodata import gazetteer

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "gazetteer.schema.json").read_text())


def test_records_validate_and_ids_unique():
    validator = jsonschema.Draft202012Validator(SCHEMA)
    records = gazetteer.gazetteer_records()
    assert [e.message for r in records for e in validator.iter_errors(r)] == []
    ids = [r["entity_id"] for r in records]
    assert len(ids) == len(set(ids))
    assert all(len(r["entity_id"]) == 3 for r in records if r["kind"] == "state")


def test_members_include_iran_and_belarus():
    assert set(gazetteer.member_states()) == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK", "IRN", "BLR"}
    assert set(gazetteer.member_states(2020)) == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK"}


def test_scan_is_leftmost_longest():
    found = [(m.text, m.entity.entity_id) for m in gazetteer.scan("白俄罗斯共和国和俄罗斯联邦同东盟国家")]
    assert found == [("白俄罗斯共和国", "BLR"), ("俄罗斯联邦", "RUS"), ("东盟", "ASEAN")]


def test_side_names_and_guards():
    assert gazetteer.state_code("中方") == "CHN"
    assert gazetteer.state_code("印方") == "IND"
    assert [m.text for m in gazetteer.scan("其中方案、集中方式、印度洋沿岸")] == []


def test_traditional_and_short_forms():
    assert gazetteer.lookup("哈薩克斯坦共和國").entity_id == "KAZ"
    assert gazetteer.lookup("獨聯體").entity_id == "CIS"
    assert gazetteer.lookup("上合组织").entity_id == "SCO"
    assert gazetteer.lookup("哈萨克斯坦").entity_id == "KAZ"
    assert gazetteer.match_at("地区反恐怖机构执行委员会主任").entity.entity_id == "SCO-RATS"
