"""The front door, timed: `scodata run` with an empty Prefect home (a fresh machine), N times, optionally while
every core is kept busy; then a run after a change, an unchanged run and a refused input against the server
that the first run left running.

    .venv/bin/python benchmarks/first_run.py --times 5 --busy

Each try uses a new Prefect home and output folder and stops the server it started.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOG = "import time\nend = time.monotonic() + 600\nwhile time.monotonic() < end: pass\n"


def timed(args: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "scodata.cli", *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=600)
    return time.perf_counter() - start, proc.returncode, proc.stderr


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--times", type=int, default=5)
    parser.add_argument("--busy", action="store_true", help="keep every core busy during the first run")
    args = parser.parse_args()
    firsts, ok = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.times):
            home, out = Path(tmp) / f"home{i}", Path(tmp) / f"out{i}"
            env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PREFECT_HOME": str(home)}
            hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(os.cpu_count() or 2)] if args.busy else []
            try:
                seconds, code, err = timed(["run", "--output", str(out)], env)
            finally:
                for hog in hogs:
                    hog.kill()
            firsts.append(seconds)
            ok += code == 0
            print(f"first run {i + 1}: exit {code}, {seconds:.1f} s{'' if code == 0 else ': ' + err[-300:]}", flush=True)
            if i == 0:
                (out / "current").unlink()  # a change: the release must be written again (the cache is warm)
                print(f"run after a change, server up: {timed(['run', '--output', str(out)], env)[0]:.1f} s")
                print(f"run with nothing changed: {timed(['run', '--output', str(out)], env)[0]:.2f} s")
                empty = Path(tmp) / "empty.txt"
                empty.write_bytes(b"")
                print(f"refused input: {timed(['run', str(empty), '--output', str(out)], env)[0]:.2f} s")
            timed(["server", "stop"], env)
    print(f"first runs: {ok}/{args.times} succeeded{' on busy cores' if args.busy else ''}; "
          f"median {statistics.median(firsts):.1f} s, max {max(firsts):.1f} s")


if __name__ == "__main__":
    main()
