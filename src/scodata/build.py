"""The build, as one sequence that both the plain path and the Prefect flow run.

read every source -> (nothing changed? stop) -> process -> keep the last good build of refused
sources -> validate and publish. How each step is spread over workers is the caller's business: the
plain path runs them in a loop (LocalSteps), the flow hands them to Prefect tasks (flows/publish.py).
A source that cannot be read or processed is refused, reported, and does not hold the others back.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import orjson

from .errors import InputError
from .filestats import FileStats
from .ingest import store_raw
from .lock import output_lock
from .memory import release_freed_memory
from .model import BuildRef, RawSource, Record
from .read import previous_sources, read_spec, source_from_record, spec_uri
from .sources import SourceSpec

if TYPE_CHECKING:  # imported where used: refusing a bad file needs neither the extractors nor the writers
    from .publish import PublishResult

@dataclass(frozen=True)
class Refusal:
    """A source that was refused, and why (a row of the refusals table once published)."""

    source: str
    stage: str  # "read" or "process"
    error_type: str
    message: str

    @classmethod
    def of(cls, source: str, stage: str, exc: BaseException) -> Refusal:
        message = str(exc) if isinstance(exc, InputError) else f"internal error: {type(exc).__name__}: {exc}"
        head, sep, rest = message.partition(": ")
        if sep and Path(head).name == Path(source).name:  # the message names the source: say it once
            message = rest
        return cls(source, stage, type(exc).__name__, message)


Read = RawSource | Refusal
Built = BuildRef | Refusal


def read_or_refuse(spec: SourceSpec, output: Path | None, stats: FileStats | None = None) -> Read:
    """The source's bytes, or its refusal (bad input is refused, never raised)."""
    try:
        return read_spec(spec, output, stats)
    except InputError as exc:
        return Refusal.of(spec_uri(spec), "read", exc)


def read_all(specs: list[SourceSpec], output: Path, remember: bool = True) -> list[Read]:
    """read_or_refuse over specs; local files unchanged since an earlier run are known by their hash, not read.

    remember: record the files read for later runs (the preflight does not: a run that stops before its
    flow leaves the output folder as it was).
    """
    stats = FileStats(output)
    reads = [read_or_refuse(spec, output, stats) for spec in specs]
    if remember:
        stats.save()
    return reads


def process_or_refuse(source: RawSource, output: Path, keep_raw: bool = True) -> tuple[Built, bool]:
    """Build (or reuse the cached build of) one source; keep its raw bytes (keep_raw) only once it is accepted.

    The second value says whether the build came from the cache. Any failure refuses this source only.
    """
    from .cache import process_cached

    try:
        build, cached = process_cached(source, output / "cache")
    except Exception as exc:  # noqa: BLE001 — one bad document must not stop the corpus; reported as a refusal
        return Refusal.of(source.uri, "process", exc), False
    if keep_raw:
        store_raw(source, output / "raw")
    return build, cached


def _process_batch(sources: list[RawSource], output: Path, keep_raw: bool) -> list[tuple[Built, bool]]:
    return [process_or_refuse(source, output, keep_raw) for source in sources]


def process_all(sources: list[RawSource], output: Path, keep_raw: bool = True,
                in_pool: bool | None = None) -> list[tuple[Built, bool]]:
    """process_or_refuse over sources, in the pool of worker processes (in_pool; by default when they are many)."""
    from .workers import map_batches, use_processes

    in_pool = use_processes(len(sources)) if in_pool is None else in_pool
    return map_batches(partial(_process_batch, output=output, keep_raw=keep_raw), sources, in_pool)


def published_builds(sources: list[RawSource], output: Path,
                     keep_raw: bool = True) -> tuple[dict[int, Built], list[RawSource]]:
    """The builds of the current release that these sources' bytes (and this code) make, by id of the source,
    and the sources left to process: a run that adds one document to many processes one."""
    from .cache import published_refs
    from .releases import current_release

    known, rest = published_refs(sources, current_release(output), output / "cache")
    kept = set(os.listdir(output / "raw")) if keep_raw and known and (output / "raw").is_dir() else set()
    if keep_raw:
        for source in sources:
            if id(source) in known and source.sha256 not in kept:
                store_raw(source, output / "raw")
    return dict(known), rest


class Steps(Protocol):
    """How the steps of a build are run: in a loop, or as orchestrated tasks."""

    def read(self, specs: list[SourceSpec], output: Path) -> list[Read]: ...

    def process(self, sources: list[RawSource], output: Path) -> list[Built]: ...

    def reused(self, count: int) -> None: ...

    def publish(self, output: Path, builds: list[BuildRef], fingerprint: str,
                refusals: list[Record]) -> PublishResult: ...


class LocalSteps:
    """Every step in this process, one source after another."""

    def read(self, specs: list[SourceSpec], output: Path) -> list[Read]:
        return read_all(specs, output)

    def process(self, sources: list[RawSource], output: Path) -> list[Built]:
        return [process_or_refuse(source, output)[0] for source in sources]

    def reused(self, count: int) -> None:
        pass  # the plain path says nothing of documents it did not process

    def publish(self, output: Path, builds: list[BuildRef], fingerprint: str,
                refusals: list[Record]) -> PublishResult:
        from .publish import finalize

        return finalize(output, builds, fingerprint, refusals)


