"""A lossless Parquet reader for Frictionless, so that `frictionless validate datapackage.json` checks our files.

Frictionless 5 reads Parquet through pandas, which turns list columns into numpy arrays, nullable
integers into floats with NaN, and never counts the file's bytes: every list or nullable-integer
cell then fails type checks and every byte count mismatches. This parser reads the file through
Frictionless' own loader (so Frictionless computes bytes and sha256 itself) and the rows through
pyarrow's ``to_pylist`` (lists stay lists, nulls stay None, dates stay dates). Frictionless then
does all the checking: types, constraints, keys, row counts, bytes and hash.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pyarrow.parquet as pq
from frictionless.resource import Resource
from frictionless.system import Parser, Plugin

FORMATS = ("parquet", "parq")


class ParquetParser(Parser):
    """Read a Parquet resource row by row with Python values."""

    requires_loader = True
    supported_types = ["array", "boolean", "date", "datetime", "integer", "number", "object", "string", "time"]

    def read_cell_stream_create(self) -> Iterator[list[Any]]:
        stream = self.loader.byte_stream
        chunks = []
        while chunk := stream.read1(1 << 20):  # through the loader: Frictionless counts bytes and hashes
            chunks.append(chunk)
        table = pq.read_table(io.BytesIO(b"".join(chunks)))
        yield table.column_names
        for batch in table.to_batches(max_chunksize=10_000):
            yield from (list(row.values()) for row in batch.to_pylist())


class ScodataPlugin(Plugin):
    """Registered by the top-level module ``frictionless_scodata`` (Frictionless finds plugins by that prefix)."""

    def create_parser(self, resource: Resource) -> Parser | None:
        return ParquetParser(resource) if resource.format in FORMATS else None
