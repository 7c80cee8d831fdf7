"""The anonymous page cache: a public page that is the same for every anonymous visitor of a language,
display currency and delivery destination is rendered once per catalogue generation and then served as
stored bytes, with no view, query or template run.

What may be cached: GET requests to the endpoints in :data:`CACHEABLE` (and the sitemaps), by a visitor
who is not signed in, has no cart, no flashed message waiting and chose no new destination in the query;
a response is stored only when it is a 200 text page that set no cookie and left the session alone.

The key: the path and its query string (arguments sorted by name, every value kept: a page reflects every
argument in its links, so none is dropped), the language (in the path), the display currency and the
destination cookie, today's date (exhibitions are current or past by date), and the catalogue generation.
Links in pages are relative or built on PUBLIC_BASE_URL (links.py), never on the request's Host, so a
forged Host header cannot reach a stored page; the script root is in the key all the same.

The generation: a number bumped after the commit of any session that wrote a work, artist, picture,
translation, collection or exhibition, exchange rate or shipping rate (SQLAlchemy session events, so the
site, the CLI and the worker all bump it). With REDIS_URL it lives in Redis, which every worker and
machine reads on each request; without Redis (development, tests: one process) it is this process's.
Entries also expire after PAGE_CACHE_SECONDS, so a writer that bypassed the ORM is forgotten in time.

Forms: a cached page is shared, a CSRF token is not. While any GET request renders, Flask-WTF is given
a stand-in token (it keeps the request's token in ``g.csrf_token``); the stand-in is stored, and every
response that carries it, stored or fresh, gets this visitor's own token in its place. Its ETag is a hash
of the page with the stand-in and of the session's CSRF secret: the same page for the same session keeps
its ETag (a signed token changes every second), so conditional requests get 304s (core/responses.py).

:func:`remembered` keeps other values per generation (the exchange rates, catalog/display.py).
"""

from __future__ import annotations

import hashlib
import json
import struct
import threading
import time
import weakref
import zlib
from collections import OrderedDict
from contextlib import suppress
from datetime import UTC, datetime

from flask import Flask, Response, current_app, g, has_app_context, request, session
from flask_login import current_user

from marketplace.core import responses

CACHEABLE = frozenset(
    {
        "catalog.home",
        "catalog.works",
        "catalog.work",
        "catalog.artist",
        "catalog.artists",
        "catalog.collection",
        "catalog.exhibitions",
    }
)
#: Every page of the seo blueprint (sitemaps, robots.txt) is public and the same for everyone.
CACHEABLE_BLUEPRINTS = frozenset({"seo"})
#: Tables whose change can show on a public page: each domain names its own with :func:`watch`.
WATCHED_TABLES: set[str] = set()
STORED_TYPES = frozenset({"text/html", "application/xml", "text/xml", "text/plain"})
#: What a cacheable page's forms carry instead of a CSRF token until the response is sent.
CSRF_STAND_IN = "csrf-stand-in-7c1e9b04d2a6f8e3"
_STAND_IN = CSRF_STAND_IN.encode()
EXTENSION = "marketplace.page_cache"
GENERATION_KEY = "daraja:catalogue-generation"
PAGE_PREFIX = "daraja:page:"


def init_app(app: Flask) -> None:
    """Install the cache (call last in create_app, so its after_request runs first: before any hook adds
    this visitor's cookies or headers)."""
    app.config.setdefault("PAGE_CACHE", True)
    app.config.setdefault("PAGE_CACHE_MB", 16)
    app.config.setdefault("PAGE_CACHE_SECONDS", 600)
    url = app.config.get("REDIS_URL")
    store = (
        RedisStore(url, app.config["PAGE_CACHE_SECONDS"])
        if url
        else MemoryStore(app.config["PAGE_CACHE_MB"] * 1024 * 1024, app.config["PAGE_CACHE_SECONDS"])
    )
    use_store(app, store)
    _registry(app)
    install_listeners()
    app.before_request(_serve_stored)
    app.after_request(_store_and_fill)


def use_store(app: Flask, store) -> None:
    from marketplace.db import engine_for

    app.extensions[EXTENSION] = store
    _BY_ENGINE[engine_for(app)] = store


def watch(*tables: str) -> None:
    """A write to one of these tables bumps the catalogue generation."""
    WATCHED_TABLES.update(tables)


def vary_on(app: Flask, part) -> None:
    """``part()`` (a string) is in every key: a page differs by it (the display currency, the destination)."""
    _registry(app)["parts"].append(part)


def pass_when(app: Flask, private) -> None:
    """When ``private()`` is true, this visitor's page is their own (a cart, a new destination)."""
    _registry(app)["private"].append(private)


def _registry(app: Flask) -> dict:
    return app.extensions.setdefault(EXTENSION + ".registry", {"parts": [], "private": []})


# --- Generation ----------------------------------------------------------------------------------------


def generation() -> int | None:
    """The catalogue generation this request sees (read once per request); None when Redis is away."""
    if "catalogue_generation" not in g:
        g.catalogue_generation = _store().generation()
    return g.catalogue_generation


