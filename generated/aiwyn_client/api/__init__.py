# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with its default api_init.py.jinja: edit the description, or override it in overlays/templates/; `make generate` rewrites this file.
"""Contains methods for accessing the API"""
