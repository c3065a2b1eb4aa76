"""The benchmark corpus generator makes communiqués the pipeline accepts (no timing here)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.synth import communique, write_corpus
from scodata.build import build_dataset
from scodata.sources import SourceSpec
from scodata.write import read_published


def test_generator_is_deterministic() -> None:
    assert communique(7) == communique(7) and communique(7) != communique(8)


def test_synthetic_corpus_builds(tmp_path: Path) -> None:
    files = write_corpus(tmp_path / "corpus", 12)
    result = build_dataset([SourceSpec(str(f)) for f in files], tmp_path / "out")
    assert result.counts["documents"] == 12
    data = read_published(tmp_path / "out")
    truncated = [d for d in data["documents"] if d["is_truncated"]]
    assert len(truncated) == 1  # index 4 carries a viewer trailer
    assert sum(1 for e in data["cleaning_log"] if e["rule"] == "page_break_join") == 1
    assert result.counts["participants"] >= 12 * 5 and result.counts["initiatives"] >= 12
