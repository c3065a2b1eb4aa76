"""Validation: every record against its JSON Schema (Draft 2020-12, formats checked), errors as data."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from scodata.tables import load_tables
from scodata.validate import drop_invalid, validate_tables


def paragraph(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "paragraph_id": "d:p001", "doc_id": "d", "seq": 1, "section": "body", "text": "各方强调。", "start": 0,
        "end": 5, "raw_start": 0, "raw_end": 5, "speaker": "各方", "endorsing_states": ["CHN"],
        "all_members_endorse": True, "stances": ["强调"],
    }
    row.update(changes)
    return row


def test_valid_records_pass() -> None:
    report = validate_tables({"paragraphs": [paragraph()]})
    assert report.ok and report.checked == {"paragraphs": 1}


def test_errors_name_table_record_path_and_type() -> None:
    report = validate_tables({"paragraphs": [paragraph(), paragraph(paragraph_id="d:p002", seq=0,
                                                                    endorsing_states=["china"])]})
    assert not report.ok
    found = {(i.table_name, i.record_key, i.error_type, i.path) for i in report.issues}
    assert found == {("paragraphs", "d:p002", "minimum", "$.seq"),
                     ("paragraphs", "d:p002", "pattern", "$.endorsing_states[0]")}
    assert all(i.doc_id == "d" for i in report.issues)
    rows = report.as_records()
    assert [r["error_id"] for r in rows] == [1, 2]
    assert validate_tables({"validation_errors": rows}).ok
    assert [r["paragraph_id"] for r in drop_invalid({"paragraphs": [paragraph()]}, report)["paragraphs"]] == ["d:p001"]


def test_dates_must_be_real_dates() -> None:
    source = {"sha256": "a" * 64, "kind": "url", "uri": "http://127.0.0.1/x", "bytes": 10, "encoding": "utf-8",
              "raw_path": "raw/" + "a" * 64, "retrieved_at": "2020-02-30T10:00:00Z"}
    report = validate_tables({"sources": [source]})
    assert [(i.error_type, i.path) for i in report.issues] == [("format", "$.retrieved_at")]


def test_missing_required_and_extra_fields() -> None:
    row = paragraph(extra="x")
    del row["text"]
    types = sorted(i.error_type for i in validate_tables({"paragraphs": [row]}).issues)
    assert types == ["additionalProperties", "required"]


def test_unknown_table_is_an_error() -> None:
    assert validate_tables({"nonsense": [{}]}).issues[0].error_type == "unknown_table"


@pytest.mark.parametrize("name", sorted(load_tables()))
def test_every_package_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    Draft202012Validator.check_schema(load_tables()[name].schema)  # builds trust these; they do not re-check
