"""Compile a JSON Schema into a fast yes/no predicate, exact for the keywords it knows.

Validating every record with jsonschema costs ~40 µs a record, most of it in its generic machinery.
This compiles a schema once into nested closures that answer "is this record valid?" with the
same semantics as jsonschema's Draft 2020-12 validator (its own type checker, format checker and
equality), for the keywords our schemas use. A schema with any other keyword compiles to None, so
callers fall back to jsonschema: correctness is never traded for speed. Records the predicate
rejects are re-validated by jsonschema to get its error messages.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable
from typing import Any

from jsonschema import Draft202012Validator

Check = Callable[[Any], bool]

ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated"}
KEYWORDS = {"type", "enum", "pattern", "minLength", "maxLength", "minimum", "maximum", "format", "items",
            "required", "properties", "additionalProperties"}


class Unsupported(Exception):
    """The schema uses a keyword this compiler does not implement."""


def compile_schema(schema: dict[str, Any] | bool, validator: Draft202012Validator) -> Check | None:
    """A predicate equal to `validator.is_valid` for this schema, or None if a keyword is unsupported."""
    try:
        return _compile(schema, validator)
    except Unsupported:
        return None


def _compile(schema: dict[str, Any] | bool, v: Draft202012Validator) -> Check:
    if schema is True:
        return lambda _: True
    if schema is False:
        return lambda _: False
    unknown = {k for k in schema if k not in ANNOTATIONS and k not in KEYWORDS and not k.startswith("x-")}
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    checks = [_KEYWORD[k](schema[k], schema, v) for k in KEYWORDS if k in schema]
    checks = [c for c in checks if c is not None]
    if not checks:
        return lambda _: True
    if len(checks) == 1:
        return checks[0]
    return _all_of(checks)


def _all_of(checks: list[Check]) -> Check:
    """True when every check passes (a plain loop: cheaper than all() over a generator, hot path)."""

    def check(value: Any) -> bool:
        for one in checks:  # noqa: SIM110 (hot path: a loop beats all() over a generator)
            if not one(value):
                return False
        return True

    return check


def _integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


# Draft 2020-12's type checker (jsonschema._types.draft202012_type_checker), written out.
_STOCK_TYPES: dict[str, Check] = {
    "string": lambda x: isinstance(x, str),
    "integer": _integer,
    "number": lambda x: not isinstance(x, bool) and isinstance(x, numbers.Number),
    "array": lambda x: isinstance(x, list),
    "object": lambda x: isinstance(x, dict),
    "null": lambda x: x is None,
    "boolean": lambda x: isinstance(x, bool),
}


def is_type(name: str, v: Draft202012Validator) -> Check:
    """The test for one JSON type: the written-out stock one when the validator uses the stock checker."""
    if v.TYPE_CHECKER is Draft202012Validator.TYPE_CHECKER and name in _STOCK_TYPES:
        return _STOCK_TYPES[name]
    return lambda value: v.is_type(value, name)


def _type(types: str | list[str], _: dict, v: Draft202012Validator) -> Check:
    tests = [is_type(name, v) for name in ([types] if isinstance(types, str) else types)]
    if len(tests) == 1:
        return tests[0]
    return lambda value: any(test(value) for test in tests)


def json_equal(a: Any, b: Any) -> bool:
    """JSON equality as JSON Schema defines it: true and 1 differ, 1 and 1.0 are equal, containers compare deeply."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, (list, dict)) or isinstance(b, (list, dict)):
        return False
    return a == b


def _enum(options: list[Any], _: dict, __: Draft202012Validator) -> Check:
    if all(o is None or isinstance(o, str) for o in options):  # the usual case: a set lookup
        strings, null = frozenset(o for o in options if o is not None), None in options
        return lambda value: (null and value is None) or (type(value) is str and value in strings)
    return lambda value: any(json_equal(value, option) for option in options)


def _pattern(pattern: str, _: dict, v: Draft202012Validator) -> Check:
    search, string = re.compile(pattern).search, is_type("string", v)
    return lambda value: not string(value) or search(value) is not None


def _min_length(n: int, _: dict, v: Draft202012Validator) -> Check:
    string = is_type("string", v)
    return lambda value: not string(value) or len(value) >= n


def _max_length(n: int, _: dict, v: Draft202012Validator) -> Check:
    string = is_type("string", v)
    return lambda value: not string(value) or len(value) <= n


def _minimum(n: float, _: dict, v: Draft202012Validator) -> Check:
    number = is_type("number", v)
    return lambda value: not number(value) or value >= n


def _maximum(n: float, _: dict, v: Draft202012Validator) -> Check:
    number = is_type("number", v)
    return lambda value: not number(value) or value <= n


def _format(name: str, _: dict, v: Draft202012Validator) -> Check | None:
    checker = v.format_checker
    return None if checker is None else (lambda value: checker.conforms(value, name))


def _items(item_schema: dict | bool, _: dict, v: Draft202012Validator) -> Check:
    check_item, array = _compile(item_schema, v), is_type("array", v)

    def check(value: Any) -> bool:
        if not array(value):
            return True
        for item in value:  # noqa: SIM110 (hot path)
            if not check_item(item):
                return False
        return True

    return check


def _required(names: list[str], _: dict, v: Draft202012Validator) -> Check:
    obj = is_type("object", v)
    return lambda value: not obj(value) or all(name in value for name in names)


def _properties(props: dict[str, Any], _: dict, v: Draft202012Validator) -> Check:
    compiled = [(name, _compile(sub, v)) for name, sub in props.items()]
    obj = is_type("object", v)

    def check(value: Any) -> bool:
        if not obj(value):
            return True
        for name, check_one in compiled:  # noqa: SIM110 (hot path)
            if name in value and not check_one(value[name]):
                return False
        return True

    return check


def _additional(extra: dict | bool, schema: dict, v: Draft202012Validator) -> Check:
    if "patternProperties" in schema:
        raise Unsupported("patternProperties")
    known = set(schema.get("properties", {}))
    check, obj = _compile(extra, v), is_type("object", v)
    return lambda value: not obj(value) or all(check(value[k]) for k in value if k not in known)


_KEYWORD: dict[str, Callable[[Any, dict, Draft202012Validator], Check | None]] = {
    "type": _type, "enum": _enum, "pattern": _pattern, "minLength": _min_length, "maxLength": _max_length,
    "minimum": _minimum, "maximum": _maximum, "format": _format, "items": _items, "required": _required,
    "properties": _properties, "additionalProperties": _additional,
}
