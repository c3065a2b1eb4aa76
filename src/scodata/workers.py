"""How work is split between workers: one figure for the task runners and the batching."""

from __future__ import annotations

import os

WORKERS = max(1, min(os.cpu_count() or 1, 8))  # processes (Dask) or thread pairs: this machine's cores
BATCH = 250  # documents per task at most: an orchestrator's per-task cost (~50 ms against its API) is spread over a batch


def batches(items: list, workers: int = WORKERS) -> list[list]:
    """Consecutive batches: enough to keep every worker busy, at most BATCH items each (task overhead)."""
    size = max(1, min(BATCH, -(-len(items) // (workers * 2))))
    return [items[i:i + size] for i in range(0, len(items), size)]
