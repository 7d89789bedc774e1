"""diplo-analysis: diplomatic news articles into tidy pandas tables."""
from .corpus import Corpus
from .errors import DiploError, ParseError, ReadError, SchemaError

__version__ = "0.1.0"

__all__ = ["Corpus", "DiploError", "ParseError", "ReadError", "SchemaError"]
