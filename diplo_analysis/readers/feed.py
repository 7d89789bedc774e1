"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml``, or a file that begins like one), read with feedparser.

Each entry becomes an article: its content (else its summary) as text, HTML
turned to plain text; its title, link (as ``url``), author, and published
date (else updated), kept as the feed wrote it (wall time, as for dates
read from a text); the feed's title as ``outlet``. An entry with neither
content nor summary, and a feed without entries, are ``errors`` rows.

>>> rss = b'''<?xml version="1.0"?><rss version="2.0"><channel><title>MFA news</title>
... <item><title>Talks in Baku</title><link>https://mfa.example/1</link>
... <pubDate>Tue, 05 Mar 2024 10:30:00 +0400</pubDate>
... <description>&lt;p&gt;The ministers of Azerbaijan and Kyrgyzstan met.&lt;/p&gt;</description></item>
... </channel></rss>'''
>>> docs, failures = read_feed("mfa.rss", rss)
>>> docs[0].text, docs[0].meta["published"], docs[0].meta["outlet"]
('The ministers of Azerbaijan and Kyrgyzstan met.', '2024-03-05T10:30:00', 'MFA news')
"""
from __future__ import annotations

import os
from email.utils import parsedate_to_datetime

from ._base import RawDocument, ReadFailure, Result, content_id
from .html import iso_date


def _date(entry) -> str | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).replace(tzinfo=None).isoformat()   # RSS: RFC 822
        except (TypeError, ValueError, IndexError):
            pass
        found = iso_date(raw)                                                      # Atom: ISO 8601
        if found:
            return found
    return None


def _text(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    if "<" not in html:
        return html.strip()
    return extract_plain_text(html, preserve_formatting=True, list_bullets=False, alt_texts=False).strip()


def read_feed(path: str, data: bytes, *, name: str | None = None) -> Result:
    """One article per entry of an RSS or Atom feed."""
    import feedparser

    stem = os.path.splitext(name or os.path.basename(path))[0]
    parsed = feedparser.parse(data)
    entries = parsed.entries
    if not entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") and parsed.get("bozo_exception") else ""
        return [], [ReadFailure(path, f"the feed has no entries{why}")]
    outlet = parsed.feed.get("title")
    docs, failures = [], []
    for i, entry in enumerate(entries, 1):
        where = f"{path}#{i}"
        body = ""
        for content in entry.get("content") or []:
            body = content.get("value") or ""
            if body.strip():
                break
        if not body.strip():
            body = entry.get("summary") or ""
        text = _text(body)
        if not text:
            failures.append(ReadFailure(where, f"entry {i} ({entry.get('title') or 'untitled'}) has neither "
                                               "content nor a summary"))
            continue
        meta = {"title": entry.get("title"), "url": entry.get("link"), "author": entry.get("author"),
                "published": _date(entry), "outlet": outlet}
        meta = {k: v.strip() if isinstance(v, str) else v for k, v in meta.items() if v}
        key = entry.get("id") or entry.get("link")
        article_id = f"{stem}-{content_id(key)}" if key else f"{stem}-{i}"
        docs.append(RawDocument(article_id, where, text, "utf-8", meta))
    return docs, failures
