"""Frictionless discovers plugins as top-level modules named ``frictionless_<name>``; this one is scodata's."""

from scodata.frictionless_plugin import ScodataPlugin

__all__ = ["ScodataPlugin"]
