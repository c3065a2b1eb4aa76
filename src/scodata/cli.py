"""The scodata command line: a thin surface over the library and the flow."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from .errors import ScodataError
from .sources import DEFAULT_MANIFEST, PROJECT_DIR, append_source

DEFAULT_OUTPUT = str(PROJECT_DIR / "output")


def _fail(exc: ScodataError) -> None:
    click.echo(f"scodata: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def _run_flow(sources: list[str] | None, output: str, manifest: str | None, task_runner: str = "threads",
              dask_address: str | None = None) -> None:
    from .write import output_lock

    with output_lock(Path(output)):  # a concurrent run is refused before Prefect starts
        from flows.publish import run_publish  # imported late: it configures and starts Prefect

        result = run_publish(sources or None, output, manifest, task_runner, dask_address)
    state = "published" if result.changed else "unchanged, nothing to publish"
    counts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items()))
    click.echo(f"scodata: {state}: release {result.build_id} in {output} ({counts})")


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
    """Run the publish flow on SOURCES (files or http(s) URLs), or on the manifest when none are given."""
    try:
        _run_flow(list(sources), output, manifest, task_runner, dask_address)
    except ScodataError as exc:
        _fail(exc)


@main.command()
@click.argument("source")
@click.option("--output", "-o", default=DEFAULT_OUTPUT, show_default=True, help="Output directory.")
@click.option("--manifest", type=click.Path(dir_okay=False), default=str(DEFAULT_MANIFEST), show_default=True)
def add(source: str, output: str, manifest: str) -> None:
    """Append SOURCE (a URL or a file) to the manifest and rebuild the dataset."""
    try:
        added = append_source(source, Path(manifest))
        click.echo(f"scodata: {'added' if added else 'already listed'}: {source}")
        _run_flow([], output, manifest)
    except ScodataError as exc:
        _fail(exc)


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
    """The datasette command line that serves a published output directory read-only."""
    db = (output / "scodata.db").resolve()
    return [
        sys.executable, "-m", "datasette", "serve", "-i", str(db),
        "--metadata", str(db.parent / "metadata.json"),
        "--host", host, "--port", str(port),
        "--setting", "suggest_facets", "off",
        "--setting", "sql_time_limit_ms", "2000",
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
    cmd = serve_command(Path(output), host, port)
    click.echo(f"scodata: serving {cmd[5]} at http://{host}:{port}/", err=True)
    os.execv(cmd[0], cmd)


if __name__ == "__main__":
    main()
