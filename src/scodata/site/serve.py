"""Serve the dataset with Datasette in several worker processes (uvicorn).

    python -m scodata.site.serve --workers 2 path/to/scodata.db --metadata metadata.json \\
        --host 127.0.0.1 --port 8001 [--setting NAME VALUE ...]

Datasette's own `datasette serve` runs one process, so every page shares one core (Python's GIL); the
database is immutable and read-only, so workers share nothing but the file. Each worker builds the
same Datasette from the arguments, handed over in an environment variable.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sys
from typing import Any

ENV = "SCODATA_SERVE_CONFIG"
SWITCH_INTERVAL = 0.0005


def typed_settings(pairs: list[list[str]]) -> dict[str, Any]:
    """Datasette settings from NAME VALUE strings, cast to the type of each setting's default."""
    from datasette.app import SETTINGS

    defaults = {s.name: s.default for s in SETTINGS}
    out: dict[str, Any] = {}
    for name, value in pairs:
        if name not in defaults:
            raise SystemExit(f"unknown Datasette setting {name!r}")
        default = defaults[name]
        if isinstance(default, bool):
            out[name] = value.lower() in ("1", "on", "true", "yes")
        elif isinstance(default, int):
            out[name] = int(value)
        else:
            out[name] = value
    return out


def create_app():  # noqa: ANN201 (an ASGI app)
    """The Datasette ASGI app of one worker, from the configuration in the environment."""
    from datasette.app import Datasette

    # A page awaits ~25 small queries, each a hand-over between the event loop and a query thread; with
    # Python's default 5 ms switch interval each hand-over can wait that long while another thread runs.
    sys.setswitchinterval(SWITCH_INTERVAL)
    config = json.loads(os.environ[ENV])
    with open(config["metadata"], encoding="utf-8") as fh:
        metadata = json.load(fh)
    ds = Datasette(immutables=[config["db"]], metadata=metadata, settings=config["settings"])
    refresh_once(ds)
    for db in ds.databases.values():
        if db.is_mutable is False:
            remember_schema(db)
    app = StartedFirst(ds, ds.app())
    return SpreadConnections(app) if config.get("workers", 1) > 1 else app


class StartedFirst:
    """Requests wait for Datasette's start-up hooks. Datasette runs them on the first request only and lets
    requests arriving meanwhile through, which then fail ("render_template() called before … invoke_startup")
    when a worker's first requests come together, as under load."""

    def __init__(self, ds: Any, app: Any) -> None:  # noqa: ANN401 (a Datasette and its ASGI app)
        self.ds, self.app, self.lock = ds, app, None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:  # noqa: ANN401 (ASGI)
        if not self.ds._startup_invoked and scope.get("type") == "http":
            self.lock = self.lock or asyncio.Lock()
            async with self.lock:
                await self.ds.invoke_startup()  # does nothing once it has run
        await self.app(scope, receive, send)


class SpreadConnections:
    """A busy worker hands its clients back to the kernel. Workers share one listening socket and a
    keep-alive connection stays with the worker that accepted it, so 20 clients were seen spread 12/6/2/0
    over four workers: the tail latency was the busiest worker's queue. When more than BUSY requests are in
    progress here, a response closes its connection; the client's next one is accepted by whichever worker
    is idle and waiting (a busy one is not)."""

    BUSY = 2

    def __init__(self, app: Any) -> None:  # noqa: ANN401 (an ASGI app)
        self.app, self.in_progress = app, 0

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:  # noqa: ANN401 (ASGI)
        if scope.get("type") != "http":
            await self.app(scope, receive, send)
            return

        async def send_closing_when_busy(message: dict) -> None:
            if message["type"] == "http.response.start" and self.in_progress > self.BUSY:
                message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
            await send(message)

        self.in_progress += 1
        try:
            await self.app(scope, receive, send_closing_when_busy)
        finally:
            self.in_progress -= 1


# Database methods that read only the schema: each is a query on a thread and a turn of the event loop,
# and a table page calls them ~15 times. The served database is immutable, so their answers are kept.
SCHEMA_METHODS = ("table_exists", "table_names", "table_columns", "table_column_details", "primary_keys",
                  "fts_table", "label_column_for_table", "foreign_keys_for_table", "hidden_table_names",
                  "view_names", "get_all_foreign_keys", "get_table_definition", "get_view_definition",
                  "attached_databases")


def remember_schema(db: Any) -> None:  # noqa: ANN401 (a Datasette Database)
    """Keep the answers of an immutable database's schema methods (copies, so callers may change them)."""
    import copy

    for name in SCHEMA_METHODS:
        method = getattr(db, name, None)
        if method is None:
            continue
        answers: dict[tuple[Any, ...], Any] = {}

        async def remembered(*args: Any, _method: Any = method, _answers: dict = answers, **kwargs: Any) -> Any:  # noqa: ANN401
            key = (args, tuple(sorted(kwargs.items())))
            if key not in _answers:
                _answers[key] = await _method(*args, **kwargs)
            return copy.deepcopy(_answers[key])

        setattr(db, name, remembered)
    remember_catalogue_queries(db)


def remember_catalogue_queries(db: Any) -> None:  # noqa: ANN401 (a Datasette Database)
    """Keep the answers of queries on sqlite_master: Datasette's permission check looks the table up there
    twice per table page (two more queries on a thread), and an immutable database's catalogue never changes."""
    execute = db.execute
    answers: dict[tuple[str, str], Any] = {}

    async def remembered(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
        if args or kwargs or not sql.lstrip().lower().startswith("select name from sqlite_master "):
            return await execute(sql, params, *args, **kwargs)
        key = (sql, repr(params))
        if key not in answers:
            answers[key] = await execute(sql, params)
        return answers[key]

    db.execute = remembered


def refresh_once(ds: Any) -> None:  # noqa: ANN401 (a Datasette)
    """Read the schemas once: Datasette re-reads them on every request (three queries), but the only
    database served is immutable."""
    original = ds.refresh_schemas
    done = False

    async def refresh() -> None:
        nonlocal done
        if not done:
            await original()
            done = True

    ds.refresh_schemas = refresh


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("db")
    parser.add_argument("--metadata", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--setting", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"))
    args = parser.parse_args(argv)
    os.environ[ENV] = json.dumps({"db": args.db, "metadata": args.metadata, "settings": typed_settings(args.setting),
                                  "workers": args.workers})
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config("scodata.site.serve:create_app", factory=True, host=args.host, port=args.port,
                            workers=max(1, args.workers), log_level="warning", lifespan="off")
    sock = config.bind_socket()
    # Connections accepted from this socket inherit TCP_NODELAY. Without it (uvicorn's shared socket has
    # proto 0, so asyncio does not set it), a response's last small write waited for the client's delayed
    # ACK: 44 ms for a cached 35 KB search answer on a kept-alive connection.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if config.workers > 1:
        Multiprocess(config, sockets=[sock]).run()
    else:
        uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
