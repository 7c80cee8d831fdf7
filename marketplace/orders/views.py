"""Cart, checkout, the buyer's orders, and Stripe's webhook."""

from __future__ import annotations

from functools import partial

import stripe
from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from marketplace.accounts.access import safe_next
from marketplace.catalog import services as catalog
from marketplace.certificates.signing import signer_for
from marketplace.core.forms import ActionForm
from marketplace.db import after_commit, db_session, utcnow, writes
from marketplace.delivery import rates
from marketplace.delivery.destination import destination, remember_destination
from marketplace.extensions import csrf
from marketplace.finance import events as finance_events
from marketplace.finance import notify as artist_notify
from marketplace.i18n import current_language
from marketplace.i18n.formatting import country_name
from marketplace.orders import carts, checkout, fulfilment, notify, shipping
from marketplace.orders.current_cart import current_cart
from marketplace.orders.forms import AddressForm, CartLineForm, DownloadBuyerForm
from marketplace.orders.models import Order, OrderStatus, WebhookEvent
from marketplace.payments import methods
from marketplace.payments.gateway import PaymentProviderError, StripeGateway
from marketplace.payments.provider import gateway_for

bp = Blueprint("orders", __name__, url_prefix="/<lang_code>")
webhooks = Blueprint("webhooks", __name__)
#: Stripe Checkout's own page has no Swahili: it then follows the buyer's browser.
CHECKOUT_LOCALES = {"zh": "zh", "fr": "fr", "en": "en"}
SETTLING_EVENTS = {
    "checkout.session.completed",
    "checkout.session.async_payment_succeeded",
    "checkout.session.async_payment_failed",
    "checkout.session.expired",
}


def gateway() -> StripeGateway:
    return gateway_for(current_app)


def signer():
    return signer_for(current_app)


@bp.route("/cart/")
def cart():
    groups = carts.groups(current_cart())
    works = [line.work for group in groups for line in group.lines]
    texts = catalog.work_texts(db_session(), works, current_language())
    return render_template("orders/cart.html", groups=groups, texts=texts, line_form=CartLineForm())


@bp.route("/cart/<action>", methods=["POST"])
def change_cart(action: str):
    form = CartLineForm()
    back = safe_next(form.next.data) or url_for("orders.cart")
    if action not in ("add", "update", "remove") or not form.validate_on_submit():
        flash(_("Choose a quantity between 1 and %(max)d.", max=carts.MAX_QUANTITY), "error")
        return redirect(back)
    try:
        work_id = int(form.work_id.data)
        cart_ = current_cart(create=True)
        if action == "add":
            carts.add(db_session(), cart_, work_id, form.quantity.data or 1)
            flash(_("Added to your cart."), "success")
        elif action == "update":
            carts.set_quantity(db_session(), cart_, work_id, form.quantity.data)
        else:
            carts.remove(db_session(), cart_, work_id)
    except (carts.CartError, ValueError) as error:
        flash(str(getattr(error, "message", _("This work is not available any more."))), "error")
    return redirect(back)


@bp.route("/checkout/<currency>", methods=["GET", "POST"])
@login_required
def start_checkout(currency: str):
    """Address, then a review with each artist's delivery cost and estimate, then Stripe.

    The review's "Pay" button carries the total it showed; anything else in the form (amounts included)
    is ignored. If the recomputed total differs, the review is shown again instead of charging.
    """
    cart_ = current_cart()
    group = next((item for item in carts.groups(cart_) if item.currency == currency), None)
    if group is None or not group.payable:
        # Refused before calling Stripe: it cannot present this currency (e.g. GHS).
        return redirect(url_for("orders.cart"))
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
            redirect_to = _pay(form, cart_, currency, quotes)
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
        return rates.quote([(line.work, line.quantity) for line in group.lines], form.country.data, currency)
    except rates.NotShippable as refused:
        texts = catalog.work_texts(db_session(), refused.works, current_language())
        for work in refused.works:
            form.form_errors.append(
                _("“%(title)s” cannot be shipped to %(country)s.", title=texts[work.id]["title"].text,
                  country=country_name(refused.destination))
            )  # fmt: skip
        return None


def _pay(form: AddressForm, cart_, currency: str, quotes) -> str | None:
    """Create the order and its Stripe session; the payment page's address, or None (errors on the form)."""
    session, now = db_session(), utcnow()
    try:
        order = checkout.start(
            session, current_user, cart_, currency, _address(form), current_language(), now, quotes
        )
        remote = gateway().create_checkout_session(
            order_number=order.number,
            currency=currency,
            lines=[
                (
                    _("Delivery: %(artist)s", artist=line.title) if line.is_shipping else line.title,
                    methods.to_stripe_amount(line.unit_price_minor, currency),
                    line.quantity,
                )
                for line in order.lines
            ],
            methods=methods.methods_for(currency),
            success_url=url_for("orders.returned", number=order.number, _external=True)
            + "?session_id={CHECKOUT_SESSION_ID}",
            cancel_url=url_for("orders.cancel", number=order.number, _external=True),
            expires_at=order.expires_at,
            email=order.email,
            locale=CHECKOUT_LOCALES.get(current_language(), "auto"),
        )
    except checkout.CheckoutError as error:
        form.form_errors.append(error.message)
    except PaymentProviderError as error:
        form.form_errors.append(notify.provider_message(error.kind))
    else:
        order.stripe_session_id = remote.id
        checkout.remove_ordered_lines(cart_, order)
        return remote.url
    return None


