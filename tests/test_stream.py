"""Releases built from the previous one: only changed documents are processed, and the files equal a cold build."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from scodata.build import build_dataset
from scodata.search import search
from scodata.sources import SourceSpec
from scodata.stream import INDEX_FILE, previous_documents
from tests.conftest import FIXTURES, SEED

CORPUS = [SEED, *sorted((FIXTURES / "unseen").glob("*.txt"))]


def _parquet(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "parquet").glob("*.parquet"))}


def _rows(out: Path) -> list[str]:
    """Every row of every table, search-index internals aside (their pages depend on the order of inserts)."""
    with sqlite3.connect(out / "scodata.db") as conn:
        return sorted(line for line in conn.iterdump() if not line.startswith('INSERT INTO "paragraphs_'))


def _specs(paths: list[Path]) -> list[SourceSpec]:
    return [SourceSpec(str(p)) for p in paths]


def test_adding_and_removing_documents_gives_the_files_of_a_cold_build(tmp_path: Path) -> None:
    grown, cold = tmp_path / "grown", tmp_path / "cold"
    build_dataset(_specs(CORPUS[:-3]), grown)
    added = build_dataset(_specs(CORPUS), grown)  # from the previous release: three documents added
    assert added.build_id == build_dataset(_specs(CORPUS), cold).build_id
    assert _parquet(grown) == _parquet(cold)
    assert _rows(grown) == _rows(cold)
    shutil.rmtree(cold)
    removed = build_dataset(_specs(CORPUS[4:]), grown)  # four removed
    assert removed.build_id == build_dataset(_specs(CORPUS[4:]), cold).build_id
    assert _parquet(grown) == _parquet(cold) and _rows(grown) == _rows(cold)


def test_search_finds_the_same_after_documents_are_added_and_removed(tmp_path: Path) -> None:
    grown, cold = tmp_path / "grown", tmp_path / "cold"
    build_dataset(_specs(CORPUS[:5]), grown)
    build_dataset(_specs(CORPUS[3:]), grown)
    build_dataset(_specs(CORPUS[3:]), cold)
    for q in ("合作", "上海合作组织", "农业", "的", "一带一路"):
        with sqlite3.connect(grown / "scodata.db") as a, sqlite3.connect(cold / "scodata.db") as b:
            found = sorted(r["paragraph_id"] for r in search(a, q, limit=10_000))
            assert found == sorted(r["paragraph_id"] for r in search(b, q, limit=10_000)), q


def test_each_release_records_the_build_of_every_document(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = build_dataset(_specs(CORPUS[:2]), out)
    documents = previous_documents(result.release)
    assert (result.release / INDEX_FILE).is_file() and len(documents) == 2
    assert all((out / "cache" / f"{key}.json").is_file() for key in documents.values())


def test_a_grown_release_reads_the_builds_it_keeps_from_one_index(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_dataset(_specs(CORPUS[:-1]), out)
    for ref in (out / "cache").glob("*.ref.json"):  # without the release's index these would be needed
        ref.unlink()
    grown = build_dataset(_specs(CORPUS), out)
    assert len(list((out / "cache").glob("*.ref.json"))) == 1  # only the added document was processed
    cold = build_dataset(_specs(CORPUS), tmp_path / "cold")
    assert grown.build_id == cold.build_id and _parquet(out) == _parquet(tmp_path / "cold")


def test_an_error_on_the_database_thread_fails_the_run_and_keeps_the_release(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_dataset(_specs(CORPUS[:2]), out)
    current = (out / "current").resolve()
    db = current / "scodata.db"
    db.chmod(0o644)
    db.write_bytes(b"not a database" * 100)  # the previous release's file, damaged: patching a copy fails
    before = {p.name: p.read_bytes() for p in (current / "parquet").iterdir()}
    with pytest.raises(sqlite3.DatabaseError):
        build_dataset(_specs(CORPUS[:3]), out)
    assert (out / "current").resolve() == current
    assert {p.name: p.read_bytes() for p in (current / "parquet").iterdir()} == before
    assert not list((out / ".staging").glob("*"))
