"""Corpus-wide identity: the same person and the same cited document link to one registry row."""

from __future__ import annotations

import pytest

from scodata.build import build_dataset
from scodata.sources import SourceSpec
from scodata.write import read_published
from tests.conftest import FIXTURES, SEED


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("registry") / "out"
    specs = [SourceSpec(str(SEED)), SourceSpec(str(FIXTURES / "communique_2023_hog.txt"))]
    specs += [SourceSpec(str(p)) for p in sorted((FIXTURES / "unseen").glob("*.txt"))]
    build_dataset(specs, out)
    return read_published(out)


def test_people_link_across_documents(corpus: dict) -> None:
    people = {p["person_key"]: p for p in corpus["people"]}
    participants = corpus["participants"]
    assert all(p["person_key"] in people for p in participants if p["person_key"])
    # the Russian prime minister attends both the seed meeting and the 2023 test meeting
    keys = {p["person_key"] for p in participants if p["name"] == "米舒斯京" and p["state_code"] == "RUS"}
    assert len(keys) == 1
    person = people[keys.pop()]
    assert person["n_documents"] >= 2 and "sco-hog-2020-11-30-joint-communique" in person["doc_ids"]
    assert sum(p["n_documents"] for p in people.values()) == len({(p["person_key"], p["doc_id"])
                                                                  for p in participants if p["person_key"]})


def test_cited_documents_link_to_one_registry_row(corpus: dict) -> None:
    registry = {r["cited_document_key"]: r for r in corpus["cited_document_registry"]}
    cited = corpus["cited_documents"]
    assert {c["cited_document_key"] for c in cited} == set(registry)
    shared = [r for r in registry.values() if r["n_documents"] > 1]
    assert shared, "the test corpus cites some titles in several communiqués"
    for row in shared:
        citing = {c["doc_id"] for c in cited if c["cited_document_key"] == row["cited_document_key"]}
        assert sorted(citing) == row["doc_ids"]
    assert sum(r["n_citations"] for r in registry.values()) == len(cited)
