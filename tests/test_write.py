"""Writing and publishing: types in Parquet and SQLite, atomic swap, failed runs, determinism."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from scodata.build import build_dataset
from scodata.errors import InputError, PublishError, ValidationFailed
from scodata.lock import output_lock
from scodata.sources import SourceSpec
from scodata.tables import table_from_schema
from scodata.write import create_tables, delete_rows, insert_rows, read_published
from tests.conftest import FIXTURES, SEED, snapshot

OWN = FIXTURES / "communique_2023_hog.txt"


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("write") / "output"
    build_dataset([SourceSpec(str(SEED))], out)
    return out


def test_parquet_types_follow_the_schemas(seed_output: Path) -> None:
    docs = pq.read_table(seed_output / "parquet" / "documents.parquet")
    assert docs.schema.field("meeting_date").type == pa.date32()
    assert docs.column("meeting_date").to_pylist() == [dt.date(2020, 11, 30)]
    assert docs.schema.field("published_at").type == pa.string()  # ISO 8601 with its own offset, kept
    assert docs.column("published_at").to_pylist() == ["2020-12-01T08:34:00+08:00"]
    paras = pq.read_table(seed_output / "parquet" / "paragraphs.parquet")
    assert paras.schema.field("stances").type == pa.list_(pa.string())
    assert paras.num_rows == 45
    assert pq.ParquetFile(seed_output / "parquet" / "paragraphs.parquet").metadata.row_group(0).column(0).compression == "ZSTD"


def test_sqlite_has_the_same_tables_and_columns(seed_output: Path) -> None:
    conn = sqlite3.connect(seed_output / "scodata.db")
    for path in (seed_output / "parquet").glob("*.parquet"):
        parquet_cols = pq.read_schema(path).names
        sqlite_cols = [r[1] for r in conn.execute(f"pragma table_info([{path.stem}])")]
        assert parquet_cols == sqlite_cols, path.stem
        assert conn.execute(f"select count(*) from [{path.stem}]").fetchone()[0] == pq.read_metadata(path).num_rows
    stances = conn.execute("select stances from paragraphs where seq = 8").fetchone()[0]
    assert isinstance(json.loads(stances), list)
    assert conn.execute("select is_truncated from documents").fetchone()[0] == 1


def test_published_tables_read_back_and_validate(seed_output: Path) -> None:
    from scodata.validate import validate_tables

    data = read_published(seed_output)
    assert validate_tables(data).ok
    doc = data["documents"][0]
    assert doc["doc_id"] == "sco-hog-2020-11-30-joint-communique" and doc["is_truncated"] is True
    assert len(data["paragraphs"]) == 45 and len(data["sources"]) == 1


def test_paragraph_offsets_map_to_raw_text(seed_output: Path) -> None:
    data = read_published(seed_output)
    raw = data["documents"][0]["raw_text"]
    clean = data["documents"][0]["clean_text"]
    for p in data["paragraphs"]:
        assert clean[p["start"] : p["end"]] == p["text"]
        assert raw[p["raw_start"] : p["raw_end"]].replace(" - ", "-").startswith(p["text"][:4])


def test_rebuild_is_deterministic(tmp_path: Path, seed_output: Path) -> None:
    other = tmp_path / "again"
    build_dataset([SourceSpec(str(SEED))], other)
    first, second = snapshot(seed_output), snapshot(other)
    for name in first:
        if name.startswith("parquet/") or name == "scodata.db":
            assert first[name] == second[name], name
    assert read_published(seed_output) == read_published(other)


def test_unchanged_rerun_publishes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build_dataset([SourceSpec(str(SEED))], out)
    before = snapshot(out)
    second = build_dataset([SourceSpec(str(SEED))], out)
    assert first.changed and not second.changed and first.build_id == second.build_id
    assert snapshot(out) == before


def _bad_inputs(tmp: Path) -> dict[str, Path]:
    files = {"empty": b"", "binary": bytes(range(256)) * 4, "not_communique": "今天天气很好。\n\n我们去散步。".encode(),
             "invalid_utf8_mixed": "上海合作组织会议。".encode() + b"\xff\xfe" + "會議".encode("big5")}
    paths = {}
    for name, data in files.items():
        paths[name] = tmp / f"{name}.txt"
        paths[name].write_bytes(data)
    return paths


def test_bad_input_leaves_previous_dataset_untouched(tmp_path: Path, seed_output: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seed_output, out, symlinks=True)
    before = snapshot(out)
    for name, path in _bad_inputs(tmp_path).items():
        with pytest.raises(InputError):
            build_dataset([SourceSpec(str(path))], out)
        assert snapshot(out) == before, name


def test_bad_input_beside_good_is_refused_and_the_good_published(tmp_path: Path, seed_output: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seed_output, out, symlinks=True)
    for name, path in _bad_inputs(tmp_path).items():
        result = build_dataset([SourceSpec(str(SEED)), SourceSpec(str(path))], out)
        assert [r["source"] for r in result.refusals] == [str(path)], name
        assert result.counts["documents"] == 1 and result.refusals[0]["kept_doc_id"] is None


def test_invalid_records_are_reported_and_not_published(tmp_path: Path, seed_output: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seed_output, out, symlinks=True)
    before = snapshot(out)
    data = read_published(out)
    data["documents"][0]["meeting_date"] = "2020-11-31"
    from scodata.publish import validate_or_fail

    with pytest.raises(ValidationFailed) as failed:
        validate_or_fail(out, data)
    report = json.loads((out / "validation_errors.json").read_text(encoding="utf-8"))
    assert report["errors"][0]["path"] == "$.meeting_date" and report["errors"][0]["error_type"] == "format"
    assert "validation_errors.json" in str(failed.value)
    conn = sqlite3.connect(out / "validation_errors.db")
    assert conn.execute("select table_name, doc_id from validation_errors").fetchall() == [
        ("documents", "sco-hog-2020-11-30-joint-communique")]
    assert snapshot(out) == before


HOLD_LOCK = """
import sys, time
from pathlib import Path
from scodata.lock import output_lock
with output_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_second_run_is_refused_while_another_process_holds_the_lock(tmp_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(PublishError, match=f"another scodata run \\(pid {holder.pid}\\)"):
            build_dataset([SourceSpec(str(OWN))], tmp_path)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert build_dataset([SourceSpec(str(OWN))], tmp_path).changed  # free again once the holder is gone


def test_the_lock_is_reentrant_within_a_process(tmp_path: Path) -> None:
    with output_lock(tmp_path):  # as the CLI holds it around the flow, which takes it again
        assert build_dataset([SourceSpec(str(OWN))], tmp_path).changed


def test_release_swap_keeps_old_release_until_replaced(tmp_path: Path, seed_output: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(seed_output, out, symlinks=True)
    old = (out / "current").resolve()
    result = build_dataset([SourceSpec(str(SEED)), SourceSpec(str(OWN))], out)
    assert result.changed and (out / "current").resolve() != old and old.exists()
    assert pq.read_metadata(out / "parquet" / "documents.parquet").num_rows == 2


def test_an_invalid_stored_build_publishes_nothing(tmp_path: Path, seed_output: Path) -> None:
    out = tmp_path / "out"
    build_dataset([SourceSpec(str(SEED))], out)
    before = snapshot(out)
    build_dataset([SourceSpec(str(OWN))], tmp_path / "scratch")  # a build of OWN in another cache
    [stored] = [p for p in (tmp_path / "scratch" / "cache").glob("*.json") if not p.name.endswith(".ref.json")]
    build = json.loads(stored.read_text(encoding="utf-8"))
    build["tables"]["documents"][0]["meeting_date"] = "2023-02-30"  # corrupted on disk
    (out / "cache").mkdir(exist_ok=True)
    for path in (tmp_path / "scratch" / "cache").iterdir():
        shutil.copy(path, out / "cache" / path.name)
    (out / "cache" / stored.name).write_text(json.dumps(build, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationFailed, match="meeting_date"):
        build_dataset([SourceSpec(str(SEED)), SourceSpec(str(OWN))], out)
    assert snapshot(out) == before
    assert not list((out / ".staging").glob("*"))


@pytest.mark.parametrize("keyed", [True, False])
def test_delete_rows_removes_exactly_the_given_rows(keyed: bool) -> None:
    schema = {"title": "notes", "description": "d", "type": "object", "required": ["note_id"],
              "properties": {"note_id": {"type": "string", "description": "id"},
                             "tags": {"type": ["array", "null"], "items": {"type": "string"}, "description": "t"},
                             "day": {"type": ["string", "null"], "format": "date", "description": "d"}}}
    if keyed:
        schema["x-primary-key"] = ["note_id"]
    table = table_from_schema(schema)
    rows = [{"note_id": "a", "tags": ["x"], "day": "2020-11-30"}, {"note_id": "b", "tags": None, "day": None},
            {"note_id": "c", "tags": [], "day": "2021-01-01"}]
    conn = sqlite3.connect(":memory:")
    create_tables(conn, {"notes": table})
    insert_rows(conn, table, rows)
    delete_rows(conn, table, rows[:2])  # a null column matches a null (the keyless table compares every column)
    assert conn.execute("select note_id from notes").fetchall() == [("c",)]
