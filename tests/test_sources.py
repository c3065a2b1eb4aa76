"""The manifest: each file's real path is resolved once, as os.path.realpath would, folders resolved once; paths
joined as pathlib would; invalid TOML refused in one line."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from scodata.errors import InputError
from scodata.sources import _joined, _realpath, load_manifest


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


def test_joined_paths_equal_pathlib_joins() -> None:
    rng = random.Random(7)
    cases = ["a.txt", "/abs/b.txt", "./c.txt", "d/./e.txt", "f//g.txt", "h/../i.txt", "j/", ".", "..", "", "k.", ".l",
             "m/n.", "o /p.txt", "q/.r"]
    cases += ["".join(rng.choice("ab./ ") for _ in range(rng.randint(0, 8))) for _ in range(2000)]
    for folder in ("/work/sources", ".", "rel/dir", "/"):
        for rel in cases:
            assert _joined(folder, rel) == str(Path(folder) / rel), (folder, rel)


@pytest.mark.parametrize("text", ['[[source]\npath = "a.txt"\n', '[[source]]\npath = "a.txt"\npath = "b.txt"\n'])
def test_invalid_toml_is_refused_in_one_line(tmp_path: Path, text: str) -> None:
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest\.toml: invalid TOML: .*line") as info:
        load_manifest(manifest)
    assert "\n" not in str(info.value)