def describe_build(source: RawSource, build: Built, cached: bool) -> str:
    """One log line per processed source."""
    if isinstance(build, Refusal):
        return f"refused {source.uri}: {build.message}"
    counts = ", ".join(f"{k}={v}" for k, v in sorted(build.counts.items()))
    return f"{'cached' if cached else 'processed'} {build.doc_id} ({source.uri}): {counts}"


def inputs_fingerprint(reads: list[Read]) -> str:
    """What a dataset is a function of: each source's cache key (bytes, hints, code) and read, or its refusal,
    and the writers' code."""
    from .cache import cache_key, writers_version

    parts: list = [writers_version()] + [
        ["refused", r.source, r.stage, r.message] if isinstance(r, Refusal)
        else [cache_key(r), r.uri, r.http_status, r.retrieved_at, r.etag, r.last_modified]
        for r in reads
    ]
    return hashlib.sha256(orjson.dumps(parts, default=str)).hexdigest()


def last_good_build(refusal: Refusal, spec: SourceSpec, output: Path, previous: dict[str, Record]) -> BuildRef | None:
    """The refused source's build from the bytes the current release was built from, if any."""
    row = previous.get(refusal.source)
    raw = output / "raw" / str(row["sha256"]) if row else None
    if row is None or raw is None or not raw.is_file():
        return None
    source = source_from_record(row, raw.read_bytes(), spec)
    build, _ = process_or_refuse(source, output)
    return None if isinstance(build, Refusal) else build


def refusal_records(refusals: list[Refusal], kept: dict[str, str]) -> list[Record]:
    """Rows of the refusals table."""
    return [{**vars(r), "kept_doc_id": kept.get(r.source)} for r in refusals]


@dataclass(frozen=True)
class Preflight:
    """What is known before any orchestration: the refused local files, and whether anything changed."""

    refusals: list[Refusal]
    unchanged: PublishResult | None  # the current release, when every source is local and nothing changed
    runnable: bool  # False when every source is refused and none has an earlier build to keep
    processed: list[str]  # log lines of the documents built here (not from the cache)


def preflight(specs: list[SourceSpec], output: Path, build: bool = True) -> Preflight:
    """Read (and, with build, clean and extract) the local files with plain functions, before any orchestrator.

    URLs are left to the run (fetching is retried there). Builds go to the cache, so the run reuses
    them; raw bytes are kept by the run. A refused file leaves nothing behind. build=False only reads
    (for a task runner that spreads the processing over other machines).
    """
    local = [spec for spec in specs if not spec.is_url]
    reads = read_all(local, output, remember=False)
    if len(local) == len(specs) and not all(isinstance(r, Refusal) for r in reads):
        from .publish import published_unchanged

        unchanged = published_unchanged(output, inputs_fingerprint(reads))
        if unchanged is not None:
            return Preflight([], unchanged, True, [])
    known, _ = published_builds([r for r in reads if isinstance(r, RawSource)], output, keep_raw=False)
    todo = [r for r in reads if build and isinstance(r, RawSource) and id(r) not in known]
    done = dict(zip(map(id, todo), process_all(todo, output, keep_raw=False), strict=True))
    refusals = [done[id(r)][0] if id(r) in done else r for r in reads]
    refusals = [r for r in refusals if isinstance(r, Refusal)]
    processed = [describe_build(r, *done[id(r)]) for r in todo
                 if not done[id(r)][1] and not isinstance(done[id(r)][0], Refusal)]
    previous = previous_sources(output) if len(refusals) == len(specs) else {}
    runnable = len(refusals) < len(specs) or any(r.source in previous for r in refusals)
    return Preflight(refusals, None, runnable, processed)


def nothing_published(refusals: list[Refusal]) -> InputError:
    """The error of a run whose every source was refused: the reason itself when there is one source."""
    if len(refusals) == 1:
        return InputError(f"{refusals[0].source}: {refusals[0].message}")
    return InputError(f"every source was refused, nothing published ({len(refusals)} sources)")


def build_dataset(specs: list[SourceSpec], output: Path, steps: Steps | None = None) -> PublishResult:
    """The build: read, stop when nothing changed, process, keep last good builds of refused sources, publish.

    The result's refusals list what was refused. Raises InputError when every source is refused and
    none has an earlier build: nothing is published then.
    """
    from .publish import published_unchanged

    steps = steps or LocalSteps()
    with output_lock(output):
        reads = steps.read(specs, output)
        fingerprint = inputs_fingerprint(reads)  # a build is a function of its reads (cache keys include the code)
        unchanged = published_unchanged(output, fingerprint)
        if unchanged is not None:
            return unchanged
        good = [r for r in reads if isinstance(r, RawSource)]
        built, todo = published_builds(good, output)
        steps.reused(len(built))
        built.update(zip(map(id, todo), steps.process(todo, output), strict=True))
        outcomes = [built.get(id(r), r) for r in reads]
        del reads, good, built, todo  # the sources' bytes are kept on disk now: memory need not hold the corpus
        release_freed_memory()
        builds = [b for b in outcomes if isinstance(b, BuildRef)]
        previous = previous_sources(output)
        refusals, kept = [], {}
        for outcome, spec in zip(outcomes, specs, strict=True):
            if isinstance(outcome, Refusal):
                refusals.append(outcome)
                old = last_good_build(outcome, spec, output, previous)
                if old is not None:
                    builds.append(old)
                    kept[outcome.source] = old.doc_id
        if not builds:
            raise nothing_published(refusals)
        return steps.publish(output, builds, fingerprint, refusal_records(refusals, kept))
