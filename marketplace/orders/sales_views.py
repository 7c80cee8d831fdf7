"""In the studio: the orders an artist has to fulfil."""

from __future__ import annotations

from functools import partial

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from marketplace.catalog import artists
from marketplace.core.forms import ActionForm
from marketplace.db import after_commit, db_session, utcnow
from marketplace.finance import refunds
from marketplace.finance.forms import RefundForm, minor_amount
from marketplace.orders import notify, shipping
from marketplace.orders.forms import ShipmentForm
from marketplace.orders.models import Order
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for

bp = Blueprint("sales", __name__, url_prefix="/<lang_code>/studio/orders")


@bp.before_request
@login_required
def _signed_in():
    """Only signed-in artists."""


@bp.route("/")
def index():
    profile = artists.profile_for(db_session(), current_user) or abort(403)
    orders = shipping.artist_orders(db_session(), profile)
    return render_template(
        "orders/sales.html",
        orders=orders,
        artist=profile,
        ship_form=ShipmentForm(formdata=None),
        refund_form=_refund_form(),
        action_form=ActionForm(formdata=None),
    )


@bp.route("/<number>/ship", methods=["POST"])
def ship(number: str):
    session = db_session()
    profile, order = _artist_and_order(number)
    form = ShipmentForm()
    if not form.validate_on_submit():
        errors = [str(e) for errors in form.errors.values() for e in errors]
        flash(" ".join(errors) or _("Enter the carrier and the tracking number."), "error")
        return redirect(url_for("sales.index"))
    try:
        shipping.mark_shipped(
            session, order, profile, form.carrier_display_name, form.tracking_number.data, current_user.id
        )
    except shipping.ShippingError as error:
        flash(str(error.message), "error")
    else:
        after_commit(partial(notify.shipped, order.number, profile.id))
        flash(_("Marked as shipped. The buyer has been told."), "success")
    return redirect(url_for("sales.index"))


@bp.route("/<number>/delivered", methods=["POST"])
def delivered(number: str):
    profile, order = _artist_and_order(number)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        delivery = shipping.mark_delivered(db_session(), order, profile, current_user.id, utcnow())
    except shipping.ShippingError as error:
        flash(str(error.message), "error")
    else:
        if delivery:
            after_commit(partial(notify.delivered, [delivery]))
        flash(_("Marked as delivered."), "success")
    return redirect(url_for("sales.index"))


@bp.route("/<number>/refund", methods=["POST"])
def refund(number: str):
    """The artist refunds (and may cancel) a line of theirs before shipping it."""
    profile, order = _artist_and_order(number)
    form = RefundForm()
    amount = minor_amount(form.amount, order.currency) if form.validate_on_submit() else None
    if not form.validate() or (form.amount.data is not None and amount is None):
        errors = [str(e) for errors in form.errors.values() for e in errors]
        flash(" ".join(errors) or _("Give the reason for the refund."), "error")
        return redirect(url_for("sales.index"))
    actor = refunds.Actor(current_user.id, "artist", artist_id=profile.id)
    try:
        refund = refunds.refund_line(
            db_session(), gateway_for(current_app), order.id, int(form.line_id.data), amount,
            form.restock.data,
            form.reason.data, actor, utcnow(),
        )  # fmt: skip
    except refunds.RefundError as error:
        flash(str(error.message), "error")
    except PaymentProviderError:
        flash(_("Stripe could not be reached. Nothing was refunded; try again."), "error")
    else:
        after_commit(partial(notify.refunded, order.number, refund.amount_minor, form.reason.data))
        flash(_("The refund has been made. The buyer gets the money back by the means they paid."), "success")
    return redirect(url_for("sales.index"))


def _artist_and_order(number: str):
    session = db_session()
    profile = artists.profile_for(session, current_user)
    order = session.scalar(select(Order).where(Order.number == number))
    if profile is None or order is None or not any(line.artist_id == profile.id for line in order.lines):
        abort(404)
    return profile, order


def _refund_form():
    return RefundForm(formdata=None)
