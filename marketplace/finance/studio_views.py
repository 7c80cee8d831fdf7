"""In the studio: the artist's earnings, balances per currency, payouts, and how they are paid."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select

from marketplace import numbers
from marketplace.catalog.models import ArtistProfile
from marketplace.catalog.studio import approved_profile
from marketplace.core.forms import ActionForm
from marketplace.db import db_session, released, utcnow, writes
from marketplace.finance import ledger, payouts
from marketplace.finance.forms import PayoutDetailsForm
from marketplace.links import external_url
from marketplace.orders.models import Order
from marketplace.payments.connect import can_onboard
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for

bp = Blueprint("earnings", __name__, url_prefix="/<lang_code>/studio/earnings")


@bp.before_request
@login_required
def _signed_in():
    """Only signed-in artists."""


@bp.route("/")
def index():
    return _page(approved_profile())


@bp.route("/payout-details", methods=["POST"])
def payout_details():
    artist = approved_profile()
    form = PayoutDetailsForm()
    if not form.validate_on_submit():
        return _page(artist, form, status=400)
    artist.payout_details = form.payout_details.data or ""
    flash(_("Saved. The marketplace pays you by these means."), "success")
    return redirect(url_for("earnings.index"))


@bp.route("/stripe", methods=["POST"])
def stripe_onboarding():
    artist = approved_profile()
    if not ActionForm().validate_on_submit():
        abort(400)
    return _onboard(artist)


@bp.route("/stripe/refresh")
@writes
def stripe_refresh():
    """Stripe sends the artist here when an onboarding link has expired: make a new one."""
    return _onboard(approved_profile())


@bp.route("/stripe/return")
@writes
def stripe_return():
    artist = approved_profile()
    account_id = artist.stripe_account_id
    if account_id:
        try:
            with released():  # no transaction open while Stripe answers
                account = gateway_for(current_app).retrieve_account(account_id)
            payouts.sync_account(db_session(), account)
        except PaymentProviderError:
            flash(_("Stripe could not be reached. Your account's status will show here soon."), "info")
    if artist.stripe_payouts_enabled:
        flash(_("Your Stripe account can receive transfers."), "success")
    else:
        flash(_("Stripe still needs some details before it can pay you."), "info")
    return redirect(url_for("earnings.index"))


def _onboard(artist: ArtistProfile):
    try:
        url = payouts.start_onboarding(
            db_session(), gateway_for(current_app), artist, current_user.email,
            refresh_url=external_url("earnings.stripe_refresh"),
            return_url=external_url("earnings.stripe_return"), between=released,
        )  # fmt: skip
    except payouts.PayoutError as error:
        flash(str(error.message), "error")
        return _page(artist, status=400)
    except PaymentProviderError:
        flash(_("Stripe could not be reached. Try again in a moment."), "error")
        return _page(artist, status=503)
    return redirect(url, 303)


def _page(artist: ArtistProfile, form=None, status: int = 200):
    session = db_session()
    days = current_app.config["PAYOUT_RELEASE_DAYS_AFTER_SHIPPING"]
    lines = ledger.artist_lines(session, artist.id, utcnow(), days)
    order_ids = {line.entry.order_id for line in lines}
    orders = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(order_ids)))}
    paid = payouts.history_page(session, artist.id, numbers.int_arg("page", 1, minimum=1))
    return render_template(
        "studio/earnings.html", artist=artist, lines=list(reversed(lines)), balances=ledger.summarise(lines),
        orders=orders, payouts=paid,
        details_form=form or PayoutDetailsForm(formdata=None, payout_details=artist.payout_details),
        action_form=ActionForm(formdata=None), stripe_possible=can_onboard(artist.country),
        release_days=days,
    ), status  # fmt: skip
