import json
from pathlib import Path

import jsonschema
import pytest

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


MEMBERSHIPS = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "memberships.schema.json").read_text())


def test_membership_records_validate_and_periods_never_overlap():
    validator = jsonschema.Draft202012Validator(MEMBERSHIPS, format_checker=jsonschema.FormatChecker())
    records = gazetteer.membership_records()
    assert [e.message for r in records for e in validator.iter_errors(r)] == []
    assert len({r["membership_id"] for r in records}) == len(records)
    assert {r["entity_id"] for r in records} <= {e.entity_id for e in gazetteer.entities() if e.kind == "state"}
    by_state: dict[str, list] = {}
    for m in gazetteer.memberships():
        by_state.setdefault(m.entity_id, []).append(m)
    for periods in by_state.values():
        periods.sort(key=lambda m: m.start)
        for before, after in zip(periods, periods[1:], strict=False):
            assert before.end is not None and before.end < after.start


def test_current_status_agrees_with_the_last_period():
    for e in gazetteer.entities():
        periods = [m for m in gazetteer.memberships() if m.entity_id == e.entity_id and m.end is None]
        if e.sco_status in ("member", "observer", "dialogue_partner"):
            assert [m.status for m in periods] == [e.sco_status], e.entity_id


@pytest.mark.parametrize(("code", "day", "status"), [
    ("IND", "2017-06-08", "observer"), ("IND", "2017-06-09", "member"), ("PAK", "2016-11-03", "observer"),
    ("IRN", "2023-07-03", "observer"), ("IRN", "2023-07-04", "member"),
    ("BLR", "2012-06-07", "dialogue_partner"), ("BLR", "2019-06-14", "observer"), ("BLR", "2024-07-04", "member"),
    ("AFG", "2007-08-16", None), ("AFG", "2012-06-07", "observer"), ("MNG", "2003-05-29", None),
    ("MNG", "2024-07-04", "observer"), ("TUR", "2024-07-04", "dialogue_partner"), ("TKM", "2024-07-04", None),
    ("CHN", None, None),
])
def test_status_on_a_day(code, day, status):
    assert gazetteer.status_on(code, day) == status


def test_members_on_a_day():
    assert len(gazetteer.members_on("2007-08-16")) == 6
    assert set(gazetteer.members_on("2019-06-14")) == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK"}
    assert set(gazetteer.members_on("2024-07-04")) == set(gazetteer.member_states())
    assert gazetteer.members_on(None) == []


@pytest.mark.parametrize(("name", "code"), [
    ("獨立國協", "CIS"), ("独立国协", "CIS"), ("東協", "ASEAN"), ("哈萨克共和国", "KAZ"), ("塔吉克", "TJK"),
    ("乌兹别克共和国", "UZB"), ("土库曼", "TKM"), ("亚塞拜然", "AZE"), ("沙乌地阿拉伯", "SAU"), ("寮国", "LAO"),
])
def test_taiwan_usage_and_short_forms(name, code):
    assert gazetteer.lookup(name).entity_id == code


def test_taiwan_short_forms_do_not_break_longer_names():
    found = [m.entity.entity_id for m in gazetteer.scan("哈萨克斯坦共和国、塔吉克斯坦和土库曼斯坦")]
    assert found == ["KAZ", "TJK", "TKM"]


def test_gazetteer_years_agree_with_the_membership_history():
    for e in gazetteer.entities():
        periods = [m for m in gazetteer.memberships() if m.entity_id == e.entity_id]
        members = [m for m in periods if m.status == "member"]
        assert e.member_since == (members[0].start.year if members else None), e.entity_id
        current = [m for m in periods if m.end is None]
        if current:
            assert e.status_since == current[0].start.year, e.entity_id
