"""The merge plan of a per-document table: the kept documents' rows of the previous release and the changed ones'
rows, in doc_id order, planned from where documents go in and out (checked against a sort on random tables)."""

from __future__ import annotations

import random

import pyarrow as pa

from scodata.stream import _runs, merge_plan


def _table(rng: random.Random, ids: list[str]) -> list[str]:
    return [doc_id for doc_id in ids for _ in range(rng.randint(0, 3))]  # a document may hold no row of a table


def _apply(plan: list[tuple[bool, int, int]], old: list[str], new: list[str]) -> list[tuple[str, bool, int]]:
    return [((old if from_old else new)[i], from_old, i)
            for from_old, start, length in plan for i in range(start, start + length)]


def test_the_plan_gives_the_rows_of_a_sort_of_kept_and_new() -> None:
    rng = random.Random(11)
    for _ in range(400):
        pool = sorted({f"d{rng.randint(0, 60):03d}" for _ in range(rng.randint(0, 40))})
        before = sorted(rng.sample(pool, rng.randint(0, len(pool))))
        keep = {d for d in before if rng.random() < 0.8}
        new_docs = sorted(d for d in pool if d not in keep and rng.random() < 0.5)
        old, new = _table(rng, before), _table(rng, new_docs)
        plan = merge_plan(_runs(pa.chunked_array([old], pa.string())), keep,
                          _runs(pa.chunked_array([new], pa.string())))
        expected = sorted([(d, True, i) for i, d in enumerate(old) if d in keep]
                          + [(d, False, i) for i, d in enumerate(new)])
        assert _apply(plan, old, new) == expected
        assert all(a[0] != b[0] or a[1] + a[2] != b[1] for a, b in zip(plan, plan[1:], strict=False))  # runs joined


def test_runs_of_an_empty_column_are_empty() -> None:
    assert _runs(pa.chunked_array([], pa.string())) == ([], [])
    assert merge_plan(([], []), set(), ([], [])) == []


def test_runs_of_a_dictionary_column_equal_those_of_its_strings() -> None:
    rng = random.Random(3)
    ids = sorted(f"d{rng.randint(0, 30):02d}" for _ in range(200))
    chunks = [ids[:70], ids[70:71], ids[71:]]  # a document across chunks, each chunk with its own dictionary
    plain = pa.chunked_array(chunks, pa.string())
    encoded = pa.chunked_array([pa.array(c, pa.string()).dictionary_encode() for c in chunks])
    assert _runs(encoded) == _runs(plain)
    assert sum(1 for a, b in zip(ids, ids[1:], strict=False) if a != b) + 1 == len(_runs(plain)[0])
    repeated = pa.chunked_array([pa.DictionaryArray.from_arrays(pa.array([0, 1, 1, 2], pa.int32()),
                                                                pa.array(["a", "b", "b"]))])
    assert _runs(repeated) == (["a", "b"], [1, 4])  # a dictionary with a value twice: read as strings
