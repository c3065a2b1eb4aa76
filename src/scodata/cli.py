"""The scodata command line: a thin surface over the library and the flow."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from .errors import PUBLISHED_WITH_REFUSALS, OrchestratorError, ScodataError
from .paths import workspace

DEFAULT_OUTPUT = str(workspace() / "output")
WORKSPACE_MANIFEST = str(workspace() / "sources" / "manifest.toml")


def _fail(exc: ScodataError) -> None:
    click.echo(f"scodata: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _say(message: str) -> None:
    click.echo(f"scodata: {message}", err=True)


def _report(result, printed: set[str]) -> None:  # noqa: ANN001 (a PublishResult; not imported at start-up)
    """The outcome in one line, the refusals not yet shown one line each; exit 5 when some were refused."""
    for row in result.refusals:
        if row["source"] not in printed:
            kept = f" (kept its last good build {row['kept_doc_id']})" if row.get("kept_doc_id") else ""
            _say(f"refused {row['source']}: {row['message']}{kept}")
    state = "published" if result.changed else "unchanged, nothing to publish"
    counts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items()) if v)
    click.echo(f"scodata: {state}: release {result.build_id} in {result.release.parent.parent} ({counts})")
    if result.refusals:
        _say(f"{len(result.refusals)} source(s) refused; the others were published (exit {PUBLISHED_WITH_REFUSALS})")
        sys.exit(PUBLISHED_WITH_REFUSALS)


def _run_flow(refs: list[str], output: str, manifest: str | None, task_runner: str = "threads",
              dask_address: str | None = None) -> None:
    """Check the local inputs with plain functions, then run the flow against a reachable Prefect API."""
    from .build import nothing_published, preflight
    from .lock import output_lock
    from .sources import load_manifest, spec_list

    out = Path(output)
    specs = spec_list(refs) if refs else load_manifest(Path(manifest) if manifest else None)
    with output_lock(out):  # a concurrent run is refused before anything starts
        checked = preflight(specs, out, build=task_runner == "threads")  # Dask spreads the processing instead
        if not checked.runnable and len(checked.refusals) == 1:
            raise nothing_published(checked.refusals)  # its one line is the reason
        for refusal in checked.refusals:
            _say(f"refused {refusal.source}: {refusal.message}")
        if not checked.runnable:
            raise nothing_published(checked.refusals)
        for line in checked.processed:
            _say(line)
        if checked.unchanged is not None:
            _report(checked.unchanged, set())
            return
        from .orchestrator import begin, ready

        url = begin()  # a local server boots while Prefect is imported below
        from flows.publish import run_publish  # imported late: importing Prefect takes a second or two

        url = ready(url)
        _say(f"Prefect API {url} (flow runs at {url.removesuffix('/api')}/runs)")

        try:
            result = run_publish(refs or None, output, manifest, task_runner, dask_address)
        except ScodataError:
            raise
        except Exception as exc:  # Prefect or its API broke down mid-run: one line, the dataset untouched
            if os.environ.get("SCODATA_DEBUG"):
                raise
            raise OrchestratorError(f"the flow run failed: {type(exc).__name__}: {exc} "
                                    "(SCODATA_DEBUG=1 shows the traceback)") from exc
    _report(result, {r.source for r in checked.refusals})


def _guarded(action) -> None:  # noqa: ANN001
    """Run a command body: domain errors and interrupts become one line and an exit code."""
    try:
        action()
    except ScodataError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        _say("interrupted; the published dataset is unchanged")
        sys.exit(130)
    except Exception as exc:  # a bug: still one line at the edge, the traceback on request
        if os.environ.get("SCODATA_DEBUG"):
            raise
        _say(f"error: internal error: {type(exc).__name__}: {exc} (SCODATA_DEBUG=1 shows the traceback)")
        sys.exit(1)


@click.group()
@click.version_option()
def main() -> None:
    """Build, validate and serve the scodata dataset of SCO communiqués."""


@main.command()
@click.argument("sources", nargs=-1)
@click.option("--output", "-o", default=DEFAULT_OUTPUT, show_default=True, help="Output directory.")
@click.option("--manifest", type=click.Path(dir_okay=False), help="Sources manifest (default: the bundled one).")
@click.option("--task-runner", type=click.Choice(["threads", "dask"]), default="threads", show_default=True,
              help="Run tasks in threads, or on Dask (a local cluster, or --dask-address).")
@click.option("--dask-address", help="Address of an existing Dask scheduler, e.g. tcp://10.0.0.5:8786.")
def run(sources: tuple[str, ...], output: str, manifest: str | None, task_runner: str, dask_address: str | None) -> None:
    """Run the publish flow on SOURCES (files or http(s) URLs), or on the manifest when none are given.

    Exit codes: 0 published or unchanged; 2 bad input (nothing published); 3 invalid records; 4 another
    run holds the output; 5 published, but some sources were refused; 6 Prefect could not be reached or
    started.
    """
    _guarded(lambda: _run_flow(list(sources), output, manifest, task_runner, dask_address))


def _add(source: str, output: str, manifest: str) -> None:
    from .ingest import is_url
    from .pipeline import process_source
    from .read import read_spec
    from .sources import SourceSpec, append_source

    if not is_url(source):
        process_source(read_spec(SourceSpec(source)))  # refuse bad input before it reaches the manifest
    added = append_source(source, Path(manifest))
    _say(f"{'added' if added else 'already listed'}: {source}")
    _run_flow([], output, manifest)


@main.command()
@click.argument("source")
@click.option("--output", "-o", default=DEFAULT_OUTPUT, show_default=True, help="Output directory.")
@click.option("--manifest", type=click.Path(dir_okay=False), default=WORKSPACE_MANIFEST, show_default=True)
def add(source: str, output: str, manifest: str) -> None:
    """Append SOURCE (a URL or a file) to the manifest and rebuild the dataset."""
    _guarded(lambda: _add(source, output, manifest))


@main.group()
def server() -> None:
    """The local Prefect server that runs report to (its UI shows the flow runs)."""


@server.command("start")
def server_start() -> None:
    """Start the local Prefect server (or find the running one)."""
    from .orchestrator import configure_prefect, start_server

    def go() -> None:
        configure_prefect()
        info = start_server()
        click.echo(f"Prefect server running: UI {info.ui}, API {info.url}, pid {info.pid}, log {info.log}")

    _guarded(go)


@server.command("status")
def server_status() -> None:
    """Say whether the local Prefect server runs (exit 0) or not (exit 1)."""
    from .orchestrator import healthy, prefect_home, recorded

    info = recorded()
    if info is None:
        click.echo(f"no Prefect server running for {prefect_home()}")
        sys.exit(1)
    state = "answering" if healthy(info.url) else "not answering (yet)"
    click.echo(f"Prefect server {state}: UI {info.ui}, API {info.url}, pid {info.pid}, log {info.log}")
    sys.exit(0 if state == "answering" else 1)


@server.command("stop")
def server_stop() -> None:
    """Stop the local Prefect server."""
    from .orchestrator import stop_server

    info = stop_server()
    click.echo(f"stopped the Prefect server (pid {info.pid})" if info else "no Prefect server was running")


@main.command()
@click.option("--output", "-o", default=DEFAULT_OUTPUT, show_default=True, help="Output directory.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def validate(output: str, as_json: bool) -> None:
    """Re-validate the published tables against schemas/ and print a report."""
    from .validate import validate_tables
    from .write import read_published

    try:
        report = validate_tables(read_published(Path(output)))
    except ScodataError as exc:
        _fail(exc)
        return
    if as_json:
        payload = {"ok": report.ok, "checked": report.checked, "errors": report.as_records()}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for name, n in sorted(report.checked.items()):
            click.echo(f"{name:20} {n:>8} records")
        for issue in report.issues:
            click.echo(f"{issue.table_name} {issue.record_key} {issue.path}: {issue.message}")
        click.echo(report.summary())
    sys.exit(0 if report.ok else 3)


def serve_command(output: Path, host: str, port: int) -> list[str]:
    """The command line that serves a published output directory read-only: Datasette (immutable) in two
    worker processes per core, at most four (scodata.site.serve); cmd[5] is the database served."""
    db = (output / "scodata.db").resolve()
    workers = str(max(1, min(4, 2 * (os.cpu_count() or 1))))  # a worker waiting on its queries leaves the core
    return [
        sys.executable, "-m", "scodata.site.serve", "--workers", workers, str(db),
        "--metadata", str(db.parent / "metadata.json"),
        "--host", host, "--port", str(port),
        "--setting", "suggest_facets", "off",
        "--setting", "sql_time_limit_ms", "1000",  # hostile queries answer 400 well within 2 s
        "--setting", "facet_time_limit_ms", "300",
        "--setting", "default_page_size", "50",
        "--setting", "truncate_cells_html", "400",
    ]


@main.command()
@click.option("--output", "-o", default=DEFAULT_OUTPUT, show_default=True, help="Output directory.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def serve(output: str, host: str, port: int) -> None:
    """Serve the published dataset read-only (immutable) with Datasette."""
    if not (Path(output) / "scodata.db").exists():
        _fail(ScodataError(f"no dataset in {output}: run `scodata run` first"))
    from .orchestrator import recorded

    cmd = serve_command(Path(output), host, port)
    click.echo(f"scodata: serving {cmd[5]} at http://{host}:{port}/", err=True)
    info = recorded()
    if info is not None:
        click.echo(f"scodata: Prefect UI (flow runs) at {info.ui}; `scodata server stop` stops it", err=True)
    os.execv(cmd[0], cmd)


if __name__ == "__main__":
    main()
