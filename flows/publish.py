"""The publish flow: scodata.build.build_dataset with its steps as Prefect tasks. Thin wiring only."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from scodata.build import Built, Read, Refusal, build_dataset, describe_build, process_all, read_all
from scodata.errors import FetchError
from scodata.model import BuildRef, RawSource, Record, Sealed
from scodata.publish import PublishResult, finalize
from scodata.read import read_spec
from scodata.sources import SourceSpec, load_manifest, spec_list
from scodata.workers import BATCH, WORKERS, batches, use_processes


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
def fetch(spec: SourceSpec, output: Path) -> RawSource:
    """Fetch a URL (conditionally, when fetched before); one task per URL so that retries are per URL."""
    return read_spec(spec, output)


@task(cache_policy=NO_CACHE)
def read_files(specs: list[SourceSpec], output: Path) -> list[Read]:
    """Read a batch of local files (not retried: a local read error is not transient)."""
    return read_all(specs, output)


@task(cache_policy=NO_CACHE)
def process(sources: Sealed[list[RawSource]], output: Path, in_pool: bool) -> Sealed[list[Built]]:
    """Clean, segment and extract a batch (cached builds of unchanged bytes are reused); refuse bad ones.

    in_pool: in the pool of worker processes (one per core) rather than in this task's thread.
    """
    logger = get_run_logger()
    done = process_all(sources.value, output, in_pool=in_pool)
    for source, (build, cached) in zip(sources.value, done, strict=True):
        (logger.warning if isinstance(build, Refusal) else logger.info)(describe_build(source, build, cached))
    return Sealed([build for build, _ in done])


@task(cache_policy=NO_CACHE)
def publish(output: Path, builds: Sealed[list[BuildRef]], fingerprint: str,
            refusals: list[Record]) -> PublishResult:
    """Validate every record and publish the dataset atomically."""
    result = finalize(output, builds.value, fingerprint, refusals)
    counts = ", ".join(f"{k}={v}" for k, v in sorted(result.counts.items()))
    get_run_logger().info("%s release %s: %s", "published" if result.changed else "unchanged", result.build_id, counts)
    return result


class PrefectSteps:
    """build_dataset's steps as Prefect tasks: URLs one task each (retried), files and builds in batches."""

    def read(self, specs: list[SourceSpec], output: Path) -> list[Read]:
        urls = [i for i, spec in enumerate(specs) if spec.is_url]
        files = [i for i, spec in enumerate(specs) if not spec.is_url]
        fetched = fetch.map([specs[i] for i in urls], output=unmapped(output))
        read = read_files.map(batches([specs[i] for i in files]), output=unmapped(output))
        by_index: dict[int, Read] = {}
        for i, future in zip(urls, fetched, strict=True):
            result = future.result(raise_on_failure=False)  # a fetch that failed after its retries is refused
            by_index[i] = Refusal.of(specs[i].ref, "read", result) if isinstance(result, BaseException) else result
        by_index.update(zip(files, (r for batch in read.result() for r in batch), strict=True))
        return [by_index[i] for i in range(len(specs))]

    def process(self, sources: list[RawSource], output: Path) -> list[Built]:
        # Sealed: Prefect would otherwise walk every record of every batch looking for futures
        done = process.map([Sealed(batch) for batch in batches(sources)], output=unmapped(output),
                           in_pool=unmapped(use_processes(len(sources)))).result()
        return [build for batch in done for build in batch.value]

    def reused(self, count: int) -> None:
        if count:
            get_run_logger().info("reused %d build%s of the current release (unchanged sources)", count,
                                  "" if count == 1 else "s")

    def publish(self, output: Path, builds: list[BuildRef], fingerprint: str,
                refusals: list[Record]) -> PublishResult:
        return publish(output, Sealed(builds), fingerprint, refusals)


@flow(name="scodata-publish", task_runner=ThreadPoolTaskRunner(max_workers=WORKERS * 2))
def publish_flow(sources: list[str] | None = None, output: str = "output", manifest: str | None = None) -> PublishResult:
    """Build the dataset from sources (files or URLs), or from the manifest when none are given."""
    specs = spec_list(sources) if sources else load_manifest(Path(manifest) if manifest else None)
    result = build_dataset(specs, Path(output).resolve(), PrefectSteps())
    if not result.changed:
        get_run_logger().info("unchanged inputs: release %s stays", result.build_id)
    return result


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


__all__ = ["BATCH", "publish_flow", "run_publish"]

if __name__ == "__main__":
    publish_flow()
