"""A small SMTP server on loopback for tests: just enough of RFC 5321 for smtplib to hand it messages.

``SMTPServer.hang`` makes it accept connections and never answer (a mail server that hangs).
"""

from __future__ import annotations

import contextlib
import socketserver
import threading
from collections.abc import Iterator


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        if self.server.hang.is_set():
            self.server.released.wait(60)
            return
        self.wfile.write(b"220 test ESMTP\r\n")
        data_mode, lines = False, []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            if data_mode:
                if line in (b".\r\n", b".\n"):
                    with self.server.lock:
                        self.server.messages.append(b"".join(lines).decode())
                    data_mode, lines = False, []
                    self.wfile.write(b"250 OK\r\n")
                else:
                    lines.append(line)
                continue
            command = line[:4].upper()
            if command in (b"EHLO", b"HELO"):
                self.wfile.write(b"250 test\r\n")
            elif command == b"DATA":
                data_mode = True
                self.wfile.write(b"354 go ahead\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 OK\r\n")


class SMTPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.messages: list[str] = []
        self.lock = threading.Lock()
        self.hang = threading.Event()
        self.released = threading.Event()

    @property
    def port(self) -> int:
        return self.server_address[1]


@contextlib.contextmanager
def smtp_server(port: int = 0) -> Iterator[SMTPServer]:
    server = SMTPServer(port)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.released.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
