"""Load on the site: N synthetic documents, C clients for S seconds on loopback against table, reader, search
and facet pages; prints p50/p95 and errors per page.

    .venv/bin/python benchmarks/site_load.py                       # 1,000 documents, 20 clients, 15 s
    .venv/bin/python benchmarks/site_load.py --docs 50 --seconds 3 # a smoke run
    .venv/bin/python benchmarks/site_load.py --hostile 3           # and 3 clients sending slow or huge SQL

With --hostile, the "hostile" row is how fast such statements are refused (each must answer 4xx) and the
other rows are what ordinary visitors see meanwhile.

The server (`scodata serve`, the real command line) and the clients share the machine: on 2 cores the
clients' own CPU use is part of the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.loopback import free_port, wait_http  # noqa: E402
from benchmarks.synth import TOPICS, write_corpus  # noqa: E402

BUILD = """
import sys
from pathlib import Path
from scodata.build import build_dataset
from scodata.sources import SourceSpec
files = sorted(Path(sys.argv[1]).glob("*.txt"))
build_dataset([SourceSpec(str(f)) for f in files], Path(sys.argv[2]))
"""
HOSTILE_SQL = [
    "select printf('%.*c', 1e9, 'x')",
    "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c",
    "select count(*) from paragraphs a, paragraphs b, paragraphs c, paragraphs d, paragraphs e",
    "select length(group_concat(a.text || b.text)) from paragraphs a, paragraphs b",
]
FACETS = ["/scodata/participants?_facet=role&_facet=state_code", "/scodata/paragraphs?_facet=speaker&_facet=section",
          "/scodata/documents?_facet=council&_facet=meeting_format"]


def pages(doc_ids: list[str], rng: random.Random) -> dict[str, str]:
    """One URL of each kind, chosen at random."""
    return {
        "table": f"/scodata/paragraphs?doc_id={rng.choice(doc_ids)}" if rng.random() < 0.5 else "/scodata/paragraphs",
        "reader": f"/-/read/{rng.choice(doc_ids)}",
        "search": "/-/search?q=" + rng.choice(TOPICS) + (" " + rng.choice(TOPICS)[:2] if rng.random() < 0.3 else ""),
        "facet": rng.choice(FACETS),
    }


SLOWEST: list[tuple[float, str]] = []
FAILURES: dict[str, int] = {}


async def client(base: str, doc_ids: list[str], until: float, seed: int,
                 results: dict[str, list[float]], errors: dict[str, int]) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        while time.monotonic() < until:
            kind, path = ("hostile", "/scodata.json?sql=" + quote(rng.choice(HOSTILE_SQL))) if seed < 0 \
                else rng.choice(list(pages(doc_ids, rng).items()))
            start = time.perf_counter()
            try:
                response = await http.get(path)
                ok = 400 <= response.status_code < 500 if kind == "hostile" else response.status_code == 200
                why = f"HTTP {response.status_code}"
            except httpx.HTTPError as error:
                ok, why = False, type(error).__name__
            elapsed = (time.perf_counter() - start) * 1000
            SLOWEST.append((elapsed, path))
            if ok:
                results[kind].append(elapsed)
            else:
                errors[kind] += 1
                FAILURES[why] = FAILURES.get(why, 0) + 1


async def load(base: str, doc_ids: list[str], clients: int, seconds: float, hostile: int = 0) -> tuple[dict, dict]:
    """`clients` ordinary visitors and `hostile` clients sending statements the server must refuse."""
    kinds = ("table", "reader", "search", "facet") + (("hostile",) if hostile else ())
    results: dict[str, list[float]] = {k: [] for k in kinds}
    errors = dict.fromkeys(results, 0)
    until = time.monotonic() + seconds
    seeds = [*range(clients), *range(-hostile, 0)]  # a negative seed is a hostile client
    await asyncio.gather(*(client(base, doc_ids, until, i, results, errors) for i in seeds))
    return results, errors


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--hostile", type=int, default=0, help="clients sending slow or huge SQL meanwhile")
    parser.add_argument("--output", help="an already built output directory (skips the build)")
    parser.add_argument("--log", help="keep the server's log in this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="scodata-load-") as tmp:
        out = Path(args.output) if args.output else Path(tmp) / "out"
        if not args.output:
            write_corpus(Path(tmp) / "corpus", args.docs)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", BUILD, str(Path(tmp) / "corpus"), str(out)], check=True, cwd=ROOT)
            print(f"built {args.docs} documents in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        from scodata.cli import serve_command

        port = free_port()
        log = Path(args.log or Path(tmp) / "serve.log").open("w")  # noqa: SIM115 (closed in finally)
        proc = subprocess.Popen(serve_command(out, "127.0.0.1", port), stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_http(base + "/-/versions.json")
            doc_ids = [r["doc_id"] for r in httpx.get(base + "/scodata/documents.json", params={
                "_shape": "array", "_col": "doc_id", "_size": "max"}, timeout=30).json()]
            for path in [*FACETS, "/scodata/paragraphs"] * 6:  # the pages every visitor opens, as on a running
                httpx.get(base + path, timeout=30)  # site: a new connection each time reaches every worker
            before = time.process_time()
            results, errors = asyncio.run(load(base, doc_ids, args.clients, args.seconds, args.hostile))
            client_cpu = time.process_time() - before
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()
    total = sum(len(v) for v in results.values())
    print(f"machine: {os.cpu_count()} cores (shared; server and clients on the same machine); "
          f"{args.docs} documents, {args.clients} clients x {args.seconds:.0f} s: {total} requests, "
          f"{sum(errors.values())} errors; the clients used {client_cpu:.1f} s of CPU")
    print(f"{'page':8} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for kind, values in results.items():
        print(f"{kind:8} {len(values):8} {errors[kind]:6} {percentile(values, 50):8.1f} {percentile(values, 95):8.1f}")
    if FAILURES:
        print("errors:", ", ".join(f"{why} x{n}" for why, n in FAILURES.items()))
    print("slowest:", "; ".join(f"{ms:.0f} ms {path}" for ms, path in sorted(SLOWEST, reverse=True)[:8]))
    print(json.dumps({k: {"n": len(v), "errors": errors[k], "p50": percentile(v, 50), "p95": percentile(v, 95)}
                      for k, v in results.items()}), file=sys.stderr)


if __name__ == "__main__":
    main()