def bump(engine=None) -> None:
    """A public page may have changed: every stored page and remembered value is out of date (in this
    process, and in Redis for the app whose database ``engine`` is, or the current app's)."""
    global _process_generation
    _process_generation += 1
    store = _BY_ENGINE.get(engine) if engine is not None else None
    if store is None and has_app_context():
        store = current_app.extensions.get(EXTENSION)
    if isinstance(store, RedisStore):
        store.bump()
    if has_app_context():
        g.pop("catalogue_generation", None)


def remembered(name: str, make):
    """``make()`` once per catalogue generation in this process (values must not hold ORM objects)."""
    if not has_app_context() or EXTENSION not in current_app.extensions:
        return make()
    now = generation()
    if now is None:
        return make()
    key = (name, now)
    values = current_app.extensions[EXTENSION].remembered
    if key not in values:
        if len(values) > 64:
            values.clear()
        values[key] = make()
    return values[key]


_installed = False


def install_listeners() -> None:
    """Mark a session that wrote a watched table; bump the generation after it commits."""
    global _installed
    if _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    event.listen(Session, "after_flush", _note_flushed)
    event.listen(Session, "do_orm_execute", _note_bulk)
    event.listen(Session, "after_commit", _bump_after_commit)
    _installed = True


def _watched(instance) -> bool:
    table = getattr(instance, "__tablename__", None)
    return table in WATCHED_TABLES


def _note_flushed(session, _context) -> None:
    if any(_watched(item) for item in (*session.new, *session.dirty, *session.deleted)):
        session.info["catalogue_changed"] = True


def _note_bulk(state) -> None:
    if state.is_update or state.is_delete or state.is_insert:
        table = getattr(state.statement, "table", None)
        if getattr(table, "name", None) in WATCHED_TABLES:
            state.session.info["catalogue_changed"] = True


def _bump_after_commit(session) -> None:
    if session.info.pop("catalogue_changed", False):
        bump(session.bind)


# --- Stores --------------------------------------------------------------------------------------------


class MemoryStore:
    """This process's pages, the least recently used dropped beyond ``max_bytes``; the generation is the
    process's, bumped by any commit in it whatever app or session made it."""

    def __init__(self, max_bytes: int, seconds: int) -> None:
        self.max_bytes, self.seconds = max_bytes, seconds
        self.pages: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self.size = 0
        self.remembered: dict = {}
        self._lock = threading.Lock()

    def generation(self) -> int:
        return _process_generation

    def get(self, key: str) -> bytes | None:
        with self._lock:
            found = self.pages.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                self._drop(key)
                return None
            self.pages.move_to_end(key)
            return found[1]

    def put(self, key: str, value: bytes) -> None:
        if len(value) > self.max_bytes:
            return
        with self._lock:
            if key in self.pages:
                self._drop(key)
            self.pages[key] = (time.monotonic() + self.seconds, value)
            self.size += len(value)
            while self.size > self.max_bytes:
                self._drop(next(iter(self.pages)))

    def _drop(self, key: str) -> None:
        self.size -= len(self.pages.pop(key)[1])


class RedisStore:
    """Pages and the generation in Redis, seen by every worker and machine; Redis's own memory policy
    and each entry's expiry bound its size. A Redis that does not answer makes every request a miss."""

    def __init__(self, url: str, seconds: int) -> None:
        from redis import Redis

        self.client = Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
        self.seconds = seconds
        self.remembered: dict = {}

    def generation(self) -> int | None:
        from redis import RedisError

        try:
            return int(self.client.get(GENERATION_KEY) or 0)
        except RedisError:
            current_app.logger.warning("page cache: Redis did not answer", exc_info=True)
            return None

    def bump(self) -> None:
        from redis import RedisError

        self.remembered.clear()
        try:
            self.client.incr(GENERATION_KEY)
        except RedisError:
            current_app.logger.exception("page cache: could not bump the catalogue generation")

    def get(self, key: str) -> bytes | None:
        from redis import RedisError

        try:
            return self.client.get(PAGE_PREFIX + key)
        except RedisError:
            return None

    def put(self, key: str, value: bytes) -> None:
        from redis import RedisError

        with suppress(RedisError):
            self.client.set(PAGE_PREFIX + key, value, ex=self.seconds)


#: Bumped by every change committed in this process, whichever app (or none) made it.
_process_generation = 0
#: Each app's store by its database engine: a session committed outside any app context still bumps it.
_BY_ENGINE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _store():
    return current_app.extensions[EXTENSION]


# --- Requests ------------------------------------------------------------------------------------------


def _cacheable_request() -> bool:
    if not current_app.config.get("PAGE_CACHE"):
        return False
    if request.endpoint not in CACHEABLE and request.blueprint not in CACHEABLE_BLUEPRINTS:
        return False
    if any(private() for private in _registry(current_app)["private"]):
        return False
    return not ("_flashes" in session or current_user.is_authenticated)


