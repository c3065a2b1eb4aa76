"""The pool of worker processes: the same builds as one process, in order, and a dead worker loses nothing."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

from scodata import workers
from scodata.build import process_all, read_or_refuse
from scodata.model import RawSource
from scodata.sources import SourceSpec
from tests.conftest import FIXTURES, SEED


def _pids(batch: list[int]) -> list[tuple[int, int]]:
    return [(n * n, os.getpid()) for n in batch]


def _die_in_a_worker(batch: list[int]) -> list[int]:
    if multiprocessing.parent_process() is not None:  # in a worker: die as a killed process would
        os._exit(1)
    return [-n for n in batch]


@pytest.fixture
def fresh_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool of this test's own (and a process that may use one again afterwards)."""
    monkeypatch.setattr(workers, "_pool", None)
    monkeypatch.setattr(workers, "_pool_broken", False)
    yield
    if workers._pool is not None:
        workers._pool.shutdown()


def test_batches_run_in_other_processes_and_come_back_in_order(fresh_pool: None) -> None:
    results = workers.map_batches(_pids, list(range(40)), in_pool=True)
    assert [square for square, _ in results] == [n * n for n in range(40)]
    assert os.getpid() not in {pid for _, pid in results}


def test_batches_of_a_dead_worker_run_here(fresh_pool: None) -> None:
    assert workers.map_batches(_die_in_a_worker, list(range(10)), in_pool=True) == [-n for n in range(10)]
    assert workers._pool_broken  # and this process works alone from now on
    assert workers.map_batches(_pids, [3], in_pool=True) == [(9, os.getpid())]


def test_few_documents_stay_in_this_process() -> None:
    assert not workers.use_processes(1) and workers.use_processes(workers.POOL_MIN) == (workers.WORKERS > 1)


def test_the_pool_builds_what_one_process_builds(tmp_path: Path, fresh_pool: None) -> None:
    paths = [SEED, *sorted((FIXTURES / "unseen").glob("*.txt"))[:7]]
    sources = [read_or_refuse(SourceSpec(str(p)), None) for p in paths]
    assert all(isinstance(s, RawSource) for s in sources)
    pooled = process_all(sources, tmp_path / "a", in_pool=True)
    alone = process_all(sources, tmp_path / "b", in_pool=False)
    assert workers._pool is not None and not workers._pool_broken
    assert [(b.doc_id, b.key, b.validated, cached) for b, cached in pooled] == \
        [(b.doc_id, b.key, b.validated, cached) for b, cached in alone]
    assert all(b.validated for b, _ in pooled)  # records validated where they were built
    assert sorted(p.name for p in (tmp_path / "a" / "raw").iterdir()) == sorted(s.sha256 for s in sources)
