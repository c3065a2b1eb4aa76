"""The published site: the Datasette plugin (entry point ``scodata.site``) with its templates/.

The hooks live in plugin.py and asgi.py; pages and helpers in the other modules.
"""

import datasette.app  # noqa: F401  (first: Datasette's default plugins must load before ours; see _register_whole)

from .asgi import asgi_wrapper
from .plugin import (
    extra_template_vars,
    filters_from_request,
    handle_exception,
    prepare_connection,
    register_routes,
    render_cell,
)

__all__ = ["asgi_wrapper", "extra_template_vars", "filters_from_request", "handle_exception", "prepare_connection",
           "register_routes", "render_cell"]


def _register_whole() -> None:
    """Register this plugin again if Datasette loaded it half-imported.

    `python -m scodata.site.serve` imports this package first; the package imports Datasette, whose
    plugin loading imports the entry point (this package) while it is still being imported, and so
    registers it before its hooks exist.
    """
    import sys

    from datasette.plugins import pm

    module = sys.modules[__name__]
    name = pm.get_name(module)
    if name is not None and len(pm.get_hookcallers(module) or []) < len(__all__):
        pm.unregister(module)
        pm.register(module, name)


_register_whole()
