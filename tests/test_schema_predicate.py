"""The compiled predicate agrees with jsonschema on every table, for valid and broken records."""

from __future__ import annotations

import copy
import random

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from scodata.build import build_dataset
from scodata.schema_predicate import compile_schema
from scodata.sources import SourceSpec
from scodata.tables import load_tables
from scodata.write import read_published
from tests.conftest import FIXTURES, SEED

BAD_VALUES = [None, "", "x", "2020-13-45", "2020-01-01", "2020-01-01T00:00:00Z", -1, 0, 1, 1.0, 1.5, True, False,
              [], ["x"], [1], [None], {}, {"a": 1}, "sco-hog-2020-11-30-joint-communique", "IND", "强调", " "]


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    out = tmp_path_factory.mktemp("predicate") / "out"
    specs = [SourceSpec(str(SEED)), SourceSpec(str(FIXTURES / "communique_2023_hog.txt"))]
    specs += [SourceSpec(str(p)) for p in sorted((FIXTURES / "unseen").glob("*.txt"))]
    build_dataset(specs, out)
    return read_published(out)


def mutations(record: dict, rng: random.Random, n: int) -> list[dict]:
    """Copies of a record with one field set to an odd value, removed, or an unknown field added."""
    out = []
    for _ in range(n):
        r = copy.deepcopy(record)
        choice = rng.random()
        if choice < 0.1:
            r["unexpected"] = 1
        elif choice < 0.2 and r:
            r.pop(rng.choice(sorted(r)))
        elif r:
            r[rng.choice(sorted(r))] = copy.deepcopy(rng.choice(BAD_VALUES))
        out.append(r)
    return out


@pytest.mark.parametrize("name", sorted(load_tables()))
def test_predicate_equals_jsonschema(name: str, records: dict[str, list[dict]]) -> None:
    schema = load_tables()[name].schema
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    check = compile_schema(schema, validator)
    assert check is not None, f"{name}: a keyword the predicate does not know"
    rng = random.Random(name)
    rows = records.get(name) or [{}]
    cases = rows[:50] + [m for r in rows[:30] for m in mutations(r, rng, 20)]
    disagreements = [c for c in cases if check(c) != validator.is_valid(c)]
    assert not disagreements, disagreements[:3]
    assert any(not validator.is_valid(c) for c in cases)
    if records.get(name):
        assert any(validator.is_valid(c) for c in cases)


def test_unknown_keyword_falls_back() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string", "multipleOf": 2}}}
    assert compile_schema(schema, Draft202012Validator(schema)) is None
    assert compile_schema({"prefixItems": []}, Draft202012Validator({})) is None


def test_types_follow_draft_2020_12() -> None:
    validator = Draft202012Validator({})
    for schema, value, ok in [({"type": "integer"}, 1.0, True), ({"type": "integer"}, True, False),
                              ({"type": "number"}, False, False), ({"type": ["string", "null"]}, None, True),
                              ({"enum": [1]}, True, False), ({"enum": ["a"]}, "a", True),
                              ({"minimum": 0}, "text", True), ({"pattern": "^a"}, 5, True)]:
        check = compile_schema(schema, validator)
        assert check is not None and check(value) is ok is Draft202012Validator(schema).is_valid(value), schema
