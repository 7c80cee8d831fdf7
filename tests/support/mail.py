"""Emails as the outbox holds them: their subject, their text, the links in them."""

from __future__ import annotations

import email
import email.policy
import re


def parsed(raw: str) -> email.message.EmailMessage:
    return email.message_from_string(raw, policy=email.policy.default)


def subject_of(raw: str) -> str:
    return parsed(raw)["Subject"]


def text_of(raw: str) -> str:
    return parsed(raw).get_content()


def link_in(raw: str, path: str) -> str:
    """The path and query of the first link in the email whose path starts with ``path``."""
    match = re.search(rf"https?://[^/\s]+({re.escape(path)}\S*)", text_of(raw))
    assert match, f"no link to {path} in:\n{text_of(raw)}"
    return match.group(1)
