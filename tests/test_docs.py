"""The DuckDB and pandas snippets of docs/using-the-data.md run on a built dataset."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "using-the-data.md"


@pytest.mark.parametrize("module", ["duckdb", "pandas"])
def test_snippets_run(module: str, built_output: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip(module)
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    code = next(b for b in blocks if f"import {module}" in b)
    cwd = Path.cwd()
    os.chdir(built_output.parent)
    try:
        namespace: dict[str, object] = {}
        exec(compile(code, str(DOC), "exec"), namespace)  # noqa: S102 (our own documentation)
    finally:
        os.chdir(cwd)
    if module == "duckdb":
        assert "农业" in capsys.readouterr().out
    else:
        assert len(namespace["participants"]) == 17  # type: ignore[arg-type]


README = DOC.parents[1] / "README.md"
SITE = "http://127.0.0.1:8001"


def first_steps() -> str:
    text = README.read_text(encoding="utf-8")
    return text[text.index("## First steps"):text.index("## Using the command line")]


def test_readme_first_steps_work(datasette_server, tmp_path: Path) -> None:
    """Every URL of the walk-through answers, and its curl + DuckDB commands find the 农业 paragraphs."""
    import subprocess
    import sys

    import httpx

    steps = first_steps()
    urls = {u.rstrip(".,") for u in re.findall(re.escape(SITE) + r"[^\s)`]*", steps)}
    assert len(urls) >= 6
    for url in sorted(urls):
        assert httpx.get(url.replace(SITE, datasette_server.url), timeout=10).status_code == 200, url
    curl = re.search(r"curl -o (\S+) (\S+)", steps)
    assert curl
    data = httpx.get(curl.group(2).replace(SITE, datasette_server.url), timeout=10).content
    (tmp_path / curl.group(1)).write_bytes(data)
    command = re.search(r'\.venv/bin/python -c "(.*)"\n', steps).group(1).replace('\\"', '"')
    out = subprocess.run([sys.executable, "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("农业") >= 4  # the four paragraphs of the seed that contain it
