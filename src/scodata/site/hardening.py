"""Limits on what one SQL statement may do, set on every connection Datasette opens.

SQLite checks Datasette's time limit between virtual-machine steps, and one function call is one
step: ``randomblob(1e9)`` or ``printf('%.*c', 1e9, 'x')`` used to run for many seconds and allocate
gigabytes. Here every connection gets

- a cap on the length of any string or blob (``SQLITE_LIMIT_LENGTH``): at least ``MIN_LENGTH`` and
  twice the longest value stored, so every stored row stays readable;
- a short cap on LIKE/GLOB patterns (their matching is patterns × text per call);
- linear-time replacements for the built-in functions whose single call is quadratic or unbounded in
  time: ``instr``, ``replace``, ``trim``/``ltrim``/``rtrim`` (pattern × text) and ``printf``/``format``
  (a width or precision of 1e9 loops 1e9 times even when the result is refused);
- a cap on the text and bytes one statement returns (``MAX_RESULT_BYTES``): a thousand rows of
  1 MiB values would otherwise be held in memory and encoded as one response.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import weakref
from pathlib import Path

MIN_LENGTH = 1 << 20  # 1 MiB: far above any paragraph, enough for a whole communiqué
LIKE_PATTERN_LENGTH = 500
MAX_WIDTH = 10_000  # the largest printf width or precision accepted
MAX_RESULT_BYTES = 64 << 20  # text and bytes in the rows of one statement (all documents' texts fit)

_lengths: dict[tuple[str, int], int] = {}
_FORMAT = re.compile(r"%([-+ 0#,!]*)(\*|\d+)?(?:\.(\*|\d+))?(ll|l)?([a-zA-Z%])")
_helper = threading.local()


class TooBig(sqlite3.DataError):
    """A function argument that would build a value over the connection's limit."""


def longest_stored(conn: sqlite3.Connection) -> int:
    """Bytes of the longest text stored in documents (raw or clean), cached per database file."""
    row = conn.execute("PRAGMA database_list").fetchone()
    path = row[2] if row else ""
    key = (path, Path(path).stat().st_mtime_ns if path and Path(path).exists() else 0)
    if key not in _lengths:
        try:
            found = conn.execute("SELECT max(max(length(CAST(raw_text AS BLOB))), max(length(CAST(clean_text AS BLOB))))"
                                 " FROM documents").fetchone()[0]
        except sqlite3.Error:
            found = 0
        _lengths[key] = int(found or 0)
    return _lengths[key]


def length_limit(conn: sqlite3.Connection) -> int:
    """The string/blob cap for this database: MIN_LENGTH or twice the longest stored value."""
    return max(MIN_LENGTH, 2 * longest_stored(conn))


def _as_text(value: object) -> str | bytes | None:
    if value is None or isinstance(value, str | bytes):
        return value
    return str(value)


def _pair(x: object, y: object) -> tuple[str, str] | tuple[bytes, bytes] | None:
    a, b = _as_text(x), _as_text(y)
    if a is None or b is None:
        return None
    if isinstance(a, bytes) or isinstance(b, bytes):
        return (a if isinstance(a, bytes) else a.encode()), (b if isinstance(b, bytes) else b.encode())
    return a, b


def instr(x: object, y: object) -> int | None:
    """SQLite's instr (1-based position of y in x, 0 when absent) in linear time."""
    pair = _pair(x, y)
    return None if pair is None else pair[0].find(pair[1]) + 1  # type: ignore[arg-type]


def replace(x: object, y: object, z: object) -> object:
    """SQLite's replace in linear time (an empty pattern leaves x unchanged)."""
    if x is None or y is None or z is None:
        return None
    a, b, c = _as_text(x), _as_text(y), _as_text(z)
    if isinstance(a, bytes) or isinstance(b, bytes) or isinstance(c, bytes):
        a, b, c = (v if isinstance(v, bytes) else str(v).encode() for v in (a, b, c))
    if not b:
        return a
    return a.replace(b, c)  # type: ignore[union-attr,arg-type]


def _trim(which: str):  # noqa: ANN202
    def trim(x: object, y: object = " ") -> object:
        a = _as_text(x)
        chars = _as_text(y)
        if a is None or chars is None:
            return None
        if isinstance(a, bytes):
            chars = chars if isinstance(chars, bytes) else chars.encode()
        elif isinstance(chars, bytes):
            chars = chars.decode("utf-8", "replace")
        return {"both": a.strip, "left": a.lstrip, "right": a.rstrip}[which](chars)  # type: ignore[arg-type]
    return trim


def check_format(fmt: str, args: tuple[object, ...], limit: int) -> None:
    """Refuse a printf format whose width or precision (literal or ``*``) exceeds MAX_WIDTH."""
    index = 0
    for match in _FORMAT.finditer(fmt):
        for part in (match.group(2), match.group(3)):
            if part == "*":
                value = args[index] if index < len(args) else 0
                index += 1
                try:
                    number = abs(int(float(value or 0)))  # type: ignore[arg-type]
                except (TypeError, ValueError):
                    number = 0
            else:
                number = int(part) if part else 0
            if number > min(MAX_WIDTH, limit):
                raise TooBig(f"printf width or precision {number} is over {MAX_WIDTH}")
        if match.group(5) != "%":
            index += 1


def _plain_printf(fmt: object, *args: object) -> object:
    """The built-in printf, run on a private in-memory connection (the served one overrides it)."""
    conn = getattr(_helper, "conn", None)
    if conn is None:
        conn = _helper.conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MIN_LENGTH)
    marks = ", ".join("?" * (1 + len(args)))
    return conn.execute(f"SELECT printf({marks})", (fmt, *args)).fetchone()[0]


def printf(fmt: object, *args: object) -> object:
    """SQLite's printf with bounded widths and precisions."""
    if fmt is None:
        return None
    check_format(str(fmt), args, MIN_LENGTH)
    return _plain_printf(fmt, *args)


def limit_results(conn: sqlite3.Connection, limit: int = MAX_RESULT_BYTES) -> None:
    """Refuse, with TooBig, a statement whose rows hold more than `limit` bytes of text and blobs."""
    base = conn.row_factory
    state: dict[str, object] = {"cursor": None, "bytes": 0}

    def factory(cursor: sqlite3.Cursor, row: tuple) -> object:
        current = state["cursor"]
        if current is None or current() is not cursor:  # type: ignore[operator]
            state["cursor"], state["bytes"] = weakref.ref(cursor), 0
        size = int(state["bytes"]) + sum(len(v) for v in row if isinstance(v, str | bytes))
        state["bytes"] = size
        if size > limit:
            raise TooBig(f"the result is over {limit >> 20} MiB: select fewer rows or shorter values")
        return base(cursor, row) if base is not None else row

    conn.row_factory = factory


def harden(conn: sqlite3.Connection) -> None:
    """Apply every limit and linear-time function to one connection."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, length_limit(conn))
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, LIKE_PATTERN_LENGTH)
    flags = {"deterministic": True}
    conn.create_function("instr", 2, instr, **flags)
    conn.create_function("replace", 3, replace, **flags)
    for name, which in (("trim", "both"), ("ltrim", "left"), ("rtrim", "right")):
        conn.create_function(name, 1, _trim(which), **flags)
        conn.create_function(name, 2, _trim(which), **flags)
    conn.create_function("printf", -1, printf, **flags)
    conn.create_function("format", -1, printf, **flags)
    limit_results(conn)
