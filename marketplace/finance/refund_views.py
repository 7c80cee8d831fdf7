"""In the studio: the artist refunds (and may cancel) a line of theirs before shipping it. The form sits on
the artist's orders page (orders/sales_views.py); the refund itself is finance's."""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.db import db_session, released, utcnow
from marketplace.finance import refunds
from marketplace.finance.forms import RefundForm, minor_amount
from marketplace.orders import notify
from marketplace.orders.access import artist_order
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for

bp = Blueprint("artist_refunds", __name__, url_prefix="/<lang_code>/studio/orders")


@bp.route("/<number>/refund", methods=["POST"])
@login_required
def refund(number: str):
    profile, order = artist_order(number)
    form = RefundForm()
    amount = minor_amount(form.amount, order.currency) if form.validate_on_submit() else None
    if not form.validate() or (form.amount.data is not None and amount is None):
        errors = [str(e) for errors in form.errors.values() for e in errors]
        flash(" ".join(errors) or _("Give the reason for the refund."), "error")
        return redirect(url_for("sales.index"))
    actor = refunds.Actor(current_user.id, "artist", artist_id=profile.id)
    try:
        refund = refunds.refund_line(
            db_session(), gateway_for(current_app), order.id, form.line_id.data, amount,
            form.restock.data,
            form.reason.data, actor, utcnow(), between=released,
        )  # fmt: skip
    except refunds.RefundError as error:
        flash(str(error.message), "error")
    except PaymentProviderError:
        flash(_("Stripe could not be reached. Nothing was refunded; try again."), "error")
    else:
        notify.refunded(db_session(), order.number, refund.amount_minor, form.reason.data)
        flash(_("The refund has been made. The buyer gets the money back by the means they paid."), "success")
    return redirect(url_for("sales.index"))
