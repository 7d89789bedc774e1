"""Extraction: from a parsed article to rows of mentions, anniversaries, events, spheres.

One module per kind of thing, each with a function that takes a :class:`Doc`
and returns rows (dicts keyed by the table's columns, without ``article_id``).
"""
from ._base import Doc

__all__ = ["Doc"]
