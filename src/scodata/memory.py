"""Hand memory the process has freed back to the operating system."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
from functools import cache


@cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None  # glibc only


def release_freed_memory() -> None:
    """Return the C heap's free pages (glibc malloc_trim; nothing elsewhere).

    A build holds every source's bytes until they are processed; once freed, that heap space would stay
    resident while Arrow, with an allocator of its own, writes the release, so the peak would grow with the
    corpus twice over.
    """
    gc.collect()
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


def return_arrow_memory_promptly() -> None:
    """Make Arrow's allocator (jemalloc, when pyarrow has it) give freed pages back at once instead of after
    its ten-second decay: the registries' group-bys and each table's writer free hundreds of MiB in turn."""
    import pyarrow as pa

    with contextlib.suppress(NotImplementedError):  # another allocator: nothing to tune
        pa.jemalloc_set_decay_ms(0)
