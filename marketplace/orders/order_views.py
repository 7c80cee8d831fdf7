"""The buyer's orders: the list, one order's page, and confirming that a part has arrived."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from marketplace.core.forms import ActionForm
from marketplace.db import db_session, utcnow
from marketplace.orders import notify, shipments
from marketplace.orders.access import own_order
from marketplace.orders.models import Order

bp = Blueprint("orders", __name__, url_prefix="/<lang_code>/orders")


@bp.route("/")
@login_required
def index():
    # An order whose payment page never opened (Stripe refused or did not answer) was never the buyer's.
    orders = db_session().scalars(
        select(Order)
        .where(Order.buyer_id == current_user.id, Order.stripe_session_id.is_not(None))
        .options(selectinload(Order.shipments))  # each status reads whether the order is downloads only
        .order_by(Order.created_at.desc())
    )
    return render_template("orders/list.html", orders=list(orders))


@bp.route("/<number>")
@login_required
def order(number: str):
    return render_template("orders/detail.html", order=own_order(number))


@bp.route("/<number>/shipments/<int:shipment_id>/received", methods=["POST"])
@login_required
def confirm_received(number: str, shipment_id: int):
    """The buyer confirms that one artist's part of the order has arrived."""
    item = own_order(number)
    if not any(s.id == shipment_id for s in item.shipments):
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        delivery = shipments.confirm_received(db_session(), item, shipment_id, current_user.id, utcnow())
    except shipments.ShippingError as error:
        flash(str(error.message), "error")
    else:
        if delivery:
            notify.delivered(db_session(), [delivery])
        flash(_("Thank you: we have told the artist that it has arrived."), "success")
    return redirect(url_for("orders.order", number=number))
