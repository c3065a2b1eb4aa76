"""Re-running on new documents: real fetching from a local HTTP server, incremental builds, the inbox."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import opencc
import pyarrow.parquet as pq

from scodata.sources import append_source, load_manifest
from tests.conftest import FIXTURES, snapshot

OWN = (FIXTURES / "communique_2023_hog.txt").read_text(encoding="utf-8")
HTML = "text/html; charset={}"


def variant(day: int) -> str:
    """The test communiqué moved to another day of October 2023 (a different document)."""
    return OWN.replace("2023年10月26日", f"2023年10月{day}日")


def page(text: str, charset: str = "utf-8") -> bytes:
    title, *paras = text.split("\n\n")
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f'<html><head><meta charset="{charset}"><title>{title}</title>'
            f'<meta property="article:published_time" content="2023-10-27T08:00:00+08:00"></head>'
            f"<body><div class='nav'>首页 国际 评论</div><h1>{title}</h1><div class='article'>{body}</div>"
            f"<div class='footer'>责任编辑：某某</div></body></html>")
    return html.encode(charset, errors="ignore")


def docs(out: Path) -> dict[str, dict]:
    return {d["doc_id"]: d for d in pq.read_table(out / "parquet" / "documents.parquet").to_pylist()}


def test_html_gbk_big5_and_redirect(http_server, run_cli, tmp_path: Path) -> None:
    utf8 = http_server.add("/a.html", page(variant(1)), headers={"Content-Type": HTML.format("utf-8")})
    gbk = http_server.add("/b.html", page(variant(2), "gbk"), headers={"Content-Type": HTML.format("gbk")})
    big5_text = opencc.OpenCC("s2t").convert(variant(3))
    big5 = http_server.add("/c.html", page(big5_text, "big5"), headers={"Content-Type": HTML.format("big5")})
    moved = http_server.add("/old.html", b"", status=302, headers={"Location": utf8})
    out = tmp_path / "out"
    result = run_cli("run", gbk, big5, moved, "--output", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    found = docs(out)
    assert set(found) == {f"sco-hog-2023-10-0{d}-joint-communique" for d in (1, 2, 3)}
    traditional = found["sco-hog-2023-10-03-joint-communique"]
    assert traditional["original_script"] == "traditional" and "上海合作组织" in traditional["title"]
    assert "上海合作組織" in traditional["raw_text"]
    assert found["sco-hog-2023-10-01-joint-communique"]["published_at"] == "2023-10-27T08:00:00+08:00"  # offset kept
    sources = {s["uri"]: s for s in pq.read_table(out / "parquet" / "sources.parquet").to_pylist()}
    assert sources[moved]["final_url"] == utf8 and sources[moved]["http_status"] == 200
    assert (sources[gbk]["encoding"], sources[big5]["encoding"]) == ("gb18030", "big5")
    assert all(s["retrieved_at"] is not None and s["bytes"] > 0 for s in sources.values())


def test_404_is_not_retried_and_500_is(http_server, run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = http_server.base + "/gone.html"
    result = run_cli("run", missing, "--output", str(out))
    assert result.returncode == 2 and "HTTP 404" in result.stderr
    log = [json.loads(line) for line in (out / "fetch_log.jsonl").read_text().splitlines()]
    assert [e["outcome"] for e in log] == ["error"]  # one attempt only
    flaky = http_server.add("/flaky.html", b"", status=500,
                            then=[(200, {"Content-Type": HTML.format("utf-8")}, page(variant(4)))])
    result = run_cli("run", flaky, "--output", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    assert http_server.routes["/flaky.html"].hits == 2
    assert "sco-hog-2023-10-04-joint-communique" in docs(out)


def test_timeout_and_oversized_body(http_server, run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    slow = http_server.add("/slow.html", page(variant(5)), delay=3)
    result = run_cli("run", slow, "--output", str(out), env={"SCODATA_FETCH_TIMEOUT": "1"})
    assert result.returncode == 2 and "timed out" in result.stderr
    assert http_server.routes["/slow.html"].hits == 4  # first try + 3 retries
    big = http_server.add("/big.html", page(variant(6)))
    result = run_cli("run", big, "--output", str(out), env={"SCODATA_MAX_BYTES": "500"})
    assert result.returncode == 2 and "limit" in result.stderr
    assert not (out / "current").exists()


def test_duplicate_urls_store_one_document(http_server, run_cli, tmp_path: Path) -> None:
    body = page(variant(7))
    first = http_server.add("/x.html", body, headers={"Content-Type": HTML.format("utf-8")})
    second = http_server.add("/mirror/x.html", body, headers={"Content-Type": HTML.format("utf-8")})
    out = tmp_path / "out"
    result = run_cli("run", first, second, first, "--output", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    assert list(docs(out)) == ["sco-hog-2023-10-07-joint-communique"]
    assert pq.read_metadata(out / "parquet" / "sources.parquet").num_rows == 1
    assert len(list((out / "raw").iterdir())) == 1


def test_incremental_runs(http_server, run_cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = tmp_path / "project" / "manifest.toml"
    manifest.parent.mkdir()
    manifest.write_text("", encoding="utf-8")
    url = http_server.add("/one.html", page(variant(8)), headers={"Content-Type": HTML.format("utf-8"), "ETag": '"e1"'})
    append_source(url, manifest)
    first = run_cli("run", "--manifest", str(manifest), "--output", str(out))
    assert first.returncode == 0, first.stderr[-3000:]
    assert "processed sco-hog-2023-10-08" in first.stderr
    before = snapshot(out)

    again = run_cli("run", "--manifest", str(manifest), "--output", str(out))
    assert again.returncode == 0 and "unchanged" in again.stdout
    assert "unchanged inputs: release" in again.stderr and "processed sco-" not in again.stderr
    assert snapshot(out) == before
    outcomes = [json.loads(line)["outcome"] for line in (out / "fetch_log.jsonl").read_text().splitlines()]
    assert outcomes == ["fetched", "not_modified"]  # the ETag made the second fetch conditional

    new_file = tmp_path / "second.txt"
    new_file.write_text(variant(9), encoding="utf-8")
    added = run_cli("add", str(new_file), "--manifest", str(manifest), "--output", str(out))
    assert added.returncode == 0, added.stderr[-3000:]
    assert added.stderr.count("processed sco-") == 1 and "reused 1 build of the current release" in added.stderr
    assert set(docs(out)) == {"sco-hog-2023-10-08-joint-communique", "sco-hog-2023-10-09-joint-communique"}
    assert len(load_manifest(manifest)) == 2 and (manifest.parent / "raw" / "second.txt").exists()


def test_corpus_counts_in_log(run_cli, tmp_path: Path) -> None:
    files = []
    for day in (11, 12, 13):
        path = tmp_path / f"c{day}.txt"
        path.write_text(variant(day), encoding="utf-8")
        files.append(str(path))
    out = tmp_path / "out"
    result = run_cli("run", *files, "--output", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    for day in (11, 12, 13):
        assert f"processed sco-hog-2023-10-{day}-joint-communique" in result.stderr
    assert "paragraphs=13" in result.stderr
    assert len(docs(out)) == 3


def test_dask_task_runner_gives_identical_outputs(run_cli, tmp_path: Path) -> None:
    files = []
    for day in (14, 15):
        path = tmp_path / f"d{day}.txt"
        path.write_text(variant(day), encoding="utf-8")
        files.append(str(path))
    threads, dask = tmp_path / "threads", tmp_path / "dask"
    assert run_cli("run", *files, "--output", str(threads)).returncode == 0
    result = run_cli("run", *files, "--output", str(dask), "--task-runner", "dask")
    assert result.returncode == 0, result.stderr[-3000:]
    a, b = snapshot(threads), snapshot(dask)
    for name in a:
        if name.startswith("parquet/") or name == "scodata.db":
            assert a[name] == b[name], name


def test_inbox_flow(prefect_env, tmp_path: Path) -> None:
    import subprocess
    import sys

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "new.txt").write_text(variant(16), encoding="utf-8")
    (inbox / "junk.txt").write_text("今天天气很好。", encoding="utf-8")
    manifest = tmp_path / "sources" / "manifest.toml"
    manifest.parent.mkdir()
    manifest.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    code = ("from flows.deploy import inbox_flow; import sys; "
            f"print(inbox_flow(inbox={str(inbox)!r}, manifest={str(manifest)!r}, output={str(out)!r}))")
    proc = subprocess.run([sys.executable, "-c", code], env=prefect_env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().endswith("1")
    assert (inbox / "done" / "new.txt").exists() and (inbox / "failed" / "junk.txt").exists()
    assert "not a" in (inbox / "failed" / "junk.txt.error").read_text()
    assert list(docs(out)) == ["sco-hog-2023-10-16-joint-communique"]
    shutil.rmtree(inbox)
