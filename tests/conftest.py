"""Shared pytest set-up for the diplo-analysis tests.

The ``browser`` marker (registered in pyproject.toml) drives a real JupyterLab
in Debian's Chromium; CI runs it, and ``python -m pytest -m "not browser"``
deselects it locally.
"""
