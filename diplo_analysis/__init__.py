"""diplo-analysis: diplomatic news articles into tidy pandas tables.

>>> import diplo_analysis as da
>>> corpus = da.parse_article("ANKARA – Turkish and Azerbaijani ministers met.")
>>> corpus.articles.loc[0, "dateline_country"]
'TUR'
"""
from .build import parse_article
from .corpus import Corpus
from .errors import DiploError, ParseError, ReadError, SchemaError
from .io import read_corpus

__version__ = "0.1.0"

__all__ = [
    "Corpus", "DiploError", "ParseError", "ReadError", "SchemaError",
    "parse_article", "read_corpus",
]
