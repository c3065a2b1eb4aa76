"""The front door: what `scodata run` does before, and without, the orchestrator."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, PROJECT, SCODATA, SEED, free_port


def _tree(directory: Path) -> dict[str, str]:
    """Every file under directory (symlinks as their targets) with its hash; the lock file holds a pid only."""
    out = {}
    for path in sorted(p for p in directory.rglob("*") if p.name != ".lock"):
        if path.is_symlink():
            out[str(path.relative_to(directory))] = "-> " + str(path.readlink())
        elif path.is_file():
            out[str(path.relative_to(directory))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _nowhere(tmp_path: Path) -> dict[str, str]:
    """An environment whose Prefect API cannot be reached: anything that needs it fails."""
    return {"PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api", "PREFECT_HOME": str(tmp_path / "ph")}


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([*SCODATA, *args], env={**os.environ, **env}, capture_output=True, text=True, timeout=300,
                          cwd=PROJECT, stdin=subprocess.DEVNULL)


@pytest.fixture
def published(built_output: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(built_output, out, symlinks=True)
    return out


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", "没有句号的一段文字".encode()])
def test_a_refused_input_leaves_nothing_behind(published: Path, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = _tree(published)
    result = _cli("run", str(bad), "--output", str(published), env=_nowhere(tmp_path))  # no orchestrator needed
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().splitlines()[-1].startswith("scodata: error:")
    assert _tree(published) == before


def test_an_unchanged_run_needs_no_orchestrator(published: Path, tmp_path: Path) -> None:
    result = _cli("run", "--output", str(published), env=_nowhere(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "unchanged" in result.stdout


def test_an_unreachable_orchestrator_is_one_line_and_exit_6(published: Path, tmp_path: Path) -> None:
    before = _tree(published)
    result = _cli("run", str(FIXTURES / "communique_2023_hog.txt"), "--output", str(published), env=_nowhere(tmp_path))
    assert result.returncode == 6, result.stderr
    assert "Traceback" not in result.stderr
    assert "does not answer" in result.stderr.strip().splitlines()[-1]
    after = _tree(published)
    assert {k: v for k, v in after.items() if not k.startswith("cache/")} == \
        {k: v for k, v in before.items() if not k.startswith("cache/")}  # the checked build may be cached


def test_published_with_refusals_exits_5_and_lists_them(run_cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    result = run_cli("run", str(SEED), str(empty), "--output", str(out))
    assert result.returncode == 5, result.stderr[-2000:]
    assert f"refused {empty}: file is empty" in result.stderr
    with sqlite3.connect(out / "scodata.db") as conn:
        assert conn.execute("select source, stage from refusals").fetchall() == [(str(empty), "read")]
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1


def test_the_build_imports_neither_datasette_nor_rfc3987() -> None:
    code = ("import sys, scodata.build, scodata.publish, flows.publish; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('datasette', 'rfc3987_syntax', 'scodata')"
            " and (m.startswith(('datasette', 'rfc3987')) or m.startswith('scodata.site'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
