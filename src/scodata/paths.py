"""Where things are: the workspace a run works in, and the data shipped inside the package.

From a source checkout the workspace is the checkout; from an installed package it is SCODATA_HOME
or the current directory. Schemas, the gazetteer and the bundled sources (as bundled/) are package data (read
through importlib.resources), so `pip install .` works outside the source tree.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[2]


def package_path(*parts: str) -> Path:
    """A file or folder shipped inside the scodata package (schemas/, data/, sources/)."""
    return Path(str(files("scodata").joinpath(*parts)))


@cache
def is_checkout(path: Path = _CHECKOUT) -> bool:
    return (path / "pyproject.toml").is_file() and (path / "sources" / "manifest.toml").is_file()


def workspace() -> Path:
    """The folder a run works in: SCODATA_HOME, the source checkout this code runs from, or the current directory."""
    if os.environ.get("SCODATA_HOME"):
        return Path(os.environ["SCODATA_HOME"]).resolve()
    return _CHECKOUT if is_checkout() else Path.cwd().resolve()


def bundled_sources() -> Path:
    """The sources folder that ships with the code (the checkout's sources/, or the package's copy)."""
    return _CHECKOUT / "sources" if is_checkout() else package_path("bundled")


def default_manifest() -> Path:
    """The workspace's sources/manifest.toml, or the bundled one when the workspace has none."""
    own = workspace() / "sources" / "manifest.toml"
    return own if own.is_file() else bundled_sources() / "manifest.toml"


def source_name(path: Path | str) -> str:
    """How a local file (a resolved path) is named in the dataset: relative to the workspace, or to the bundled
    sources, else absolute.

    The bundled sources get the same names wherever the package is installed, so the dataset is the same.
    """
    (root, bundled) = _roots(os.environ.get("SCODATA_HOME"), os.getcwd())
    name = str(path)
    for base, prefix in ((root, ""), (bundled, "sources" + os.sep)):
        if name.startswith(base + os.sep):  # string tests: this runs once per file of a corpus
            return prefix + name[len(base) + 1:]
    return name


@cache
def _roots(home: str | None, cwd: str) -> tuple[str, str]:  # noqa: ARG001 (the cache key: what workspace() reads)
    return str(workspace()), str(bundled_sources().resolve())
