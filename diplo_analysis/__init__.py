"""diplo-analysis: diplomatic news articles into tidy pandas tables.

>>> import diplo_analysis as da
>>> corpus = da.parse_article("ANKARA – Turkish and Azerbaijani ministers met.")
>>> corpus.articles.loc[0, "dateline_country"]
'TUR'
>>> sorted(corpus.mentions["key"])
['AZE', 'TUR']
"""
from . import plot
from .analysis import (Dossier, bilateral, check_anniversaries, comention_graph, comention_matrix,
                       comentions, fill_reference, load_reference, reference_candidates, timeline,
                       upcoming_anniversaries)
from .build import parse_article
from .corpus import Corpus
from .dataset import DatasetError, is_dataset, write_dataset
from .duck import Dataset, open_dataset
from .errors import DiploError, ParseError, ReadError, SchemaError
from .io import read_corpus

__version__ = "0.1.0"

__all__ = [
    "Corpus", "Dataset", "DatasetError", "DiploError", "Dossier", "ParseError", "ReadError", "SchemaError",
    "bilateral", "check_anniversaries", "comention_graph", "comention_matrix", "comentions",
    "fill_reference", "is_dataset", "load_reference", "open_dataset", "parse_article", "plot",
    "read_corpus", "reference_candidates", "timeline", "upcoming_anniversaries", "write_dataset",
]
