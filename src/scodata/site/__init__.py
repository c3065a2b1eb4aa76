"""The published site: Datasette metadata, data package, and the Datasette plugin.

This package is the Datasette plugin (entry point ``scodata.site``) so that its templates/ and
static/ folders are found; the hooks live in plugin.py.
"""

from .plugin import extra_template_vars, filters_from_request, register_routes
from .readonly import asgi_wrapper

__all__ = ["asgi_wrapper", "extra_template_vars", "filters_from_request", "register_routes"]
