"""WARC archives written in memory for the tests: one HTTP response record per (target URI, page)."""

from __future__ import annotations

import io


def warc_bytes(records: list[tuple[str | None, str | bytes]], gz: bool = True) -> bytes:
    """A WARC of response records; a page given as text is UTF-8, a URI of None leaves WARC-Target-URI out."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for uri, page in records:
        body = page.encode() if isinstance(page, str) else page
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        rec = writer.create_warc_record(uri or "", "response", payload=io.BytesIO(body), http_headers=headers)
        if uri is None:
            rec.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(rec)
    return buf.getvalue()
