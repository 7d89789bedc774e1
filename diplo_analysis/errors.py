"""Exceptions of diplo-analysis.

Every error says what was being read, where, and what was expected, so that a
person can act on it without reading a traceback.

The classes here are raised by reading and by the tables. Other parts raise
subclasses of :class:`DiploError` defined beside their code:
``analysis.AnalysisError`` and ``plot.PlotError`` (both also ``ValueError``),
``plot.ExportError``, and the word-list errors ``gazetteer.CountryDataError``,
``extract.people.OfficeDataError`` and ``extract.organizations.OrganizationDataError``.
Catching :class:`DiploError` catches them all.
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
