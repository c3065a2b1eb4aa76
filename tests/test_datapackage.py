"""The Frictionless data package: the real `frictionless validate` CLI checks every published file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scodata.release.datapackage import file_sha256


def frictionless_validate(descriptor: Path) -> dict:
    """Run the real `frictionless validate --json` (as a newcomer would) and return its report."""
    proc = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", str(descriptor)],
                          capture_output=True, text=True, timeout=300, cwd=descriptor.parent)
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def release(built_output: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the published release (tests may tamper with it)."""
    copy = tmp_path_factory.mktemp("package") / "release"
    shutil.copytree((built_output / "current").resolve(), copy)
    return copy


def test_descriptor_describes_every_file(release: Path) -> None:
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"].startswith("https://datapackage.org/profiles/2.0/")
    for key in ("name", "title", "description", "version", "created", "licenses", "sources"):
        assert package[key], key
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    names = {r["name"] for r in package["resources"]}
    assert {p.stem for p in (release / "parquet").glob("*.parquet")} | {"scodata-sqlite"} == names
    for resource in package["resources"]:
        path = release / resource["path"]
        assert resource["bytes"] == path.stat().st_size
        assert resource["hash"] == f"sha256:{file_sha256(path)}"
        if resource["type"] == "table":
            assert all(f.get("description") for f in resource["schema"]["fields"])


def test_frictionless_validate_passes(release: Path) -> None:
    report = frictionless_validate(release / "datapackage.json")
    failures = {t["name"]: [e["message"] for e in t["errors"][:3]] for t in report["tasks"] if not t["valid"]}
    assert report["valid"], failures
    checked = {t["name"]: t["stats"] for t in report["tasks"]}
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert set(checked) == {r["name"] for r in package["resources"]}
    for resource in (r for r in package["resources"] if r["type"] == "table"):
        stats = checked[resource["name"]]  # Frictionless read and counted the file itself
        assert (stats["bytes"], stats.get("rows", 0)) == (resource["bytes"], resource["rows"])
        assert f"sha256:{stats['sha256']}" == resource["hash"]


def test_frictionless_catches_a_tampered_file(release: Path, tmp_path: Path) -> None:
    """The checks are live: a Parquet file that is not the one described fails on hash and bytes."""
    copy = tmp_path / "tampered"
    shutil.copytree(release, copy)
    (copy / "parquet" / "sources.parquet").write_bytes((copy / "parquet" / "documents.parquet").read_bytes())
    report = frictionless_validate(copy / "datapackage.json")
    assert not report["valid"]
    sources = next(t for t in report["tasks"] if t["name"] == "sources")
    assert {"hash-count", "byte-count"} <= {e["type"] for e in sources["errors"]}


def test_a_dataset_in_three_languages_validates(tmp_path: Path) -> None:
    """Chinese, English and Russian versions of one work with the bundled communiqué: `scodata validate` and
    `frictionless validate` pass, the versions share a work_id, and their paragraphs are aligned."""
    from scodata.build import build_dataset
    from scodata.sources import SourceSpec
    from tests.conftest import FIXTURES, SEED

    triple = sorted((FIXTURES / "multilingual").glob("tri_cfm_cholpon_ata.*.txt"))
    out = tmp_path / "out"
    build_dataset([SourceSpec(str(p)) for p in [SEED, *triple]], out)
    check = subprocess.run([sys.executable, "-m", "scodata.cli", "validate", "--output", str(out), "--json"],
                           capture_output=True, text=True, timeout=300)
    assert check.returncode == 0 and json.loads(check.stdout)["ok"], check.stdout[-2000:]
    report = frictionless_validate((out / "current").resolve() / "datapackage.json")
    assert report["valid"], [e["message"] for t in report["tasks"] for e in t["errors"][:3]]
    import sqlite3

    with sqlite3.connect(out / "scodata.db") as conn:
        languages = dict(conn.execute("SELECT language, work_id FROM documents WHERE doc_id LIKE 'sco-cfm-%'"))
        aligned = conn.execute("SELECT count(*) FROM paragraph_alignments").fetchone()[0]
    assert set(languages) == {"zh-Hans", "en", "ru"} and len(set(languages.values())) == 1
    assert aligned > 0
