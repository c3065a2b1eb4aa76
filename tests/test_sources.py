"""The manifest: each file's real path is resolved once, as os.path.realpath would, folders resolved once."""

from __future__ import annotations

import os
from pathlib import Path

from scodata.sources import _realpath, load_manifest


def test_real_paths_equal_os_realpath_with_symlinks(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "f.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "a" / "b")
    (tmp_path / "a" / "fl.txt").symlink_to(tmp_path / "a" / "b" / "f.txt")
    (tmp_path / "a" / "out.txt").symlink_to("/etc/hostname")
    folders: dict[str, str] = {}
    for case in ("link/f.txt", "a/fl.txt", "a/out.txt", "a/../a/b/f.txt", "a/b/..", "a/./b/f.txt", "missing/x.txt",
                 "a/b/", "link/../a/fl.txt"):
        path = str(tmp_path / case) if not case.endswith("/") else f"{tmp_path}/{case}"
        assert _realpath(path, folders) == os.path.realpath(path), case


def test_a_manifest_keeps_each_files_real_path(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "doc.txt").write_text("x", encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "raw" / "doc.txt")
    manifest = tmp_path / "manifest.toml"
    manifest.write_text('[[source]]\npath = "alias.txt"\n\n[[source]]\npath = "raw/doc.txt"\n', encoding="utf-8")
    specs = load_manifest(manifest)
    assert [s.resolved for s in specs] == [os.path.realpath(tmp_path / "raw" / "doc.txt")] * 2
