"""WSGI apps on real loopback ports, for the tests that need HTTP between processes or threads."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

from werkzeug.serving import make_server


def free_port() -> int:
    """A port nothing listens on now, for a server whose address must be known before it starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(wsgi_app, port: int = 0) -> Iterator[str]:
    """Serve ``wsgi_app`` on 127.0.0.1 (``port`` 0: any free port) in a thread; yields its base URL.

    On exit the server is shut down, its thread joined and its socket closed.
    """
    server = make_server("127.0.0.1", port, wsgi_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
        server.server_close()
