"""The publish flow: read sources → process (cached by content) → validate → publish. Thin wiring only."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from scodata.errors import FetchError
from scodata.model import RawSource, Sealed
from scodata.pipeline import DocumentBuild
from scodata.publish import (
    PublishResult,
    finalize,
    ingest_source,
    inputs_fingerprint,
    published_unchanged,
    static_tables,
)
from scodata.scrape import read_spec
from scodata.sources import DEFAULT_MANIFEST, SourceSpec, load_manifest
from scodata.write import output_lock

WORKERS = 2  # processes (Dask) or thread pairs: this machine's cores
BATCH = 50  # documents per task at most: Prefect's per-task cost is spread over a batch


def _retry_if_transient(task, task_run, state) -> bool:  # noqa: ANN001 (Prefect's hook signature)
    """Retry 5xx, timeouts and connection errors; never 4xx or bad input."""
    try:
        state.result()
    except FetchError as exc:
        return exc.retryable
    except Exception:
        return False
    return False


@task(retries=3, retry_delay_seconds=[1, 2, 4], retry_condition_fn=_retry_if_transient, cache_policy=NO_CACHE)
def read_source(spec: SourceSpec, output: Path) -> RawSource:
    """Fetch a URL (conditionally, when fetched before); one task per URL so that retries are per URL."""
    return read_spec(spec, output)


@task(cache_policy=NO_CACHE)
def read_files(specs: list[SourceSpec], output: Path) -> list[RawSource]:
    """Read a batch of local files (not retried: a local read error is not transient)."""
    return [read_spec(spec, output) for spec in specs]


@task(cache_policy=NO_CACHE)
def process(sources: Sealed[list[RawSource]], output: Path) -> list[DocumentBuild]:
    """Keep the raw bytes, then clean, segment, extract a batch (reusing cached builds of unchanged bytes)."""
    logger = get_run_logger()
    builds = []
    for source in sources.value:
        build, cached = ingest_source(source, output)
        counts = ", ".join(f"{k}={v}" for k, v in sorted(build.counts.items()))
        logger.info("%s %s (%s): %s", "cached" if cached else "processed", build.doc_id, source.uri, counts)
        builds.append(build)
    return builds


def batches(items: list, workers: int = WORKERS) -> list[list]:
    """Consecutive batches: enough to keep every worker busy, at most BATCH items each (task overhead)."""
    size = max(1, min(BATCH, -(-len(items) // (workers * 2))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def read_all(specs: list[SourceSpec], out: Path) -> list[RawSource]:
    """Every source in manifest order: URLs one task each, local files in batches."""
    urls = [i for i, spec in enumerate(specs) if spec.is_url]
    files = [i for i, spec in enumerate(specs) if not spec.is_url]
    fetched = read_source.map([specs[i] for i in urls], output=unmapped(out))
    read = read_files.map(batches([specs[i] for i in files]), output=unmapped(out))
    by_index = dict(zip(urls, fetched.result(), strict=True))
    by_index.update(zip(files, (r for batch in read.result() for r in batch), strict=True))
    return [by_index[i] for i in range(len(specs))]


@task(cache_policy=NO_CACHE)
def publish(output: Path, builds: Sealed[list[DocumentBuild]], fingerprint: str) -> PublishResult:
    """Validate every record and publish the dataset atomically."""
    result = finalize(output, builds.value, static_tables(), fingerprint)
    counts = ", ".join(f"{k}={v}" for k, v in sorted(result.counts.items()))
    get_run_logger().info("%s release %s: %s", "published" if result.changed else "unchanged", result.build_id, counts)
    return result


@flow(name="scodata-publish", task_runner=ThreadPoolTaskRunner(max_workers=4))
def publish_flow(sources: list[str] | None = None, output: str = "output", manifest: str | None = None) -> PublishResult:
    """Build the dataset from sources (files or URLs), or from the manifest when none are given."""
    out = Path(output).resolve()
    specs = [SourceSpec(s) for s in dict.fromkeys(sources)] if sources else load_manifest(Path(manifest or DEFAULT_MANIFEST))
    with output_lock(out):
        raws = read_all(specs, out)
        fingerprint = inputs_fingerprint(raws)
        unchanged = published_unchanged(out, fingerprint)
        if unchanged is not None:  # built from exactly these inputs: nothing to do
            get_run_logger().info("unchanged inputs: release %s stays", unchanged.build_id)
            return unchanged
        # Sealed: Prefect would otherwise walk every record of every batch looking for futures
        processed = process.map([Sealed(batch) for batch in batches(raws)], output=unmapped(out)).result()
        return publish(out, Sealed([build for batch in processed for build in batch]), fingerprint)


def make_task_runner(kind: str = "threads", dask_address: str | None = None, workers: int = WORKERS) -> TaskRunner:
    """threads (default), or dask: a local cluster, or an existing cluster at dask_address."""
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=workers * 2)
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    raise ValueError(f"unknown task runner {kind!r}: threads or dask")


def run_publish(sources: list[str] | None, output: str, manifest: str | None = None, task_runner: str = "threads",
                dask_address: str | None = None) -> PublishResult:
    """Run publish_flow with the chosen task runner."""
    runner = make_task_runner(task_runner, dask_address)
    return publish_flow.with_options(task_runner=runner)(sources=sources, output=output, manifest=manifest)


if __name__ == "__main__":
    publish_flow()
