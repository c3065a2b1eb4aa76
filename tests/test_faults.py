"""Faults: hostile SQL against the served site, script-bearing HTML, pathological documents."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from scodata.build import build_dataset
from scodata.errors import InputError, ScodataError
from scodata.sources import SourceSpec, load_manifest
from scodata.write import read_published
from tests.conftest import FIXTURES, snapshot

OWN = (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("sql", [
    "attach database '/tmp/x.db' as x",
    "update documents set title = 'x'",
    "pragma writable_schema = 1",
    "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c",
])
def test_hostile_sql_is_refused_cleanly(datasette_server, sql: str) -> None:
    response = httpx.get(f"{datasette_server.url}/scodata.json", params={"sql": sql}, timeout=30)
    assert 400 <= response.status_code < 500, (sql, response.status_code)
    assert response.json()["ok"] is False


def test_script_in_html_is_text_and_escaped(tmp_path: Path, run_cli, http_server) -> None:
    paragraphs = OWN.split("\n\n")
    paragraphs[5] += "&lt;script&gt;alert('x')&lt;/script&gt;"
    body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    html = f"<html><head><title>{paragraphs[0]}</title><script>alert('page')</script></head><body><h1>{paragraphs[0]}</h1>{body}</body></html>"
    url = http_server.add("/x.html", html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    out = tmp_path / "out"
    result = run_cli("run", url, "--output", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    texts = [p["text"] for p in read_published(out)["paragraphs"]]
    assert any("<script>alert('x')</script>" in t for t in texts)  # stored as text
    assert not any("alert('page')" in t for t in texts)  # the page's own script is not content


def test_served_script_text_is_escaped(datasette_server) -> None:
    page = httpx.get(f"{datasette_server.url}/-/search", params={"q": "<script>"}, timeout=10).text
    assert "<script>alert" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("name,text", [
    ("long_title", "上海合作组织" + "会议" * 5000 + "联合公报\n\n" + "\n\n".join(OWN.split("\n\n")[1:])),
    ("no_full_stop", "上海合作组织成员国会议联合公报\n\n各方强调合作\n\n各方支持发展\n\n各方欢迎成果"),
])
def test_pathological_documents_fail_clearly(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build_dataset([SourceSpec(str(FIXTURES / "communique_2023_hog.txt"))], out)
    before = snapshot(out)
    with pytest.raises(ScodataError) as failed:
        build_dataset([SourceSpec(str(path))], out)
    assert "\n" not in str(failed.value)
    assert snapshot(out) == before


def test_manifest_path_outside_its_folder_is_refused(tmp_path: Path) -> None:
    manifest = tmp_path / "project" / "manifest.toml"
    manifest.parent.mkdir()
    (tmp_path / "secret.txt").write_text(OWN, encoding="utf-8")
    manifest.write_text('[[source]]\npath = "../secret.txt"\n', encoding="utf-8")
    with pytest.raises(InputError, match="leaves the manifest's folder"):
        load_manifest(manifest)


def test_copy_of_dataset_is_self_contained(built_output: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built_output, copy, symlinks=True)
    assert snapshot(copy) == snapshot(built_output)
