"""Local files unchanged since an earlier run are known by their hash and not read again."""

from __future__ import annotations

import os
import pickle
import time
from pathlib import Path

import pytest

from scodata.build import build_dataset, read_all
from scodata.errors import InputError
from scodata.filestats import FILE_STATS, KnownFile
from scodata.model import RawSource
from scodata.sources import SourceSpec
from tests.conftest import FIXTURES, SEED


def _aged(path: Path, seconds: float = 60) -> Path:
    old = time.time() - seconds
    os.utime(path, (old, old))
    return path


def test_an_unchanged_file_is_known_and_its_bytes_read_only_when_needed(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(SEED.read_bytes())
    _aged(doc)
    out = tmp_path / "out"
    [first] = read_all([SourceSpec(str(doc))], out)
    assert type(first) is RawSource and (out / FILE_STATS).is_file()
    [again] = read_all([SourceSpec(str(doc))], out)
    assert isinstance(again, KnownFile) and "data" not in vars(again)
    assert again.sha256 == first.sha256 and again.uri == first.uri
    assert pickle.loads(pickle.dumps(again)).data == SEED.read_bytes()  # as handed to a worker process


def test_a_changed_or_fresh_file_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    read_all([SourceSpec(str(doc))], out)
    assert not (out / FILE_STATS).exists()  # changed just now: its times cannot be trusted yet
    _aged(doc)
    read_all([SourceSpec(str(doc))], out)
    doc.write_bytes(SEED.read_bytes() + "补充。".encode())
    _aged(doc, 30)
    [read] = read_all([SourceSpec(str(doc))], out)
    assert type(read) is RawSource and read.data.endswith("补充。".encode())


def test_bytes_that_no_longer_have_the_known_hash_are_refused(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_bytes(b"changed")
    with pytest.raises(InputError, match="changed while being read"):
        KnownFile(str(doc), "0" * 64, "doc.txt").data  # noqa: B018


def test_a_corpus_grown_from_known_files_equals_a_cold_build(tmp_path: Path) -> None:
    doc, other = tmp_path / "doc.txt", tmp_path / "other.txt"
    doc.write_bytes(SEED.read_bytes())
    other.write_bytes((FIXTURES / "communique_2023_hog.txt").read_bytes())
    _aged(doc), _aged(other)
    build_dataset([SourceSpec(str(doc))], tmp_path / "a")
    grown = build_dataset([SourceSpec(str(doc)), SourceSpec(str(other))], tmp_path / "a")  # doc is known now
    assert grown.changed and grown.counts["documents"] == 2
    cold = build_dataset([SourceSpec(str(doc)), SourceSpec(str(other))], tmp_path / "b")
    assert grown.build_id == cold.build_id
