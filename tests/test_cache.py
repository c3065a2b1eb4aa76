"""The build cache's code version: which modules shape a document's records."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scodata.cache import PACKAGE_DIR, _imported, _module_file


def _imported_by_syntax_tree(path: Path, name: str) -> set[str]:
    """The oracle: the same question answered from the module's parsed syntax tree."""
    package = name.split(".")[:-1] if path.name != "__init__.py" else name.split(".")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                parts = [*package[: len(package) - node.level + 1], *(node.module.split(".") if node.module else [])]
            elif node.module and node.module.split(".")[0] == "scodata":
                parts = node.module.split(".")[1:]
            else:
                continue
            found.add(".".join(parts))
            found.update(".".join([*parts, alias.name]) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("scodata.") for a in node.names if a.name.startswith("scodata."))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("scodata."):
            found.add(node.value.removeprefix("scodata."))
    return {n for n in found if n and _module_file(n) is not None}


MODULES = sorted(PACKAGE_DIR.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE_DIR)) for p in MODULES])
def test_the_import_scan_finds_what_the_syntax_tree_finds(path: Path) -> None:
    parts = path.relative_to(PACKAGE_DIR).with_suffix("").parts
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    assert _imported(path, name) == _imported_by_syntax_tree(path, name)


def test_the_import_scan_reads_every_form(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text(
        "from . import tables\n"
        "from .extract import (\n    labels,\n    mentions as m,\n)\n"
        "import scodata.clean, scodata.model as model\n"
        "def later():\n    from .lang import zh  # imported when called\n"
        "REGISTRY = {'en': 'scodata.lang.alphabetic'}\n"
        "from os import path\n",
        encoding="utf-8")
    found = _imported(module, "probe")
    assert {"tables", "extract", "extract.labels", "extract.mentions", "clean", "model", "lang", "lang.zh",
            "lang.alphabetic"} <= found
    assert not any(n.startswith("os") for n in found)
