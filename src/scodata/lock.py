"""The output lock: one build at a time per output directory."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import PublishError
from .releases import clear_stale

_HELD: set[Path] = set()  # output directories whose lock this process holds


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold output/.lock for a whole run; a second concurrent run is refused with a clear message.

    Re-entrant within a process: the CLI takes the lock before Prefect starts (so a refusal is one
    line, with no orchestration noise after it) and the flow takes it again.
    """
    key = output.resolve()
    if key in _HELD:  # the outer holder outlives this block and releases the lock
        yield
        return
    output.mkdir(parents=True, exist_ok=True)
    fh = (output / ".lock").open("a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        fh.seek(0)
        holder = fh.read().strip() or "?"
        fh.close()
        raise PublishError(f"another scodata run (pid {holder}) is building {output}; try again when it ends") from exc
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        clear_stale(output)
        _HELD.add(key)
        yield
    finally:
        _HELD.discard(key)
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()
