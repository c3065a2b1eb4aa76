"""How work is split between workers: one figure for the task runners and the batching, and a process pool.

Cleaning and extraction are pure Python, so threads share one core; a batch of documents big enough to
pay for it is processed in a pool of worker processes, one per core. The pool is started once per
process (forkserver, with the extractors imported in the server, so a worker starts in milliseconds) and
reused by later runs of a long-lived process (a deployment's worker).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

WORKERS = max(1, min(os.cpu_count() or 1, 8))  # processes (Dask, the pool) or thread pairs: this machine's cores
BATCH = 250  # documents per task at most: an orchestrator's per-task cost (~50 ms against its API) is spread over a batch
POOL_MIN = 64  # documents to process before a pool of processes pays for its start (~1 s on a busy machine)
PRELOAD = ["scodata.build", "scodata.pipeline"]  # imported once in the forkserver, inherited by every worker

_pool: ProcessPoolExecutor | None = None
_pool_broken = False  # set when the pool failed once: this process then works alone
_pool_lock = threading.Lock()


def batches(items: list, workers: int = WORKERS) -> list[list]:
    """Consecutive batches: enough to keep every worker busy, at most BATCH items each (task overhead)."""
    size = max(1, min(BATCH, -(-len(items) // (workers * 2))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def use_processes(count: int) -> bool:
    """Whether processing count documents is worth a pool of processes (several cores, enough documents)."""
    return WORKERS > 1 and count >= POOL_MIN


def process_pool() -> Executor:
    """The process-wide pool of WORKERS processes, started on first use."""
    global _pool
    with _pool_lock:
        if _pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=context)
        return _pool


def map_batches(call: Callable[[list[T]], list[R]], items: list[T], in_pool: bool) -> list[R]:
    """call over consecutive batches of items, in the process pool (in_pool) or here; results in order.

    When the pool cannot start or a worker dies (a main script without an `if __name__ == "__main__"` guard,
    a killed worker), the batches it did not finish run here, and this process stops using a pool.
    """
    global _pool_broken
    if not in_pool or _pool_broken:
        return call(items)
    parts = batches(items)
    try:
        futures = [process_pool().submit(call, batch) for batch in parts]
    except (BrokenProcessPool, RuntimeError):
        futures = []
    results: list[R] = []
    for i, batch in enumerate(parts):
        try:
            results += futures[i].result() if i < len(futures) else call(batch)
        except BrokenProcessPool:
            _pool_broken = True
            results += call(batch)
    return results
