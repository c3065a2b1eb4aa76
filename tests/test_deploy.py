"""Scheduled deployments, as the README runs them: served against a real Prefect server, runs created by its scheduler."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import FIXTURES, PROJECT


def _wait_for(check, seconds: float) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(1)
    return False


@pytest.mark.slow
def test_a_scheduler_created_run_processes_a_dropped_file(prefect_env: dict[str, str], tmp_path: Path) -> None:
    inbox, manifest, out = tmp_path / "inbox", tmp_path / "sources" / "manifest.toml", tmp_path / "out"
    inbox.mkdir()
    manifest.parent.mkdir()
    manifest.write_text("", encoding="utf-8")
    env = {**prefect_env, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    log = (tmp_path / "deploy.log").open("w")
    proc = subprocess.Popen([sys.executable, "flows/deploy.py", "--inbox", str(inbox), "--manifest", str(manifest),
                             "--output", str(out), "--interval", "5"], cwd=PROJECT, env=env, stdout=log,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        shutil.copy(FIXTURES / "communique_2023_hog.txt", inbox / "new.txt")
        (inbox / "empty.txt").write_bytes(b"")
        done = _wait_for(lambda: (inbox / "done" / "new.txt").exists() and (inbox / "failed" / "empty.txt").exists(), 240)
        assert done, (tmp_path / "deploy.log").read_text()[-3000:]
        assert "empty" in (inbox / "failed" / "empty.txt.error").read_text()
        with sqlite3.connect(out / "scodata.db") as conn:
            assert conn.execute("select count(*) from documents").fetchone()[0] == 1
        api = prefect_env["PREFECT_API_URL"]
        deployments = httpx.post(f"{api}/deployments/filter", json={}, timeout=10).json()
        watch = next(d for d in deployments if d["name"] == "watch")
        runs = httpx.post(f"{api}/flow_runs/filter", timeout=10, json={
            "deployments": {"id": {"any_": [watch["id"]]}},
            "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}}).json()
        assert any(run["auto_scheduled"] for run in runs), runs  # created by the server's scheduler, not by hand
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()
