"""Shared pytest set-up for the diplo-analysis tests.

Markers registered here:

- ``browser``: drives a real JupyterLab in Debian's Chromium (slow, needs
  ``/usr/bin/chromium``). CI runs it; deselect it locally with
  ``python -m pytest -m "not browser"``.
"""


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "browser: runs JupyterLab in headless Chromium; deselect with -m 'not browser'",
    )
