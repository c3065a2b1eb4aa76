"""The real Prefect flow through the real CLI: the bundled sources, a served HTML page, bad inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq

from tests.conftest import FIXTURES, snapshot

OWN = (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8")


def test_bundled_run_publishes_the_seed(built_output: Path) -> None:
    docs = pq.read_table(built_output / "parquet" / "documents.parquet").to_pylist()
    assert [d["doc_id"] for d in docs] == ["sco-hog-2020-11-30-joint-communique"]
    assert docs[0]["is_truncated"] and docs[0]["n_paragraphs"] == 45
    paras = pq.read_table(built_output / "parquet" / "paragraphs.parquet").to_pylist()
    assert [p["section"] for p in paras].count("preamble") == 4 and len(paras) == 45
    assert (built_output / "raw" / docs[0]["raw_sha256"]).exists()
    assert (built_output / "datapackage.json").exists() and (built_output / "metadata.json").exists()


def test_rerun_is_unchanged_and_byte_identical(built_output: Path, run_cli, tmp_path: Path) -> None:
    out = tmp_path / "output"
    shutil.copytree(built_output, out, symlinks=True)
    before = snapshot(out)
    result = run_cli("run", "--output", str(out))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "unchanged" in result.stdout
    assert snapshot(out) == before


def test_html_page_and_gbk_file_from_a_local_server(http_server, run_cli, tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in OWN.split("\n\n")[1:])
    html = (f'<html><head><meta charset="gbk"><title>{OWN.splitlines()[0]}</title></head>'
            f"<body><h1>{OWN.splitlines()[0]}</h1>{body}</body></html>").encode("gbk")
    url = http_server.add("/2023/communique.html", html, headers={"Content-Type": "text/html; charset=gbk"})
    gbk_file = tmp_path / "gbk.txt"
    gbk_file.write_bytes(OWN.replace("2023年10月26日", "2023年10月27日").encode("gbk"))
    out = tmp_path / "output"
    result = run_cli("run", url, str(gbk_file), "--output", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    docs = {d["doc_id"]: d for d in pq.read_table(out / "parquet" / "documents.parquet").to_pylist()}
    assert set(docs) == {"sco-hog-2023-10-26-joint-communique", "sco-hog-2023-10-27-joint-communique"}
    assert docs["sco-hog-2023-10-26-joint-communique"]["source_url"] == url
    sources = pq.read_table(out / "parquet" / "sources.parquet").to_pylist()
    assert {s["encoding"] for s in sources} == {"gb18030"}
    assert {s["kind"] for s in sources} == {"url", "file"}


def test_bad_inputs_fail_clearly_and_keep_the_dataset(built_output: Path, run_cli, tmp_path: Path, http_server) -> None:
    out = tmp_path / "output"
    shutil.copytree(built_output, out, symlinks=True)
    before = snapshot(out)
    bad = {"empty.txt": b"", "binary.bin": bytes(range(256)) * 8, "notes.txt": "今天天气很好。\n\n我们去散步。".encode()}
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    cases = [str(tmp_path / n) for n in bad] + [http_server.base + "/missing.html", str(tmp_path / "absent.txt")]
    for source in cases:
        result = run_cli("run", source, "--output", str(out))
        assert result.returncode != 0, source
        error_lines = [line for line in result.stderr.splitlines() if line.startswith("scodata: error:")]
        assert len(error_lines) == 1, (source, result.stderr[-2000:])
        assert snapshot(out) == before, source


def test_validate_command(built_output: Path, run_cli, tmp_path: Path) -> None:
    import json

    import pyarrow as pa

    ok = run_cli("validate", "--output", str(built_output), "--json")
    assert ok.returncode == 0, ok.stderr
    report = json.loads(ok.stdout)
    assert report["ok"] and report["checked"]["paragraphs"] == 45
    out = tmp_path / "output"
    shutil.copytree(built_output, out, symlinks=True)
    release = (out / "current").resolve()
    path = release / "parquet" / "paragraphs.parquet"
    table = pq.read_table(path)
    table = table.set_column(table.schema.get_field_index("seq"), "seq", pa.array([0] * table.num_rows))
    pq.write_table(table, path)
    bad = run_cli("validate", "--output", str(out))
    assert bad.returncode == 3
    assert "paragraphs" in bad.stdout and "$.seq" in bad.stdout and "invalid: 45 errors" in bad.stdout
