"""The Prefect API the flows report to: the user's (PREFECT_API_URL), or a long-lived local server.

The local server is started once, detached (its own session, output to a log file in the Prefect
home), bound to 127.0.0.1; its pid, port and URL are recorded in the Prefect home and reused by
later runs. Nothing here imports Prefect: the server is a separate process.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import OrchestratorError
from .paths import workspace

STATE = "scodata-server.json"
LOG = "scodata-server.log"
DEFAULT_PORT = 4200
START_TIMEOUT = float(os.environ.get("SCODATA_SERVER_START_TIMEOUT", "240"))  # busy cores: first start migrates a DB


def prefect_home() -> Path:
    """Where Prefect keeps its state: PREFECT_HOME, or the workspace's .prefect folder."""
    return Path(os.environ.get("PREFECT_HOME") or workspace() / ".prefect")


def configure_prefect() -> None:
    """Prefect settings for every process of a run (set before prefect is imported)."""
    os.environ.setdefault("PREFECT_HOME", str(prefect_home()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


@dataclass(frozen=True)
class ServerInfo:
    """A local Prefect server started by scodata."""

    pid: int
    port: int
    url: str  # the API: http://127.0.0.1:PORT/api
    log: str
    started: float = 0.0  # time.time() at launch

    @property
    def ui(self) -> str:
        return self.url.removesuffix("/api")

    @property
    def starting(self) -> bool:
        """Launched recently enough that not answering yet is no sign of trouble."""
        return time.time() - self.started < START_TIMEOUT


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when the Prefect API at api_url answers its health check."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recorded(home: Path | None = None) -> ServerInfo | None:
    """The server recorded in the Prefect home, if its process is still alive."""
    path = (home or prefect_home()) / STATE
    try:
        info = ServerInfo(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    return info if _alive(info.pid) else None


def _free_port(preferred: int) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise OrchestratorError("no free port on 127.0.0.1 for the Prefect server")


@contextlib.contextmanager
def _start_lock(home: Path) -> Iterator[None]:
    """One process at a time decides whether to start the server (two runs must not start two)."""
    home.mkdir(parents=True, exist_ok=True)
    with (home / "scodata-server.lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _log_tail(path: Path, lines: int = 1) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(line.strip()[:200] for line in text[-lines:])


def launch_server(home: Path | None = None, port: int = DEFAULT_PORT) -> ServerInfo:
    """The recorded local server (answering, or still starting), or one launched now, detached; not waited for."""
    home = home or prefect_home()
    with _start_lock(home):
        info = recorded(home)
        if info is not None and (info.starting or healthy(info.url)):
            return info
        if info is not None:  # alive, long started, not answering: a stuck server, replace it
            stop_server(home)
        chosen = _free_port(port)
        log = home / LOG
        env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
               "DO_NOT_TRACK": "1", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
        env.pop("PREFECT_API_URL", None)
        with log.open("ab") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(chosen)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True,
            )
        info = ServerInfo(proc.pid, chosen, f"http://127.0.0.1:{chosen}/api", str(log), time.time())
        (home / STATE).write_text(json.dumps(asdict(info)), encoding="utf-8")
        return info


def wait_ready(info: ServerInfo, home: Path | None = None, timeout: float = START_TIMEOUT) -> ServerInfo:
    """Wait until a launched server answers; OrchestratorError when it exits or does not answer in time."""
    home = home or prefect_home()
    deadline = max(info.started + timeout, time.time() + 2)  # a long-running server gets a moment to answer
    while True:
        _reap(info.pid)  # a child of this process that exited is a zombie until reaped
        if not _alive(info.pid):
            (home / STATE).unlink(missing_ok=True)
            raise OrchestratorError(f"the Prefect server exited at start ({_log_tail(Path(info.log))}); see {info.log}")
        if healthy(info.url):
            return info
        if time.time() >= deadline:
            break
        time.sleep(0.5)
    stop_server(home)
    raise OrchestratorError(f"the Prefect server did not answer within {timeout:.0f} s; see {info.log}, "
                            "or set SCODATA_SERVER_START_TIMEOUT")


def start_server(home: Path | None = None, port: int = DEFAULT_PORT, timeout: float = START_TIMEOUT) -> ServerInfo:
    """The local server, launched if needed, once it answers."""
    home = home or prefect_home()
    return wait_ready(launch_server(home, port), home, timeout)


def stop_server(home: Path | None = None, timeout: float = 20) -> ServerInfo | None:
    """Stop the recorded local server (its whole process group); None when none was running."""
    home = home or prefect_home()
    info = recorded(home)
    (home / STATE).unlink(missing_ok=True)
    if info is None:
        return None
    with contextlib.suppress(ProcessLookupError):
        os.killpg(info.pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(info.pid):
        _reap(info.pid)
        time.sleep(0.2)
    if _alive(info.pid):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(info.pid, signal.SIGKILL)
        _reap(info.pid)
    return info


def _reap(pid: int) -> None:
    """Collect the exit status when the server is this process's child (otherwise it lingers as a zombie)."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def begin() -> str:
    """The Prefect API a run will use, set as PREFECT_API_URL before Prefect is imported (it reads the setting
    then): the user's, or the local server's, launched now if needed so it boots while the caller imports."""
    configure_prefect()
    url = os.environ.get("PREFECT_API_URL")
    if url:
        return url
    info = launch_server()
    os.environ["PREFECT_API_URL"] = info.url
    return info.url


def ready(url: str) -> str:
    """Wait until the API of begin() answers; OrchestratorError (with what to do) when it does not."""
    info = recorded()
    if info is not None and info.url == url:
        return wait_ready(info).url
    if "api.prefect.cloud" in url or healthy(url, timeout=10):
        return url
    raise OrchestratorError(f"the Prefect API at {url} (PREFECT_API_URL) does not answer: "
                            "start that server, or unset PREFECT_API_URL to use a local one")


def api_url() -> str:
    """The Prefect API to report to, once it answers (PREFECT_API_URL, or the local server started if needed)."""
    return ready(begin())
