"""What every page with a form needs: the CSRF-only action form, the refused-form answer, field errors."""

from __future__ import annotations

from flask import render_template

from marketplace.errors import Refused
from marketplace.i18n.forms import Form


class ActionForm(Form):
    """Only the CSRF token: for buttons that change something."""


def render_form(template: str, form, **context):
    """A form shown again after a POST means it was refused: answer 400 so nothing is committed."""
    return render_template(template, form=form, **context), (400 if form.is_submitted() else 200)


def add_error(form, error: Refused) -> None:
    """Show a domain's refusal on the field it concerns, or above the form."""
    field = getattr(form, error.field or "", None)
    if field is not None:
        field.errors = [*field.errors, error.message]
    else:
        form.form_errors.append(error.message)
