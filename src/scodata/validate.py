"""Validate records against their table's JSON Schema; the result is a report, errors as data."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache

from jsonschema import Draft202012Validator, FormatChecker

from .model import Record, Tables
from .schema_predicate import Check, compile_schema
from .tables import Table, load_tables


@dataclass(frozen=True)
class ValidationIssue:
    """One failed check: which table and record, where in it, and why."""

    table_name: str
    doc_id: str | None
    record_key: str
    error_type: str
    path: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class ValidationReport:
    """The outcome of validating a set of tables."""

    issues: list[ValidationIssue]
    checked: dict[str, int]

    @property
    def ok(self) -> bool:
        return not self.issues

    def as_records(self) -> list[Record]:
        """The issues as rows of the validation_errors table."""
        return [{"error_id": i, **issue.as_dict()} for i, issue in enumerate(self.issues, 1)]

    def summary(self) -> str:
        n = sum(self.checked.values())
        if self.ok:
            return f"valid: {n} records in {len(self.checked)} tables"
        return f"invalid: {len(self.issues)} errors in {n} records"


FORMATS = ("date", "date-time")  # the formats the schemas use, checked explicitly (nothing else is imported)


def format_checker() -> FormatChecker:
    """jsonschema's checkers for exactly FORMATS (date-time needs rfc3339-validator)."""
    return FormatChecker(formats=FORMATS)


@cache
def _validator(name: str) -> Draft202012Validator:
    """The package's schemas are checked against the metaschema by the tests, not at every build."""
    return Draft202012Validator(load_tables()[name].schema, format_checker=format_checker())


def validator_for(table: Table) -> Draft202012Validator:
    """A compiled Draft 2020-12 validator with format checking on (built once per table)."""
    if load_tables().get(table.name) is not table:
        Draft202012Validator.check_schema(table.schema)
        return Draft202012Validator(table.schema, format_checker=format_checker())
    return _validator(table.name)


@cache
def _predicate(name: str) -> Check | None:
    return compile_schema(load_tables()[name].schema, _validator(name))


def predicate_for(table: Table) -> Check | None:
    """A fast exact is-valid test compiled from the schema (None: only jsonschema knows this schema)."""
    if load_tables().get(table.name) is not table:
        return compile_schema(table.schema, validator_for(table))
    return _predicate(table.name)


def _record_key(table: Table, record: Record, index: int) -> str:
    keys = [str(record.get(k)) for k in table.primary_key if record.get(k) is not None]
    return ":".join(keys) if keys else f"#{index}"


def _json_path(path: object) -> str:
    parts = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)  # type: ignore[union-attr]
    return "$" + parts


def validate_records(table: Table, records: list[Record]) -> list[ValidationIssue]:
    """Every schema violation in records, in record order.

    The compiled predicate clears valid records fast; jsonschema explains the others (and checks
    every record when the schema uses a keyword the predicate does not know).
    """
    validator = validator_for(table)
    is_valid = predicate_for(table)
    issues = []
    for index, record in enumerate(records):
        if is_valid is not None and is_valid(record):
            continue
        for error in sorted(validator.iter_errors(record), key=lambda e: list(e.absolute_path)):
            doc_id = record.get("doc_id")
            issues.append(
                ValidationIssue(
                    table_name=table.name,
                    doc_id=doc_id if isinstance(doc_id, str) else None,
                    record_key=_record_key(table, record, index),
                    error_type=str(error.validator),
                    path=_json_path(error.absolute_path),
                    message=error.message[:500],
                )
            )
    return issues


def validate_tables(tables: Tables) -> ValidationReport:
    """Validate every table's records; unknown table names are an error too."""
    defs = load_tables()
    issues: list[ValidationIssue] = []
    checked: dict[str, int] = {}
    for name, records in tables.items():
        if name not in defs:
            issues.append(ValidationIssue(name, None, "-", "unknown_table", "$", f"no schema for table {name}"))
            continue
        issues.extend(validate_records(defs[name], records))
        checked[name] = len(records)
    return ValidationReport(issues, checked)


def drop_invalid(tables: Tables, report: ValidationReport) -> Tables:
    """The tables without the records the report names."""
    bad = {(i.table_name, i.record_key) for i in report.issues}
    defs = load_tables()
    return {
        name: [r for i, r in enumerate(rows) if (name, _record_key(defs[name], r, i)) not in bad]
        for name, rows in tables.items()
        if name in defs
    }
