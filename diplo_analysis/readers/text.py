"""Plain text: one article a file (``.txt``, ``.md``, ``.text``, no suffix).

>>> docs, failures = read_text("notes/a.txt", "ANKARA – Talks began.", "utf-8")
>>> docs[0].article_id, failures
('a', [])
"""
from __future__ import annotations

import os

from ._base import RawDocument, ReadFailure, Result


def read_text(path: str, text: str, encoding: str | None, *, name: str | None = None) -> Result:
    """One raw document holding the whole decoded file (``name``: the file's own name, for its id)."""
    if not text.strip():
        return [], [ReadFailure(path, "the file holds no text after decoding")]
    stem = os.path.splitext(name or os.path.basename(path))[0]
    return [RawDocument(stem, path, text, encoding)], []
