"""Shared fixtures: a real local HTTP server, a real Prefect API, real Datasette, a built dataset."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from benchmarks.loopback import free_port, wait_http  # noqa: F401 (the tests import them from here too)

PROJECT = Path(__file__).resolve().parents[1]
SEED = PROJECT / "sources" / "raw" / "000_740a038ea85bf232.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SCODATA = [sys.executable, "-m", "scodata.cli"]


def stop(proc: subprocess.Popen, seconds: float) -> None:
    """Terminate a server process, killing it if it has not exited within `seconds`."""
    proc.terminate()
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()


# ---- a real HTTP server on loopback with scripted routes --------------------------------------

@dataclass
class Route:
    """What the test server answers on a path: a list of responses played in order (last repeats)."""

    responses: list[tuple[int, dict[str, str], bytes]]
    delay: float = 0.0
    hits: int = 0


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route] = field(default_factory=dict)

    def add(self, path: str, body: bytes = b"", status: int = 200, headers: dict[str, str] | None = None,
            *, then: list[tuple[int, dict[str, str], bytes]] | None = None, delay: float = 0.0) -> str:
        self.routes[path] = Route([(status, headers or {}, body)] + (then or []), delay)
        return self.base + path


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            route = server.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            status, headers, body = route.responses[min(route.hits, len(route.responses) - 1)]
            route.hits += 1
            if route.delay:
                time.sleep(route.delay)
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1 whose routes a test scripts."""
    server = LocalServer("")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    server.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()


# ---- a real Prefect API, shared by every flow run of the session --------------------------------

@pytest.fixture(scope="session")
def prefect_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Start one Prefect server on loopback; return the environment that points flow runs at it."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "DO_NOT_TRACK": "1", "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port),
           "PREFECT_UI_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "3"}  # deployments' scheduled runs appear quickly
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                             "--port", str(port), "--no-ui"], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/api/health", seconds=90)
        env["PREFECT_API_URL"] = f"http://127.0.0.1:{port}/api"
        yield env
    finally:
        stop(proc, 20)
        log.close()


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli(prefect_env: dict[str, str]) -> Callable[..., CliResult]:
    """Run the real `scodata` CLI in a subprocess against the session's Prefect API."""

    def run(*args: str, timeout: float = 300, env: dict[str, str] | None = None) -> CliResult:
        proc = subprocess.run([*SCODATA, *args], env={**prefect_env, **(env or {})}, capture_output=True, text=True,
                              timeout=timeout, cwd=PROJECT, stdin=subprocess.DEVNULL)
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


# ---- a dataset built once from the bundled sources, and Datasette serving it -----------------------

@pytest.fixture(scope="session")
def built_output(prefect_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output directory built by the real CLI from the bundled manifest."""
    out = tmp_path_factory.mktemp("built") / "output"
    proc = subprocess.run([*SCODATA, "run", "--output", str(out)], env=prefect_env, capture_output=True,
                          text=True, timeout=600, cwd=PROJECT, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every published file's bytes (following the output's symlinks), for byte-identity checks."""
    files = {}
    for name in ("scodata.db", "metadata.json", "datapackage.json"):
        path = directory / name
        if path.exists():
            files[name] = path.read_bytes()
    parquet = directory / "parquet"
    if parquet.exists():
        for path in sorted(parquet.glob("*.parquet")):
            files[f"parquet/{path.name}"] = path.read_bytes()
    return files


@dataclass
class Datasette:
    url: str
    output: Path


@pytest.fixture(scope="session")
def datasette_server(built_output: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Datasette]:
    """The real `scodata serve` (Datasette, immutable) on a free loopback port."""
    out = tmp_path_factory.mktemp("served") / "output"
    shutil.copytree(built_output, out, symlinks=True)
    port = free_port()
    log = (out.parent / "datasette.log").open("w")
    proc = subprocess.Popen([*SCODATA, "serve", "--output", str(out), "--port", str(port)], cwd=PROJECT,
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_http(f"http://127.0.0.1:{port}/-/versions.json", seconds=60)
        yield Datasette(f"http://127.0.0.1:{port}", out)
    finally:
        stop(proc, 10)
        log.close()


# ---- markers: `pytest -m "not slow and not browser"` is the fast loop ---------------------------------

SLOW_FIXTURES = {"prefect_env", "datasette_server"}  # a real Prefect server or a CLI-built dataset behind them


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that starts a Prefect server (directly or through a fixture) as slow, and Chromium's as browser."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if SLOW_FIXTURES & fixtures:
            item.add_marker(pytest.mark.slow)
        if "page" in fixtures or "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
