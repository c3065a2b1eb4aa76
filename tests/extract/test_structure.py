import json
from pathlib import Path

import jsonschema
import opencc
import pytest

from scodata.extract.structure import STRUCTURE_TABLES, extract_structure
from tests.extract.docs import UNSEEN, paragraphs_of, predict, seed_case, unseen_cases, with_preamble

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
CASES = [seed_case(), *unseen_cases()]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_matches_hand_annotation(case):
    predicted = predict(case)
    for table, expected in case.expected.items():
        assert predicted[table] == expected, table


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_records_validate_and_point_into_the_text(case):
    annotations, tables = extract_structure("doc-1", case.paragraphs, case.meeting_date)
    assert len(annotations) == len(case.paragraphs)
    assert set(tables) == set(STRUCTURE_TABLES)
    by_seq = {p.seq: p for p in case.paragraphs}
    for name, rows in tables.items():
        schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text())
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        key = schema["x-primary-key"][0]
        assert len({r[key] for r in rows}) == len(rows)
        for row in rows:
            assert [e.message for e in validator.iter_errors(row)] == []
            para = by_seq[row["seq"]]
            assert row["paragraph_id"] == f"doc-1:p{para.seq:03d}"
            assert para.text[row["start"] - para.start : row["end"] - para.start] == row["text"]


def test_traditional_text_after_t2s_gives_the_same_records():
    source = (UNSEEN / "u3_hog_moscow_traditional.txt").read_text(encoding="utf-8")
    assert "會議" in source
    converted = opencc.OpenCC("t2s").convert(source)
    case = next(c for c in CASES if c.name == "u3_hog_moscow_traditional")
    direct = with_preamble(paragraphs_of(converted), 4)
    _, tables = extract_structure("x", direct, case.meeting_date)
    _, expected = extract_structure("x", case.paragraphs, case.meeting_date)
    assert tables == expected
    assert len(tables["participants"]) == 15
