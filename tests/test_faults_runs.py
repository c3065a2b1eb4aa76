"""Faults at the process level: SIGKILL mid-write, two runs at once, a 200 MB input, the site under load."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx

from benchmarks.synth import communique
from scodata.write import read_published
from tests.conftest import PROJECT, SCODATA, free_port, snapshot, stop, wait_http


def corpus(directory: Path, indexes: range) -> list[str]:
    """Synthetic communiqués (our own wording) written as files; returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in indexes:
        path = directory / f"synthetic_{i:05d}.txt"
        path.write_text(communique(i), encoding="utf-8")
        paths.append(str(path))
    return paths


def good_output(built_output: Path, directory: Path) -> Path:
    out = directory / "output"
    shutil.copytree(built_output, out, symlinks=True)
    return out


def start_run(env: dict[str, str], out: Path, sources: list[str], log: Path) -> subprocess.Popen:
    """Start `scodata run` with its output going to a file (a pipe would fill up and block it)."""
    with log.open("w") as fh:
        return subprocess.Popen([*SCODATA, "run", "--output", str(out), *sources], env=env, cwd=PROJECT,
                                stdout=fh, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def wait_for_staging(proc: subprocess.Popen, out: Path, seconds: float = 300) -> bool:
    """Poll (bounded, lightly) until the run has written a file into output/.staging; False if it ended first."""
    deadline = time.monotonic() + seconds
    staging = out / ".staging"
    while time.monotonic() < deadline and proc.poll() is None:
        builds = [p for p in staging.iterdir() if p.is_dir()] if staging.is_dir() else []
        if any(any(p.is_file() for p in b.rglob("*")) for b in builds):
            return True
        time.sleep(0.01)
    return False


def doc_ids(out: Path) -> set[str]:
    return {d["doc_id"] for d in read_published(out)["documents"]}


def test_sigkill_mid_write_keeps_the_last_good_dataset(prefect_env, built_output: Path, tmp_path: Path) -> None:
    out = good_output(built_output, tmp_path)
    before, current = snapshot(out), os.readlink(out / "current")
    sources = corpus(tmp_path / "corpus", range(150))
    log = tmp_path / "run.log"
    proc = start_run(prefect_env, out, sources, log)
    try:
        caught = wait_for_staging(proc, out)
        assert caught, f"the run ended before writing: {log.read_text()[-2000:]}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(out) == before and os.readlink(out / "current") == current
    db = sqlite3.connect(f"file:{(out / 'scodata.db').resolve()}?mode=ro", uri=True)
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)
    assert any((out / ".staging").iterdir())  # the half-written build is there, unpublished

    port = free_port()
    server = subprocess.Popen([*SCODATA, "serve", "--output", str(out), "--port", str(port)], cwd=PROJECT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        wait_http(f"http://127.0.0.1:{port}/-/versions.json", seconds=60)
        n = httpx.get(f"http://127.0.0.1:{port}/scodata.json", params={"sql": "select count(*) from paragraphs"},
                      timeout=10).json()["rows"][0][0]
        assert n == 45  # the last good dataset is served
    finally:
        stop(server, 10)

    again = subprocess.run([*SCODATA, "run", "--output", str(out), *sources[:3]], env=prefect_env, cwd=PROJECT,
                           capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert again.returncode == 0, again.stderr[-2000:]
    assert not any((out / ".staging").iterdir())  # the stale build was cleared under the lock
    assert len(doc_ids(out)) == 3


def test_two_runs_at_once_never_mix(prefect_env, built_output: Path, tmp_path: Path) -> None:
    out = good_output(built_output, tmp_path)
    first = corpus(tmp_path / "a", range(0, 40))
    second = corpus(tmp_path / "b", range(1000, 1040))
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    runs = [start_run(prefect_env, out, first, logs[0]), start_run(prefect_env, out, second, logs[1])]
    results = [(p.wait(timeout=600), "", log.read_text()) for p, log in zip(runs, logs, strict=True)]
    codes = [code for code, _, _ in results]
    print(f"two runs at once: exit codes {codes}")
    assert 0 in codes, results
    for code, _, err in results:
        if code != 0:  # refused with one clear line, not a crash
            assert code == 4, err[-2000:]
            lines = err.strip().splitlines()  # refused before Prefect starts: nothing else is printed
            assert len(lines) == 1 and lines[0].startswith("scodata: error: another scodata run"), err[-2000:]
            assert "try again" in lines[0]
    tables = read_published(out)
    uris = {Path(r["uri"]).name for r in tables["sources"]}
    runs_seen = [i for i, paths in enumerate((first, second)) if uris & {Path(p).name for p in paths}]
    assert len(runs_seen) == 1 and codes[runs_seen[0]] == 0  # one run's dataset, from a run that succeeded
    published = {d["doc_id"] for d in tables["documents"]}
    assert len(published) == 40 and len(uris) == 40
    for name, rows in tables.items():  # every table holds that run's documents only
        assert {r["doc_id"] for r in rows if r.get("doc_id")} <= published, name


def run_measured(env: dict[str, str], out: Path, source: Path) -> tuple[int, str, float]:
    """Run the CLI in a fresh wrapper process; return exit code, stderr and the run's peak RSS (MiB)."""
    wrapper = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "sys.stderr.write(r.stderr); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
               "sys.exit(r.returncode)")
    proc = subprocess.run([sys.executable, "-c", wrapper, *SCODATA, "run", "--output", str(out), str(source)],
                          env=env, cwd=PROJECT, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    return proc.returncode, proc.stderr, int(proc.stdout.strip().splitlines()[-1]) / 1024


def test_a_200_mb_file_is_refused_in_bounded_memory(prefect_env, built_output: Path, tmp_path: Path) -> None:
    out = good_output(built_output, tmp_path)
    before = snapshot(out)
    big = tmp_path / "huge.txt"
    line = ("上海合作组织成员国政府首脑理事会会议。" * 20 + "\n").encode()
    with big.open("wb") as fh:
        for _ in range(200 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size >= 200 * 1024 * 1024
    code, err, peak = run_measured(prefect_env, out, big)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _, _, baseline = run_measured(prefect_env, out, empty)
    print(f"peak RSS: {peak:.0f} MiB on a 200 MB file, {baseline:.0f} MiB on an empty one")
    assert code == 2
    last = err.strip().splitlines()[-1]
    assert last.startswith("scodata: error: ") and "over the" in last and "limit" in last
    assert snapshot(out) == before
    assert peak < baseline + 64  # refused by its size, never read into memory


def _load_urls() -> list[str]:
    return ["/", "/scodata", "/scodata/paragraphs", "/scodata/participants?_facet=role",
            "/scodata/paragraphs.json?_search=农业", "/-/search?q=合作", "/-/search.json?q=疫情 卫生",
            "/-/parquet/paragraphs.parquet", "/-/downloads", "/-/charts", "/scodata/participants_by_role",
            "/scodata/documents/sco-hog-2020-11-30-joint-communique.json"]


async def _client(base: str, urls: list[str], until: float, offset: int, latencies: list[float],
                  errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        i = offset
        while time.monotonic() < until:
            url = urls[i % len(urls)]
            i += 1
            started = time.monotonic()
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors.append(f"{url}: {response.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{url}: {exc!r}")
            latencies.append(time.monotonic() - started)


def test_site_under_load_answers_every_request(datasette_server) -> None:
    seconds = float(os.environ.get("SCODATA_LOAD_SECONDS", "20"))
    clients = 50
    latencies: list[float] = []
    errors: list[str] = []

    async def main() -> None:
        until = time.monotonic() + seconds
        urls = _load_urls()
        await asyncio.gather(*(_client(datasette_server.url, urls, until, i, latencies, errors) for i in range(clients)))

    asyncio.run(main())
    latencies.sort()
    p50, p95 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.95)]
    print(f"load: {clients} clients for {seconds:.0f} s: {len(latencies)} requests, {len(errors)} errors, "
          f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    assert not errors, errors[:5]
    assert len(latencies) >= clients * 2
