"""Web archives (``.warc``, ``.warc.gz``): each HTML response record becomes an article.

Records are read with FastWARC, streamed from the file (gzip detected), so an
archive of any size is never held whole in memory. An HTML response (HTTP status 200,
``Content-Type`` text/html or application/xhtml+xml) goes through the HTML
reader with its ``WARC-Target-URI`` as ``url`` and its ``WARC-Date`` as
``crawled``. Every other record (requests, metadata, images, redirects, ...)
is skipped, and one ``errors`` row of stage ``skipped`` counts them by kind.
A record cut short (fewer bytes than it announces) is an ``errors`` row; the
records before it are kept.

>>> page = (b"HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n"
...         b"<html><body><p>Azerbaijani and Kyrgyz ministers met in Baku and signed an accord.</p></body></html>")
>>> head = ("WARC/1.1\\r\\nWARC-Type: response\\r\\nWARC-Target-URI: https://example.org/a\\r\\n"
...         "WARC-Date: 2024-03-05T10:00:00Z\\r\\nWARC-Record-ID: <urn:uuid:1>\\r\\n"
...         "Content-Type: application/http; msgtype=response\\r\\n"
...         f"Content-Length: {len(page)}\\r\\n\\r\\n").encode()
>>> docs, failures = read_warc("crawl.warc", head + page + b"\\r\\n\\r\\n")
>>> docs[0].meta["url"], docs[0].meta["crawled"], failures
('https://example.org/a', '2024-03-05T10:00:00', [])
"""
from __future__ import annotations

import io
import os
from collections import Counter

from ._base import ReadFailure, Result
from .html import read_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str, data: bytes | str, *, name: str | None = None) -> Result:
    """Articles from the HTML responses of one WARC file; failures and a count of skipped records.

    ``data``: the archive's bytes (uncompressed), or the path of a ``.warc`` or
    ``.warc.gz`` file, which is then streamed (the compression is detected).
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    stem = os.path.splitext(name or os.path.basename(path))[0]
    docs, failures = [], []
    skipped: Counter = Counter()
    n = 0
    source = data if isinstance(data, str) else io.BytesIO(data)
    records = iter(ArchiveIterator(source, parse_http=True, fsspec_args=False))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except OSError as exc:       # FastWARC's word for a damaged header
            failures.append(ReadFailure(path, f"the archive could not be read after record {n} ({exc})"))
            break
        n += 1
        where = f"{path}@{record.stream_pos}"
        uri = record.headers.get("WARC-Target-URI") or ""
        if record.record_type != WarcRecordType.response:
            skipped[str(record.record_type)] += 1
            continue
        status = record.http_headers.status_code if record.http_headers is not None else None
        ctype = (record.http_headers.get("Content-Type") or "").lower() if record.http_headers is not None else ""
        if status != 200 or not ctype.startswith(_HTML_TYPES):
            skipped[f"response {status or '?'} {ctype.split(';')[0] or 'without a type'}"] += 1
            continue
        body = record.reader.read()
        if len(body) < record.content_length:
            failures.append(ReadFailure(where, f"the record of {uri} is cut short: {len(body)} of "
                                               f"{record.content_length} bytes (the archive is truncated)"))
            continue
        crawled = record.headers.get("WARC-Date", "").rstrip("Z") or None
        d, f = read_html(where, body, name=f"{stem}-{n}", meta={"url": uri, "crawled": crawled})
        docs += d
        failures += f
    if n == 0:
        return [], failures or [ReadFailure(path, "holds no WARC records (not a web archive, or empty)")]
    if skipped:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(skipped.items()))
        failures.append(ReadFailure(path, f"{sum(skipped.values())} of {n} records skipped as not HTML "
                                          f"responses ({counts})", stage="skipped"))
    return docs, failures