def page_key() -> str | None:
    """This request's key, or None when the generation cannot be read."""
    generation_now = generation()
    if generation_now is None:
        return None
    query = sorted(request.args.items(multi=True), key=lambda pair: pair[0])
    parts = [
        str(generation_now),
        request.script_root,
        request.path,
        json.dumps(query, ensure_ascii=False),
        *(part() for part in _registry(current_app)["parts"]),
        datetime.now(UTC).date().isoformat(),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _serve_stored():
    if request.method != "GET":
        return None
    # Forms rendered from here on carry the stand-in, replaced in _store_and_fill: a stored page is
    # shared, and any page's ETag stays the same while the visitor's session does.
    g.csrf_token = CSRF_STAND_IN
    if not _cacheable_request():
        return None
    key = page_key()
    if key is None:
        return None
    g.page_cache_key = key
    g.page_cache_session = _session_state()
    stored = _store().get(key)
    if stored is None:
        return None
    headers, body, segments = _decode(stored)
    g.page_cache_hit = (body, segments)
    response = Response(body, status=200, headers=headers)
    response.headers["X-Page-Cache"] = "hit"
    return response


def _store_and_fill(response: Response) -> Response:
    if g.get("csrf_token") != CSRF_STAND_IN:
        return response
    g.pop("csrf_token")
    if response.is_streamed or response.direct_passthrough:
        return response
    hit = g.get("page_cache_hit")
    body, segments = hit if hit else (response.get_data(), None)
    if not hit and _storable(response):
        segments = gzip_segments(body) if len(body) >= responses.MINIMUM_SIZE else []
        _store().put(g.page_cache_key, _encode(response.headers, body, segments))
        response.headers["X-Page-Cache"] = "miss"
    if not hit and _STAND_IN not in body and "page_cache_key" not in g:
        return response
    token, secret = b"", ""
    if _STAND_IN in body:
        from flask_wtf.csrf import generate_csrf

        token = generate_csrf().encode()
        secret = str(session.get("csrf_token") or "")
    # The page as stored, and this visitor's session's secret: 304s stay valid while the token does.
    response.set_etag(hashlib.blake2b(body + secret.encode(), digest_size=16).hexdigest(), weak=True)
    if segments and responses.accepts_gzip():
        # Compressed once when stored; only this visitor's token is compressed now.
        response.set_data(gzip_joined(segments, body.split(_STAND_IN), token))
        response.headers["Content-Encoding"] = "gzip"
        response.vary.add("Accept-Encoding")
    elif token:
        response.set_data(body.replace(_STAND_IN, token))
    return response


def _encode(headers, body: bytes, segments: list[bytes]) -> bytes:
    kept = [(k, v) for k, v in headers.items() if k.lower() not in ("content-length", "x-page-cache")]
    head = json.dumps({"headers": kept, "body": len(body), "segments": [len(s) for s in segments]})
    return head.encode() + b"\n\n" + body + b"".join(segments)


def _decode(stored: bytes) -> tuple[list, bytes, list[bytes]]:
    head, _, rest = stored.partition(b"\n\n")
    meta = json.loads(head)
    body, position, segments = rest[: meta["body"]], meta["body"], []
    for length in meta["segments"]:
        segments.append(rest[position : position + length])
        position += length
    return meta["headers"], body, segments


def gzip_segments(body: bytes) -> list[bytes]:
    """The body's parts between stand-ins, each compressed on its own into raw deflate blocks that end on
    a byte boundary (a sync flush): any text can be put between them later."""
    return [_deflated(part, 6) for part in body.split(_STAND_IN)]


def gzip_joined(segments: list[bytes], parts: list[bytes], token: bytes) -> bytes:
    """A gzip member of ``parts`` joined by ``token``, from their precompressed ``segments``."""
    between = _deflated(token, 1) if token else b""
    crc, size, pieces = 0, 0, [_GZIP_HEADER]
    for index, (segment, part) in enumerate(zip(segments, parts, strict=True)):
        if index:
            pieces.append(between)
            crc, size = zlib.crc32(token, crc), size + len(token)
        pieces.append(segment)
        crc, size = zlib.crc32(part, crc), size + len(part)
    pieces.append(_FINAL_BLOCK)
    pieces.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    return b"".join(pieces)


def _deflated(data: bytes, level: int) -> bytes:
    packer = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush(zlib.Z_SYNC_FLUSH)


#: gzip's header: deflate, no name, no time, unknown system.
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
#: An empty final block (what a compressor's Z_FINISH writes after a sync flush).
_FINAL_BLOCK = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS).flush(zlib.Z_FINISH)
#: Flask-Login's own bookkeeping, written on every request of a visitor with a session.
_BOOKKEEPING = frozenset({"_fresh", "_id"})


def _session_state() -> dict:
    """What the page could have put in the visitor's session (a view that does is not shared)."""
    return {key: value for key, value in session.items() if key not in _BOOKKEEPING}


def _storable(response: Response) -> bool:
    return (
        "page_cache_key" in g
        and response.status_code == 200
        and response.mimetype in STORED_TYPES
        and "Set-Cookie" not in response.headers
        and _session_state() == g.page_cache_session
        and "private" not in (response.headers.get("Cache-Control") or "")
    )
