"""The local Prefect server: started once (even on busy cores), reused, seen and stopped by the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scodata.orchestrator import _alive, healthy, recorded
from tests.conftest import PROJECT, SCODATA

HOG = "import time\nend = time.monotonic() + 240\nwhile time.monotonic() < end: pass\n"  # bounded CPU load


def _cli(*args: str, home: Path, timeout: float = 420) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(home), PREFECT_UI_ENABLED="false")
    return subprocess.run([*SCODATA, *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=PROJECT,
                          stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_first_run_on_busy_cores_starts_a_server_that_later_runs_reuse(tmp_path: Path) -> None:
    home, out = tmp_path / "prefect-home", tmp_path / "out"  # an empty Prefect home, as on a fresh clone
    hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(os.cpu_count() or 2)]
    try:
        first = _cli("run", "--output", str(out), home=home)
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
    try:
        assert first.returncode == 0, first.stderr[-3000:]
        assert "Traceback" not in first.stderr
        info = recorded(home)
        assert info is not None and healthy(info.url)
        assert f"{info.ui}/runs" in first.stderr  # where to look at the flow runs
        status = _cli("server", "status", home=home)
        assert status.returncode == 0 and info.url in status.stdout
        (out / "current").unlink()  # force a real run: it must reuse the recorded server
        second = _cli("run", "--output", str(out), home=home)
        assert second.returncode == 0, second.stderr[-3000:]
        assert recorded(home) == info
    finally:
        stopped = _cli("server", "stop", home=home)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert not _alive(info.pid)  # nothing left running
    assert _cli("server", "status", home=home).returncode == 1
