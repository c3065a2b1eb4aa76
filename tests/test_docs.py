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
