"""The per-document pipeline and its cache: pure functions, keys that cover exactly the record-shaping code."""

from __future__ import annotations

import copy
from dataclasses import asdict
from pathlib import Path

import pytest

from scodata.cache import PACKAGE_DIR, module_files, record_shaping_files
from scodata.errors import ValidationFailed
from scodata.model import DocumentBuild, RawSource
from scodata.pipeline import assemble, process_source
from tests.conftest import FIXTURES, SEED


def test_the_cache_key_covers_the_extractors_not_the_site_or_the_writers() -> None:
    names = {str(p.relative_to(PACKAGE_DIR)) for p in record_shaping_files()}
    assert {"pipeline.py", "clean.py", "extract/participants.py", "extract/segment.py", "gazetteer.py"} <= names
    assert any(n.startswith("extract/en/") for n in names)  # languages registered by module name are followed
    assert not {n for n in names if n.startswith(("site/", "release/"))}
    assert not names & {"cli.py", "build.py", "publish.py", "write.py", "orchestrator.py", "search.py"}


def test_the_writers_version_covers_every_file_writer_not_the_site() -> None:
    names = {str(p.relative_to(PACKAGE_DIR)) for p in module_files("publish")}
    assert {"publish.py", "stream.py", "write.py", "search.py", "tables.py", "release/datapackage.py",
            "release/metadata.py"} <= names
    assert not {n for n in names if n.startswith("site/")} and not names & {"cli.py", "orchestrator.py"}


def test_process_source_leaves_its_input_unchanged() -> None:
    html = "<html><head><link rel='canonical' href='https://example.org/c'><title>t</title></head><body>" + "".join(
        f"<p>{p}</p>" for p in (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8").split("\n\n")
    ) + "</body></html>"
    source = RawSource(data=html.encode(), kind="url", uri="https://example.org/x", content_type="text/html")
    before = copy.deepcopy(asdict(source))
    build = process_source(source)
    assert asdict(source) == before  # every field as it was (the bytes' hash may be cached beside them)
    assert build.tables["sources"][0]["origin_url"] == "https://example.org/c"


def test_a_duplicated_primary_key_is_an_error_not_an_overwrite() -> None:
    build = process_source(RawSource(data=SEED.read_bytes(), kind="file", uri="seed.txt"))
    tables = {name: list(rows) for name, rows in build.tables.items()}
    tables["participants"].append(dict(tables["participants"][0], name="另一个人"))
    with pytest.raises(ValidationFailed, match="participants: 1 rows share a primary key"):
        assemble([DocumentBuild(build.doc_id, build.sha256, tables)])


def test_paths_resolve_inside_the_package() -> None:
    from scodata.paths import package_path
    from scodata.tables import SCHEMA_DIR

    assert (SCHEMA_DIR / "documents.schema.json").is_file()
    assert (package_path("bundled") / "manifest.toml").is_file()
    assert isinstance(SCHEMA_DIR, Path)


@pytest.mark.slow
def test_an_installed_package_runs_outside_the_source_tree(tmp_path: Path, prefect_env: dict[str, str]) -> None:
    import sqlite3
    import subprocess
    import sys

    from tests.conftest import PROJECT

    def run(*args: str, cwd: Path = tmp_path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
                              stdin=subprocess.DEVNULL)

    built = run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
                str(tmp_path / "wheel"), str(PROJECT))
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = (tmp_path / "wheel").glob("scodata-*.whl")
    installed = run(sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(tmp_path / "site"),
                    str(wheel))
    assert installed.returncode == 0, installed.stderr[-2000:]
    work = tmp_path / "work"
    work.mkdir()
    env = {**prefect_env, "PYTHONPATH": str(tmp_path / "site")}  # not the checkout: the installed copy only
    where = run(sys.executable, "-c", "import scodata.tables as t; print(t.__file__, t.SCHEMA_DIR)", cwd=work, env=env)
    assert str(tmp_path / "site") in where.stdout and str(PROJECT) not in where.stdout, where.stdout + where.stderr
    result = run(sys.executable, "-m", "scodata.cli", "run", cwd=work, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(work / "output" / "scodata.db") as conn:
        assert conn.execute("select count(*) from documents").fetchone() == (1,)
        assert conn.execute("select uri from sources").fetchone() == ("sources/raw/000_740a038ea85bf232.txt",)
