"""Publishing: an unchanged re-run is recognised by its inputs and does no work; any change rebuilds."""

from __future__ import annotations

import shutil
from pathlib import Path

from scodata.build import build_dataset
from scodata.publish import FINGERPRINT
from scodata.sources import SourceSpec
from tests.conftest import FIXTURES, SEED, snapshot


def test_unchanged_inputs_skip_the_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    specs = [SourceSpec(str(SEED)), SourceSpec(str(FIXTURES / "communique_2023_hog.txt"))]
    first = build_dataset(specs, out)
    before = snapshot(out)
    assert first.changed and (first.release / FINGERPRINT).is_file()
    shutil.rmtree(out / "cache")  # nothing is processed: the cache is not even needed
    again = build_dataset(specs, out)
    assert not again.changed and again.build_id == first.build_id and again.counts == first.counts
    assert not (out / "cache").exists() and snapshot(out) == before


def test_changed_inputs_rebuild(tmp_path: Path) -> None:
    out = tmp_path / "out"
    seed = SourceSpec(str(SEED))
    first = build_dataset([seed], out)
    (first.release / FINGERPRINT).unlink()  # forgotten inputs: the full path runs and finds the same data
    same = build_dataset([seed], out)
    assert not same.changed and same.build_id == first.build_id and (first.release / FINGERPRINT).is_file()
    more = build_dataset([seed, SourceSpec(str(FIXTURES / "communique_2023_hog.txt"))], out)
    assert more.changed and more.counts["documents"] == 2
    reordered = build_dataset([SourceSpec(str(FIXTURES / "communique_2023_hog.txt")), seed], out)
    assert reordered.counts["documents"] == 2  # other inputs: checked again, not taken on trust


def test_new_writers_publish_a_new_release(tmp_path: Path, monkeypatch) -> None:
    """Writers that change only how the files are written (say the SQLite file) still publish: the run's
    fingerprint and the release id both hold the writers' version."""
    out = tmp_path / "out"
    seed = [SourceSpec(str(SEED))]
    first = build_dataset(seed, out)
    monkeypatch.setattr("scodata.cache.writers_version", lambda: "other-writers")
    second = build_dataset(seed, out)
    assert second.changed and second.build_id != first.build_id
    assert (out / "current").resolve() == second.release and first.release.is_dir()
    assert second.counts == first.counts
    assert not build_dataset(seed, out).changed
