"""What every text response gets on its way out: a validator and an answer to conditional requests, then
gzip when the client accepts it.

- Pages (HTML, XML, JSON, plain text) carry an ETag (weak: a hash of the body, unless the page cache set
  one) and are answered 304 Not Modified when the client's If-None-Match or If-Modified-Since says it
  already has them.
- Text bodies above :data:`MINIMUM_SIZE` bytes are gzipped when Accept-Encoding allows it, with
  ``Vary: Accept-Encoding``. Compressed with the standard library's zlib at a level that costs a fraction
  of a millisecond for a page.

Left alone: streamed responses and file sends (``direct_passthrough``: media, downloads, static files,
which the web server in front compresses or serves itself), responses already encoded, and anything but
GET and HEAD. Installed first in create_app so it runs after every other ``after_request`` hook (security
headers, cookies, the page cache's token) and sees the final body.
"""

from __future__ import annotations

import gzip
import hashlib

from flask import Flask, Response, request

MINIMUM_SIZE = 500
COMPRESSION_LEVEL = 5
TEXT_TYPES = frozenset(
    {
        "application/json",
        "application/ld+json",
        "application/xml",
        "application/javascript",
        "image/svg+xml",
    }
)


def init_app(app: Flask) -> None:
    app.after_request(finish)


def finish(response: Response) -> Response:
    if request.method not in ("GET", "HEAD") or response.is_streamed or response.direct_passthrough:
        return response
    if not _is_text(response.mimetype):
        return response
    if response.status_code == 200:
        if not response.headers.get("ETag"):
            response.set_etag(hashlib.blake2b(response.get_data(), digest_size=16).hexdigest(), weak=True)
        response.make_conditional(request)
        if response.status_code == 304:
            return response
    _compress(response)
    return response


def _is_text(mimetype: str) -> bool:
    return mimetype.startswith("text/") or mimetype in TEXT_TYPES


def accepts_gzip() -> bool:
    return request.accept_encodings["gzip"] > 0


def _compress(response: Response) -> None:
    response.vary.add("Accept-Encoding")
    if "Content-Encoding" in response.headers or not accepts_gzip():
        return
    body = response.get_data()
    if len(body) < MINIMUM_SIZE:
        return
    response.set_data(gzip.compress(body, compresslevel=COMPRESSION_LEVEL, mtime=0))
    response.headers["Content-Encoding"] = "gzip"
