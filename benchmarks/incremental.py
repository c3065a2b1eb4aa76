"""Benchmark of the build's growth: peak memory, a cold build, one document added, nothing changed.

    .venv/bin/python benchmarks/incremental.py --sizes 1000,10000

Each build runs in a child process (plain functions, no Prefect) so its wall time and peak memory
(ru_maxrss) are its own. The corpus is synthetic (benchmarks/synth.py, our own wording). Also checks that
the release grown by one document has the same Parquet bytes as a cold build of the same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synth import write_corpus  # noqa: E402

BUILD = """
import sys, json, time
from pathlib import Path
from scodata.build import build_dataset
from scodata.sources import load_manifest
t = time.perf_counter()
r = build_dataset(load_manifest(Path(sys.argv[1])), Path(sys.argv[2]))
print(json.dumps({"seconds": time.perf_counter() - t, "changed": r.changed, "id": r.build_id}))
"""


def build(manifest: Path, out: Path) -> dict[str, float]:
    """Run one build in a child; its seconds (imports excluded), peak RSS in MiB and release id."""
    proc = subprocess.Popen([sys.executable, "-c", BUILD, str(manifest), str(out)], stdout=subprocess.PIPE,
                            cwd=ROOT, text=True)
    text = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise RuntimeError(f"build failed ({status})")
    return {**json.loads(text.strip().splitlines()[-1]), "rss": usage.ru_maxrss / 1024}


def write_manifest(path: Path, files: list[Path]) -> Path:
    path.write_text("".join(f'[[source]]\npath = "{f}"\n\n' for f in files), encoding="utf-8")
    return path


def parquet_bytes(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "parquet").glob("*.parquet"))}


def measure(n: int, work: Path) -> list[str]:
    files = write_corpus(work / "corpus", n + 1)
    base, grown = write_manifest(work / f"m{n}.toml", files[:n]), write_manifest(work / f"m{n}+1.toml", files)
    mb = sum(f.stat().st_size for f in files[:n]) / 1e6
    out = work / f"out{n}"
    cold = build(base, out)
    same = build(base, out)
    plus = build(grown, out)
    check = build(grown, work / f"cold{n}+1")
    identical = parquet_bytes(out) == parquet_bytes(work / f"cold{n}+1") and plus["id"] == check["id"]
    return [
        f"{n} docs ({mb:.1f} MB), cold build: {cold['seconds']:.1f} s, {n / cold['seconds']:.0f} docs/s, "
        f"{mb / cold['seconds']:.2f} MB/s, peak {cold['rss']:.0f} MiB",
        f"{n} docs, nothing changed: {same['seconds']:.2f} s = {100 * same['seconds'] / cold['seconds']:.1f}% of cold",
        f"{n} docs + 1: {plus['seconds']:.2f} s = {100 * plus['seconds'] / cold['seconds']:.1f}% of cold, "
        f"peak {plus['rss']:.0f} MiB; Parquet identical to a cold build of {n + 1}: {identical}",
        f"{n + 1} docs, cold build for comparison: {check['seconds']:.1f} s, peak {check['rss']:.0f} MiB",
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; {time.strftime('%Y-%m-%d')}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            for line in measure(n, Path(tmp)):
                print(line, flush=True)


if __name__ == "__main__":
    main()
