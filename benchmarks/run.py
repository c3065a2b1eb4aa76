"""Benchmarks: print throughput, orchestration overhead, memory, incremental and Datasette latency figures.

    .venv/bin/python benchmarks/run.py --sizes 100,1000          # default
    .venv/bin/python benchmarks/run.py --sizes 100,1000,10000    # the full set (slow: ~10+ minutes)
    .venv/bin/python benchmarks/run.py --quick                   # 20 documents, a smoke run

First runs with an empty Prefect home: benchmarks/first_run.py; growth and memory: benchmarks/incremental.py.

Each build runs in a child process so its wall time and peak memory (ru_maxrss) are its own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synth import write_corpus  # noqa: E402

PY = sys.executable
PLAIN = """
import sys, json, time
from pathlib import Path
from scodata.build import build_dataset
from scodata.sources import load_manifest
t = time.perf_counter()
r = build_dataset(load_manifest(Path(sys.argv[1])), Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - t, "changed": r.changed}))
"""
FLOW = """
import sys, json, time
from flows.publish import publish_flow
publish_flow(manifest=sys.argv[1], output=sys.argv[2])  # warm-up: registers the flow, imports every task module
t = time.perf_counter()
r = publish_flow(manifest=sys.argv[1], output=sys.argv[3])
print(json.dumps({"seconds": time.perf_counter() - t, "changed": r.changed}))
"""


def child(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Run cmd; return (wall seconds, peak RSS in MiB, stdout)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise RuntimeError(f"{cmd[:3]} failed with status {status}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024, out


def manifest(directory: Path, files: list[Path]) -> Path:
    path = directory / "manifest.toml"
    path.write_text("".join(f'[[source]]\npath = "{f}"\n\n' for f in files), encoding="utf-8")
    return path


def plain_build(man: Path, out: Path) -> tuple[float, float]:
    """Seconds inside build_dataset (imports excluded) and the child's peak RSS."""
    _, rss, out_text = child([PY, "-c", PLAIN, str(man), str(out)])
    return json.loads(out_text.strip().splitlines()[-1])["seconds"], rss


def prefect_build(man: Path, out: Path, env: dict[str, str]) -> float:
    """Wall time of the CLI against a running Prefect API (env): imports, preflight, the flow."""
    return child([PY, "-m", "scodata.cli", "run", "--manifest", str(man), "--output", str(out)], env=env)[0]


def prefect_steady(man: Path, warm: Path, out: Path, env: dict[str, str]) -> float:
    """Seconds inside a second flow run of one process, against a running Prefect API (no start-up)."""
    _, _, text = child([PY, "-c", FLOW, str(man), str(warm), str(out)], env=env)
    return json.loads(text.strip().splitlines()[-1])["seconds"]


def prefect_server(home: Path) -> tuple[subprocess.Popen, dict[str, str]]:
    """A Prefect API server on loopback for the steady-state figures."""
    port = 4299
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
    proc = subprocess.Popen([PY, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port),
                             "--no-ui"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    for _ in range(360):
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    return proc, {**env, "PREFECT_API_URL": url}


def latency(base: str, path: str, n: int = 60) -> tuple[float, float]:
    """p50 and p95 in milliseconds of n sequential GETs (after one warm-up)."""
    with httpx.Client(timeout=30) as client:
        client.get(base + path)
        times = []
        for _ in range(n):
            t = time.perf_counter()
            assert client.get(base + path).status_code == 200
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def serve_latencies(out: Path) -> dict[str, tuple[float, float]]:
    port = 8799
    proc = subprocess.Popen([PY, "-m", "scodata.cli", "serve", "--output", str(out), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if httpx.get(base + "/-/versions.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.25)
        return {
            "table page (paragraphs)": latency(base, "/scodata/paragraphs"),
            "facet (participants.role)": latency(base, "/scodata/participants?_facet=role"),
            "search, 2 characters (合作)": latency(base, "/-/search.json?q=合作"),
            "table search box, 2 characters (合作)": latency(base, "/scodata/paragraphs.json?_search=合作"),
            "search, 5 characters (粮食安全领)": latency(base, "/-/search.json?q=粮食安全领"),
        }
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def size_rows(n: int, work: Path, env: dict[str, str]) -> list[tuple[str, str, str]]:
    """Every figure for a corpus of n documents."""
    files = write_corpus(work / "corpus", n)
    mb = sum(f.stat().st_size for f in files) / 1e6
    man = manifest(work, files)
    plain_s, rss = plain_build(man, work / f"plain-{n}")
    rows = [(f"{n} docs ({mb:.1f} MB), plain functions, one process",
             f"{n / plain_s:.0f} docs/s, {mb / plain_s:.2f} MB/s, peak {rss:.0f} MiB", "≥ 200 docs/s; memory bounded")]
    steady = prefect_steady(man, work / f"warm-{n}", work / f"flow-{n}", env)
    rows.append((f"{n} docs, Prefect flow (API running)", f"{n / steady:.0f} docs/s; overhead {steady / plain_s:.2f}×",
                 "≤ 1.2× at 1,000"))
    if n <= 1000:
        cli = prefect_build(man, work / f"cli-{n}", env)
        rows.append((f"{n} docs, `scodata run` (wall, incl. start-up)", f"{cli:.1f} s = {cli / plain_s:.2f}× plain",
                     "—"))
    again, _ = plain_build(man, work / f"plain-{n}")
    rows.append((f"{n} docs, re-run with nothing new", f"{again:.2f} s = {100 * again / plain_s:.1f}% of cold",
                 "≤ 10%"))
    extra = write_corpus(work / "corpus", n + 1)
    plus_one, _ = plain_build(manifest(work, extra), work / f"plain-{n}")
    rows.append((f"{n} docs + 1 new", f"{plus_one:.1f} s = {100 * plus_one / plain_s:.0f}% of cold",
                 "one document processed"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = [20] if args.quick else [int(s) for s in args.sizes.split(",")]
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="scodata-bench-") as tmp:
        work = Path(tmp)
        largest = None
        server, env = prefect_server(work / "prefect-home")
        try:
            cold = prefect_build(ROOT / "sources" / "manifest.toml", work / "seed-out", env)
            seed_plain, _ = plain_build(ROOT / "sources" / "manifest.toml", work / "seed-plain")
            rows.append(("`scodata run`, bundled source, API running", f"{cold:.1f} s wall (pipeline {seed_plain:.2f} s)",
                         "≤ 5 s"))
            for n in sizes:
                rows += size_rows(n, work, env)
                largest = work / f"plain-{n}"
        finally:
            server.terminate()
            server.wait(timeout=30)
        if largest is not None:
            for name, (p50, p95) in serve_latencies(largest).items():
                rows.append((f"Datasette {name}, {sizes[-1]} docs", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms", "p95 ≤ 50 ms"))
    width = max(len(r[0]) for r in rows)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print(f"{'measure':{width}}  {'figure':60}  target")
    for measure, figure, target in rows:
        print(f"{measure:{width}}  {figure:60}  {target}")
    print(json.dumps({"rows": rows}, ensure_ascii=False), file=sys.stderr)


if __name__ == "__main__":
    main()
