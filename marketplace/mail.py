"""Email in the recipient's language: written to the outbox folder by default, SMTP when configured."""

from __future__ import annotations

import smtplib
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from flask import current_app, render_template
from flask_babel import force_locale


def send_templated(to: str, language: str, template: str, **context) -> EmailMessage:
    """Render ``templates/email/<template>.txt`` in ``language`` (subject in its first line) and send it."""
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
    deliver(message)
    return message


def deliver(message: EmailMessage) -> None:
    config = current_app.config
    if config.get("SMTP_HOST"):
        with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=30) as smtp:
            if config.get("SMTP_STARTTLS"):
                smtp.starttls()
            if config.get("SMTP_USERNAME"):
                smtp.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"] or "")
            smtp.send_message(message)
        return
    outbox = Path(config["MAIL_OUTBOX_DIR"])
    outbox.mkdir(parents=True, exist_ok=True)
    name = f"{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}.eml"
    (outbox / name).write_bytes(bytes(message))
