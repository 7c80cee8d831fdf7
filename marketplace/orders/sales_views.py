"""In the studio: the orders an artist has to fulfil."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace import numbers
from marketplace.catalog import artists
from marketplace.core.forms import ActionForm
from marketplace.db import db_session, utcnow
from marketplace.orders import notify, shipments
from marketplace.orders.access import artist_order
from marketplace.orders.forms import ShipmentForm

bp = Blueprint("sales", __name__, url_prefix="/<lang_code>/studio/orders")


@bp.before_request
@login_required
def _signed_in():
    """Only signed-in artists."""


@bp.route("/")
def index():
    profile = artists.profile_for(db_session(), current_user) or abort(403)
    orders = shipments.artist_orders(db_session(), profile, numbers.int_arg("page", 1, minimum=1))
    return render_template(
        "orders/sales.html",
        orders=orders,
        artist=profile,
        ship_form=ShipmentForm(formdata=None),
        action_form=ActionForm(formdata=None),
    )


@bp.route("/<number>/ship", methods=["POST"])
def ship(number: str):
    session = db_session()
    profile, order = artist_order(number)
    form = ShipmentForm()
    if not form.validate_on_submit():
        errors = [str(e) for errors in form.errors.values() for e in errors]
        flash(" ".join(errors) or _("Enter the carrier and the tracking number."), "error")
        return redirect(url_for("sales.index"))
    try:
        shipments.mark_shipped(
            session, order, profile, form.carrier_display_name, form.tracking_number.data, current_user.id
        )
    except shipments.ShippingError as error:
        flash(str(error.message), "error")
    else:
        notify.shipped(db_session(), order.number, profile.id)
        flash(_("Marked as shipped. The buyer has been told."), "success")
    return redirect(url_for("sales.index"))


@bp.route("/<number>/delivered", methods=["POST"])
def delivered(number: str):
    profile, order = artist_order(number)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        delivery = shipments.mark_delivered(db_session(), order, profile, current_user.id, utcnow())
    except shipments.ShippingError as error:
        flash(str(error.message), "error")
    else:
        if delivery:
            notify.delivered(db_session(), [delivery])
        flash(_("Marked as delivered."), "success")
    return redirect(url_for("sales.index"))
