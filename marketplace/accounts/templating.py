"""Template helpers for accounts: roles, and the sign-out form in every page's header."""

from __future__ import annotations

from flask import Flask
from flask_login import current_user

from marketplace.accounts.forms import SignOutForm
from marketplace.accounts.models import Role
from marketplace.core.templating import install


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"role_title": role_title},
        globals={"Role": Role},
        context=_layout,
    )  # fmt: skip


def role_title(value: str) -> str:
    return Role(value).title


def _layout() -> dict:
    return {"sign_out_form": SignOutForm(formdata=None) if current_user.is_authenticated else None}
