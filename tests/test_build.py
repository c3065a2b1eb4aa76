"""The build sequence on plain functions: refused sources are reported and do not hold the others back."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from scodata.build import Refusal, build_dataset, preflight
from scodata.errors import InputError
from scodata.sources import SourceSpec
from tests.conftest import FIXTURES, SEED


def _refusals(out: Path) -> list[tuple]:
    with sqlite3.connect(out / "scodata.db") as conn:
        return conn.execute("select source, stage, error_type, message, kept_doc_id from refusals").fetchall()


def test_good_sources_publish_beside_a_refused_one(tmp_path: Path) -> None:
    empty, binary = tmp_path / "empty.txt", tmp_path / "late-nul.txt"
    empty.write_bytes(b"")
    binary.write_bytes(SEED.read_bytes() + b"\x00" * 4 + b"tail")  # a NUL far past the first 8 KiB
    specs = [SourceSpec(str(SEED)), SourceSpec(str(empty)), SourceSpec(str(binary))]
    result = build_dataset(specs, tmp_path / "out")
    assert result.changed and result.counts["documents"] == 1
    rows = {r[0]: r for r in _refusals(tmp_path / "out")}
    assert rows[str(empty)][1:4] == ("read", "InputError", "file is empty")
    assert rows[str(binary)][1] == "process" and "NUL" in rows[str(binary)][3]
    assert len(result.refusals) == 2
    again = build_dataset(specs, tmp_path / "out")  # the same refusals: nothing new to publish
    assert not again.changed and len(again.refusals) == 2


def test_a_refused_source_keeps_its_last_good_build(tmp_path: Path) -> None:
    own = tmp_path / "own.txt"
    shutil.copy(FIXTURES / "communique_2023_hog.txt", own)
    specs = [SourceSpec(str(SEED)), SourceSpec(str(own))]
    first = build_dataset(specs, tmp_path / "out")
    assert first.counts["documents"] == 2
    own.write_bytes(b"")  # the source breaks
    second = build_dataset(specs, tmp_path / "out")
    assert second.counts["documents"] == 2  # its last good build stays published
    [(source, stage, _, message, kept)] = _refusals(tmp_path / "out")
    assert (source, stage, message) == (str(own), "read", "file is empty")
    assert kept is not None and kept.startswith("sco-")


def test_every_source_refused_publishes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="file is empty"):
        build_dataset([SourceSpec(str(empty))], tmp_path / "out")
    assert not (tmp_path / "out" / "current").exists()


def test_preflight_refuses_local_files_without_side_effects(tmp_path: Path) -> None:
    empty, prose = tmp_path / "empty.txt", tmp_path / "prose.txt"
    empty.write_bytes(b"")
    prose.write_text("这不是公报，只是一段没有句号的文字", encoding="utf-8")
    out = tmp_path / "out"
    checked = preflight([SourceSpec(str(empty)), SourceSpec(str(prose))], out)
    assert [r.stage for r in checked.refusals] == ["read", "process"]
    assert all(isinstance(r, Refusal) for r in checked.refusals) and not checked.runnable
    assert not (out / "raw").exists() and not (out / "cache").exists()
