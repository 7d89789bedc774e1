"""What every reader gives back: raw documents and failures; decoding bytes to text.

>>> decode("Bakı".encode("utf-8"))
('Bakı', 'utf-8')
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from ..errors import ReadError


@dataclass
class RawDocument:
    """One article before parsing.

    ``meta`` holds what the input says about the article (``published``,
    ``title``, ``url``...); it wins over what parsing finds in the text.
    ``rows`` is set by readers of inputs that come already analysed (GDELT):
    ``{table: [row dicts without article_id]}``; such a document is not
    parsed, its article row is made from ``meta`` and its rows are kept as
    they are. ``hints`` holds weaker evidence, used only where parsing the
    text finds nothing: ``{"published": [lines to read a date from]}``
    (a web page's visible date lines, when its metadata has no date); or
    ``{"published_utc": stamp}`` when ``meta["published"]`` is a time the page
    gave in UTC and nothing tells the outlet's zone: the story's dateline
    city, once parsing finds it, gives the zone to read it in.
    """

    article_id: str
    source: str
    text: str
    encoding: str | None = None
    meta: dict = field(default_factory=dict)
    rows: dict | None = None
    hints: dict | None = None


@dataclass
class ReadFailure:
    """One input that could not be read (becomes a row of ``errors``)."""

    source: str
    error: str
    stage: str = "read"

    def row(self) -> dict:
        return {"source": self.source, "stage": self.stage, "error": self.error}


#: what a reader returns
Result = tuple[list[RawDocument], list[ReadFailure]]


def decode(data: bytes, *, name: str = "input") -> tuple[str, str]:
    """Decode bytes to text; return ``(text, encoding used)``.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read directly; other
    single-byte encodings (cp1251, latin-1...) are detected with
    charset-normalizer.

    >>> decode(codecs.BOM_UTF16_LE + "Baku".encode("utf-16-le"))
    ('Baku', 'utf-16')
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReadError(f"{name}: starts with a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from None
    if b"\x00" in data[:4096]:
        raise ReadError(
            f"{name}: looks like a binary file (it contains NUL bytes); expected text, HTML, JSON Lines, CSV, "
            "a feed, a WARC or a GDELT file"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(f"{name}: could not decode the bytes as text in any known encoding")
    text = str(best)
    if _mostly_control(text):
        raise ReadError(f"{name}: looks like a binary file (mostly control characters after decoding)")
    return text, best.encoding


def _mostly_control(text: str) -> bool:
    sample = text[:2000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad > len(sample) * 0.05


def content_id(text: str) -> str:
    """A short stable id from a text (a URL, an article body).

    >>> content_id("https://example.org/a")
    '2ca93349eca67313'
    """
    import hashlib

    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
