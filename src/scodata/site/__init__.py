"""The published site: the Datasette plugin (entry point ``scodata.site``) with its templates/.

The hooks live in plugin.py and asgi.py; pages and helpers in the other modules.
"""

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
