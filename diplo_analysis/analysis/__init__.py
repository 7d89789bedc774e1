"""Analysis: timelines, co-mentions, bilateral dossiers and anniversaries from a Corpus.

>>> from diplo_analysis.analysis import comentions, timeline
"""
from ._common import AnalysisError
from .bilateral import Dossier, bilateral
from .comentions import comention_graph, comention_matrix, comentions, pairs_to_matrix
from .reference import (check_anniversaries, fill_reference, load_reference, reference_candidates,
                        upcoming_anniversaries)
from .timeline import timeline, timeline_units

__all__ = [
    "AnalysisError", "Dossier", "bilateral", "check_anniversaries", "comention_graph",
    "comention_matrix", "comentions", "fill_reference", "load_reference", "pairs_to_matrix",
    "reference_candidates", "timeline", "timeline_units", "upcoming_anniversaries",
]
