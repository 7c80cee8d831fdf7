"""Administrators: the emails not delivered yet, failed ones first, each of which can be tried again."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from marketplace import numbers, outbox
from marketplace.accounts.access import role_required
from marketplace.accounts.models import Role
from marketplace.core.forms import ActionForm
from marketplace.db import db_session, utcnow

bp = Blueprint("admin_emails", __name__, url_prefix="/<lang_code>/admin/emails")


@bp.before_request
@role_required(Role.ADMIN)
def _administrators_only():
    """Every page here is for administrators."""


@bp.route("/")
def index():
    return render_template(
        "admin/emails.html", messages=outbox.undelivered(db_session(), numbers.int_arg("page", 1, minimum=1)),
        action_form=ActionForm(formdata=None),
        max_attempts=outbox.MAX_ATTEMPTS,
    )  # fmt: skip


@bp.route("/<int:message_id>/retry", methods=["POST"])
def retry(message_id: int):
    if not ActionForm().validate_on_submit():
        abort(400)
    if outbox.retry(db_session(), message_id, utcnow()):
        flash(_("The email will be sent again."), "success")
    else:
        flash(_("This email is not waiting to be tried again."), "error")
    return redirect(url_for("admin_emails.index"))
