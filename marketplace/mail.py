"""Email in the recipient's language, rendered now and kept in the outbox until a worker sends it.

``send_templated`` never talks to a mail server: it writes the message into the caller's transaction
(outbox.py), so an email exists if and only if the change it reports was committed.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from flask import current_app, render_template
from flask_babel import force_locale
from sqlalchemy.orm import Session

from marketplace import outbox


def send_templated(session: Session, to: str, language: str, template: str, **context) -> EmailMessage:
    """Render ``templates/email/<template>.txt`` in ``language`` (subject in its first line) and queue it."""
    with force_locale(language):
        text = render_template(f"email/{template}.txt", lang=language, **context)
    subject, _, body = text.strip().partition("\n")
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject.strip()
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="marketplace.local")
    message.set_content(body.strip() + "\n")
    # After set_content, which replaces the Content-* headers.
    message["Content-Language"] = language
    outbox.add(session, message)
    return message
