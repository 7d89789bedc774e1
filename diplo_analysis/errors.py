"""Exceptions of diplo-analysis.

Every error says what was being read, where, and what was expected, so that a
person can act on it without reading a traceback.
"""
from __future__ import annotations


class DiploError(Exception):
    """Base class of every error this package raises on purpose."""


class ReadError(DiploError):
    """An input could not be read into raw documents (missing, binary, undecodable...)."""


class ParseError(DiploError):
    """A decoded document could not be turned into an article."""


class SchemaError(DiploError):
    """A table does not have the columns the design requires."""
