"""Long-running deployments: rebuild on a schedule, and when files are dropped into the inbox folder.

    .venv/bin/python flows/deploy.py      # serves both deployments until stopped (Ctrl-C)

It reports to PREFECT_API_URL when set, else to the local server that `scodata server start` (or any
`scodata run`) started, starting it if needed; the Prefect UI shows the runs. Options:
--inbox, --manifest, --output, --interval (seconds between inbox checks), --cron (the rebuild).

`scodata-publish/nightly` re-runs the bundled manifest every day at 03:00 UTC (URLs are re-fetched
conditionally; unchanged sources publish nothing). `scodata-inbox/watch` looks at sources/inbox/
every minute: each file there is added to the manifest (copied into sources/raw/) and the dataset
rebuilt; the file then moves to sources/inbox/done/ (or sources/inbox/failed/ with a .error note).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from prefect import flow, get_run_logger, serve

from flows.publish import publish_flow
from scodata.errors import ScodataError
from scodata.ingest import read_file
from scodata.orchestrator import api_url
from scodata.paths import workspace
from scodata.pipeline import process_source
from scodata.sources import append_source

INBOX = workspace() / "sources" / "inbox"
MANIFEST = workspace() / "sources" / "manifest.toml"
OUTPUT = workspace() / "output"


def _move(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    shutil.move(str(path), target)
    return target


@flow(name="scodata-inbox")
def inbox_flow(inbox: str = str(INBOX), manifest: str = str(MANIFEST), output: str = str(OUTPUT)) -> int:
    """Add every file in the inbox to the manifest and rebuild once; return how many were added."""
    logger = get_run_logger()
    folder = Path(inbox)
    files = sorted(p for p in folder.glob("*") if p.is_file() and not p.name.startswith("."))
    added = []
    for path in files:
        try:
            process_source(read_file(path))  # refuse bad input before it reaches the manifest
            append_source(str(path), Path(manifest))
            added.append(path)
        except ScodataError as exc:
            failed = _move(path, folder / "failed")
            failed.with_suffix(failed.suffix + ".error").write_text(f"{exc}\n", encoding="utf-8")
            logger.error("refused %s: %s", path.name, exc)
    if added:
        publish_flow(output=output, manifest=manifest)
        for path in added:
            _move(path, folder / "done")
        logger.info("added %d file(s) from %s", len(added), folder)
    return len(added)


def main(argv: list[str] | None = None) -> None:
    """Serve the nightly rebuild and the inbox watcher until stopped."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inbox", default=str(INBOX))
    parser.add_argument("--manifest", default=str(MANIFEST))
    parser.add_argument("--output", default=str(OUTPUT))
    parser.add_argument("--interval", type=float, default=60, help="seconds between inbox checks")
    parser.add_argument("--cron", default="0 3 * * *", help="when the nightly rebuild runs (UTC)")
    args = parser.parse_args(argv)
    try:
        url = api_url()
    except ScodataError as exc:
        sys.exit(f"deploy: error: {exc}")
    print(f"deploy: serving scodata-publish/nightly and scodata-inbox/watch against {url}", flush=True)
    paths = {"manifest": args.manifest, "output": args.output}
    serve(
        publish_flow.to_deployment(name="nightly", cron=args.cron, parameters=paths),
        inbox_flow.to_deployment(name="watch", interval=args.interval, parameters={"inbox": args.inbox, **paths}),
    )


if __name__ == "__main__":
    main()
