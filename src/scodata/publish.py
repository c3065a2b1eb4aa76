"""Validate assembled tables and publish them: Parquet, SQLite, metadata and data package, atomically."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from .errors import ValidationFailed
from .fsutil import atomic_write
from .gazetteer import gazetteer_records, membership_records
from .model import BuildRef, Record, Tables
from .release.datapackage import datapackage
from .release.metadata import datasette_metadata
from .releases import current_release, publish_release, staging_dir
from .stream import write_release
from .tables import load_tables
from .validate import ValidationReport, validate_tables
from .write import write_sqlite

REPORT_NAME = "validation_errors"
FINGERPRINT = ".inputs-fingerprint"  # in a release: the inputs it was built from (see build.inputs_fingerprint)


@dataclass(frozen=True)
class PublishResult:
    """What a publish did: the release, whether it changed, row counts, and the sources it refused."""

    release: Path
    build_id: str
    changed: bool
    counts: dict[str, int]
    refusals: tuple[Record, ...] = ()


def _dump(path: Path, payload: object) -> None:
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def write_report(output: Path, report: ValidationReport) -> Path:
    """Write the validation report as JSON and as a one-table SQLite file beside the dataset."""
    rows = report.as_records()
    json_path = output / f"{REPORT_NAME}.json"
    _dump(json_path, {"summary": report.summary(), "checked": report.checked, "errors": rows})
    db_path = output / f"{REPORT_NAME}.db"
    db_path.unlink(missing_ok=True)
    write_sqlite({REPORT_NAME: load_tables()[REPORT_NAME]}, {REPORT_NAME: rows}, db_path)
    return json_path


def raise_report(output: Path, report: ValidationReport) -> None:
    """Write the validation report beside the dataset and raise ValidationFailed naming the first issue."""
    path = write_report(output, report)
    first = report.issues[0]
    raise ValidationFailed(
        f"{report.summary()}; first: {first.table_name} {first.record_key} {first.path}: {first.message}"
        f" (report: {path})",
        str(path),
    )


def validate_or_fail(output: Path, data: Tables) -> ValidationReport:
    """Validate every table; on errors write the report and raise, publishing nothing."""
    report = validate_tables(data)
    if not report.ok:
        raise_report(output, report)
    return report


def build_release(output: Path, refs: list[BuildRef], extra: Tables, fingerprint: str | None = None) -> PublishResult:
    """Write the release of these builds to a staging directory, starting from the current release, and swap it
    in unless nothing changed. Invalid records publish nothing: the report says which (ValidationFailed)."""
    current = current_release(output)
    staging = staging_dir(output)
    try:
        written = write_release(staging, refs, extra, current)
        if written.issues:
            report = ValidationReport(written.issues, written.counts)
            raise_report(output, report)
        result = PublishResult(current, written.build_id, False, written.counts, tuple(extra.get("refusals", ())))
        if current is not None and current.name == written.build_id:
            shutil.rmtree(staging, ignore_errors=True)
            if fingerprint:  # same data from other inputs (e.g. new code): remember them for the next run
                atomic_write(current / FINGERPRINT, fingerprint.encode())
            return result
        _dump(staging / "metadata.json", datasette_metadata({"documents": written.documents}))
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        _dump(staging / "datapackage.json", datapackage(staging, written.counts, written.documents, created,
                                                           written.hashes))
        if fingerprint:
            (staging / FINGERPRINT).write_text(fingerprint, encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    release = publish_release(output, staging, written.build_id)
    for stale in (output / f"{REPORT_NAME}.json", output / f"{REPORT_NAME}.db"):
        stale.unlink(missing_ok=True)
    return PublishResult(release, written.build_id, True, written.counts, result.refusals)


def finalize(output: Path, refs: list[BuildRef], fingerprint: str | None = None,
             refusals: list[Record] | None = None) -> PublishResult:
    """Publish the builds with the static tables and the run's refusals: validated, written, swapped in."""
    extra = {**static_tables(), "refusals": sorted(refusals or [], key=lambda r: r["source"])}
    return build_release(output, refs, extra, fingerprint)


def published_unchanged(output: Path, fingerprint: str) -> PublishResult | None:
    """The current release when it was built from exactly these inputs (builds are deterministic)."""
    current = current_release(output)
    marker = current / FINGERPRINT if current is not None else None
    if marker is None or not marker.is_file() or marker.read_text(encoding="utf-8") != fingerprint:
        return None
    package = json.loads((current / "datapackage.json").read_text(encoding="utf-8"))
    counts = {r["name"]: r["rows"] for r in package["resources"] if r["type"] == "table"}
    refusals = current / "parquet" / "refusals.parquet"
    rows = tuple(pq.read_table(refusals).to_pylist()) if counts.get("refusals") else ()
    return PublishResult(current, current.name, False, counts, rows)


def static_tables() -> Tables:
    """Tables that do not come from documents (the gazetteer and the dated membership history)."""
    return {"gazetteer": gazetteer_records(), "memberships": membership_records()}
