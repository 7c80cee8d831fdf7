"""The buyer comes back from Stripe's payment page, paid or not: the same fulfilment as the webhook
settles the order, so whichever arrives first does it and the other finds it done."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import login_required

from marketplace.certificates.signing import signer_for
from marketplace.core.forms import ActionForm
from marketplace.db import commit_now, db_session, utcnow, writes
from marketplace.orders.access import own_order
from marketplace.orders.models import OrderStatus
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for
from marketplace.settlement import fulfilment, notify

bp = Blueprint("payment", __name__, url_prefix="/<lang_code>/orders")


@bp.route("/<number>/return")
@writes
@login_required
def returned(number: str):
    """Stripe sends the buyer back here after paying."""
    item = own_order(number)
    if item.stripe_session_id:
        try:
            outcome = _settle(item.stripe_session_id)
        except PaymentProviderError:
            flash(
                _("We could not confirm your payment yet. This page will show it as soon as it arrives."),
                "info",
            )
        else:
            notify.after_settle(db_session(), outcome)
    return redirect(url_for("orders.order", number=number))


@bp.route("/<number>/cancel", methods=["GET", "POST"])
@login_required
def cancel(number: str):
    """Stripe's cancel address, and the order page's "Cancel this order" button.

    The buyer who leaves Stripe's payment page comes back here with a GET, which changes nothing (a link
    may be followed by anyone, or by a browser fetching ahead): it shows the order page, whose button posts
    here. The POST ends the payment session and gives the stock back."""
    item = own_order(number)
    if request.method == "GET":
        return redirect(url_for("orders.order", number=number))
    if not ActionForm().validate_on_submit():
        abort(400)
    if item.status == OrderStatus.PENDING_PAYMENT.value and item.stripe_session_id:
        try:
            outcome = _settle(item.stripe_session_id, expire=True)
        except PaymentProviderError:
            flash(_("Your order will be cancelled automatically if it is not paid."), "info")
        else:
            notify.after_settle(db_session(), outcome)
            flash(_("Your order was cancelled and nothing was charged."), "info")
    return redirect(url_for("orders.order", number=number))


def _settle(session_id: str, expire: bool = False) -> fulfilment.Outcome:
    """Ask Stripe for the session's state (ending it first when ``expire``) with no transaction open, then
    settle the order in a new one."""
    gateway, signer = gateway_for(current_app), signer_for(current_app)
    commit_now()  # the order was only read so far: no lock is held while Stripe answers
    if expire:
        gateway.expire_session(session_id)
    remote = gateway.retrieve_session(session_id)
    return fulfilment.settle(db_session(), remote, utcnow(), signer)
