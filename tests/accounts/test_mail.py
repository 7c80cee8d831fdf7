"""Emails go to the outbox folder by default and over SMTP when SMTP_HOST is set."""

import socketserver
import threading

from tests.support.forms import post_form


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough of SMTP (RFC 5321) to receive one message: the real smtplib client talks to it."""

    def handle(self):
        self.wfile.write(b"220 test ESMTP\r\n")
        data_mode, lines = False, []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            if data_mode:
                if line in (b".\r\n", b".\n"):
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


def test_reset_email_is_sent_over_smtp_when_configured(app, make_user, tmp_path):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.messages = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        app.config.update(SMTP_HOST="127.0.0.1", SMTP_PORT=server.server_address[1], SMTP_STARTTLS=False)
        make_user(language="fr")
        client = app.test_client()
        response = post_form(client, "/fr/account/forgot-password", {"email": "amina@example.org"})
        assert response.status_code == 302
        assert len(server.messages) == 1
        assert "To: amina@example.org" in server.messages[0]
        assert "Content-Language: fr" in server.messages[0]
        assert not (tmp_path / "outbox").exists()
    finally:
        server.shutdown()
        server.server_close()
