"""Who may do what: role checks for views, and same-site redirects."""

from __future__ import annotations

from functools import wraps
from urllib.parse import unquote, urlsplit

from flask import abort
from flask_login import current_user, login_required

from marketplace.accounts.models import Role


def role_required(*roles: Role):
    """Sign-in first (redirect), then any one of the roles (403)."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not any(current_user.has_role(role) for role in roles):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def safe_next(target: str | None) -> str | None:
    """``target`` when it is a path on this site, else None.

    Refuses anything a browser could read as another host: '//host', '/\\host', control characters
    (browsers drop tabs and newlines, turning '/\\t/host' into '//host'), schemes such as 'javascript:'.
    """
    if not target:
        return None
    for candidate in (target, unquote(target)):
        if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in candidate) or "\\" in candidate:
            return None
        if not candidate.startswith("/") or candidate.startswith("//"):
            return None
        parts = urlsplit(candidate)
        if parts.scheme or parts.netloc:
            return None
    return target