@bp.route("/orders/")
@login_required
def my_orders():
    orders = db_session().scalars(
        select(Order).where(Order.buyer_id == current_user.id).order_by(Order.created_at.desc())
    )
    return render_template("orders/list.html", orders=list(orders))


@bp.route("/orders/<number>")
@login_required
def order(number: str):
    return render_template("orders/detail.html", order=_own_order(number))


@bp.route("/orders/<number>/return")
@writes
@login_required
def returned(number: str):
    """Stripe sends the buyer back here; the same fulfilment as the webhook settles the order."""
    item = _own_order(number)
    if item.stripe_session_id:
        try:
            outcome = fulfilment.settle(db_session(), gateway(), item.stripe_session_id, utcnow(), signer())
        except PaymentProviderError:
            flash(
                _("We could not confirm your payment yet. This page will show it as soon as it arrives."),
                "info",
            )
        else:
            after_commit(partial(notify.after_settle, outcome))
    return redirect(url_for("orders.order", number=number))


@bp.route("/orders/<number>/cancel")
@writes
@login_required
def cancel(number: str):
    """The buyer left the payment page: end the payment session and give the stock back."""
    item = _own_order(number)
    if item.status == OrderStatus.PENDING_PAYMENT.value and item.stripe_session_id:
        try:
            gateway().expire_session(item.stripe_session_id)
            outcome = fulfilment.settle(db_session(), gateway(), item.stripe_session_id, utcnow(), signer())
        except PaymentProviderError:
            flash(_("Your order will be cancelled automatically if it is not paid."), "info")
        else:
            after_commit(partial(notify.after_settle, outcome))
            flash(_("Your order was cancelled and nothing was charged."), "info")
    return redirect(url_for("orders.order", number=number))


@bp.route("/orders/<number>/shipments/<int:shipment_id>/received", methods=["POST"])
@login_required
def confirm_received(number: str, shipment_id: int):
    """The buyer confirms that one artist's part of the order has arrived."""
    item = _own_order(number)
    if not any(s.id == shipment_id for s in item.shipments):
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        delivery = shipping.confirm_received(db_session(), item, shipment_id, current_user.id, utcnow())
    except shipping.ShippingError as error:
        flash(str(error.message), "error")
    else:
        if delivery:
            after_commit(partial(notify.delivered, [delivery]))
        flash(_("Thank you: we have told the artist that it has arrived."), "success")
    return redirect(url_for("orders.order", number=number))


@webhooks.route("/webhooks/stripe", methods=["POST"])
@csrf.exempt
def stripe_webhook():
    event = _verified_event(request.get_data(), request.headers.get("Stripe-Signature", ""))
    if event is None:
        return {"error": "invalid signature"}, 400
    if event["type"] not in SETTLING_EVENTS | finance_events.EVENTS:
        return {"status": "ignored"}, 200  # nothing to do, and no need to take the write lock
    session = db_session()
    try:
        with session.begin_nested():
            session.add(WebhookEvent(event_id=event["id"], event_type=event["type"]))
    except IntegrityError:
        return {"status": "already processed"}, 200
    try:
        if event["type"] in finance_events.EVENTS:
            handled = finance_events.handle(session, gateway(), event, utcnow())
            if handled.refund_ids:
                after_commit(partial(artist_notify.refunded_in_stripe, list(handled.refund_ids)))
            if handled.dispute:  # opened or decided now, not on a redelivery
                after_commit(partial(artist_notify.disputed, *handled.dispute))
            return {"status": "ok"}, 200
        outcome = fulfilment.settle(session, gateway(), event["data"]["object"]["id"], utcnow(), signer())
    except PaymentProviderError:
        # Stripe retries a delivery that did not succeed; the recorded event id is rolled back with it.
        return {"error": "provider unavailable"}, 503
    after_commit(partial(notify.after_settle, outcome))
    return {"status": "ok"}, 200


def _verified_event(payload: bytes, signature: str):
    """The event, if signed with the account's endpoint secret or the Connect endpoint's (account.updated
    events of connected accounts reach a Connect endpoint, which Stripe signs with a secret of its own)."""
    config = current_app.config
    for secret in (config["STRIPE_WEBHOOK_SECRET"], config.get("STRIPE_CONNECT_WEBHOOK_SECRET")):
        if not secret:
            continue
        try:
            return stripe.Webhook.construct_event(payload, signature, secret)
        except (ValueError, stripe.SignatureVerificationError):
            continue
    return None


def _own_order(number: str) -> Order:
    item = db_session().scalar(select(Order).where(Order.number == number))
    if item is None or item.buyer_id != current_user.id:
        abort(404)
    return item


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
