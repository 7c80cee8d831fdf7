"""Checkout: the buyer's address, a review with each artist's delivery cost and estimate, then Stripe's
payment page. Coming back from it is the settlement's (settlement/views.py)."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from marketplace.catalog import services as catalog
from marketplace.db import commit_now, db_session, utcnow
from marketplace.delivery import quotes as delivery_quotes
from marketplace.delivery.destination import destination, remember_destination
from marketplace.i18n import current_language
from marketplace.i18n.formatting import country_name
from marketplace.links import external_url
from marketplace.orders import carts, checkout, notify
from marketplace.orders.current_cart import current_cart
from marketplace.orders.forms import AddressForm, DownloadBuyerForm
from marketplace.orders.models import Order
from marketplace.payments import methods
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for

bp = Blueprint("checkout", __name__, url_prefix="/<lang_code>/checkout")
#: Stripe Checkout's own page has no Swahili: it then follows the buyer's browser.
CHECKOUT_LOCALES = {"zh": "zh", "fr": "fr", "en": "en"}
#: Stripe puts the session's id into the return address in place of this template.
RETURN_QUERY = "?session_id={CHECKOUT_SESSION_ID}"


@bp.route("/<currency>", methods=["GET", "POST"])
@login_required
def start(currency: str):
    """Address, then a review with each artist's delivery cost and estimate, then Stripe.

    The review's "Pay" button carries the total it showed; anything else in the form (amounts included)
    is ignored. If the recomputed total differs, the review is shown again instead of charging.
    """
    cart = current_cart(with_works=True)
    group = next((item for item in carts.groups(cart) if item.currency == currency), None)
    if group is None or not group.payable:
        # Refused before calling Stripe: it cannot present this currency (e.g. GHS).
        return redirect(url_for("cart.index"))
    downloads_only = not any(line.work.is_physical for line in group.lines)
    form = DownloadBuyerForm() if downloads_only else AddressForm()
    if not form.is_submitted():
        _offer_known_address(form)
    context: dict = {"form": form, "group": group, "methods": methods.methods_for(currency),
                     "downloads_only": downloads_only}  # fmt: skip
    if request.form.get("edit"):  # "Change the address" on the review: the address form, filled in
        return render_template("orders/checkout.html", **context)
    if form.validate_on_submit():
        remember_destination(form.country.data)
        quotes = _delivery_quotes(form, group, currency)
        if quotes is not None:
            total = group.total_minor + sum(quote.amount_minor for quote in quotes)
            confirmed = request.form.get("confirm")
            if confirmed != str(total):
                context.update(quotes=quotes, total=total, changed=confirmed is not None)
                return render_template("orders/checkout_review.html", **context)
            redirect_to = _pay(form, cart, currency, quotes)
            if redirect_to:
                return redirect(redirect_to, 303)
    status = 400 if form.is_submitted() else 200
    return render_template("orders/checkout.html", **context), status


def _offer_known_address(form: AddressForm) -> None:
    """A new checkout starts from the buyer's last address, or at least the country they deliver to."""
    known, chosen = checkout.last_address(db_session(), current_user), destination()
    if known is not None and chosen in (None, known.country):
        for name, value in vars(known).items():
            form[name].data = value
    elif chosen:
        form.country.data = chosen


def _delivery_quotes(form: AddressForm, group, currency: str):
    try:
        items = [(line.work, line.quantity) for line in group.lines]
        return delivery_quotes.quote(items, form.country.data, currency)
    except delivery_quotes.NotShippable as refused:
        texts = catalog.work_texts(db_session(), refused.works, current_language())
        for work in refused.works:
            form.form_errors.append(
                _("“%(title)s” cannot be shipped to %(country)s.", title=texts[work.id]["title"].text,
                  country=country_name(refused.destination))
            )  # fmt: skip
        return None


def _pay(form: AddressForm, cart, currency: str, quotes) -> str | None:
    """Create the order and its Stripe session; the payment page's address, or None (errors on the form).

    Two short transactions around the call to Stripe, never one open across it (a slow Stripe would hold
    the database's write lock and every other buyer would wait): the order and its held stock are committed
    first; then the session's id is recorded, or, if Stripe refused or did not answer, the stock is given
    back and the order cancelled. An order left pending without a session (the process died in between)
    is released by the sweep when its hold ends.
    """
    session = db_session()
    try:
        order = checkout.start(
            session, current_user, cart, currency, _address(form), current_language(), utcnow(), quotes
        )
    except checkout.CheckoutError as error:
        form.form_errors.append(error.message)
        return None
    order_id, payment = order.id, _payment_request(order, currency)
    commit_now()
    try:
        remote = gateway_for(current_app).create_checkout_session(**payment)
    except PaymentProviderError as error:
        checkout.abandon(session, session.get(Order, order_id), f"payment page not opened: {error.kind}")
        commit_now()
        form.form_errors.append(notify.provider_message(error.kind))
        return None
    order = session.get(Order, order_id)
    order.stripe_session_id = remote.id
    checkout.remove_ordered_lines(cart, order)
    return remote.url


def _payment_request(order, currency: str) -> dict:
    """What Stripe's Checkout needs for ``order``, as plain values (read before the transaction ends)."""
    return {
        "order_number": order.number,
        "currency": currency,
        "lines": [
            (
                _("Delivery: %(artist)s", artist=line.title) if line.is_shipping else line.buyer_title,
                methods.to_stripe_amount(line.unit_price_minor, currency),
                line.quantity,
            )
            for line in order.lines
        ],
        "methods": methods.methods_for(currency),
        "success_url": external_url("payment.returned", number=order.number) + RETURN_QUERY,
        "cancel_url": external_url("payment.cancel", number=order.number),
        "expires_at": order.expires_at,
        "email": order.email,
        "locale": CHECKOUT_LOCALES.get(current_language(), "auto"),
    }


def _address(form: AddressForm) -> checkout.Address:
    return checkout.Address(
        name=form.name.data,
        line1=form.line1.data or "",  # empty for downloads only (DownloadBuyerForm)
        line2=form.line2.data or "",
        city=form.city.data or "",
        region=form.region.data or "",
        postal_code=form.postal_code.data or "",
        country=form.country.data,
        phone=form.phone.data or "",
    )
