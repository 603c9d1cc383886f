# Rendered from overlays/aiwyn_client/_version.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""The package's version, as the generator config sets it (``make regen`` raises it)."""

__version__ = "1.0.0"
