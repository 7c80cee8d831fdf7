"""Administrators: orders and refunds, payouts and artists' ledgers, disputes, commission, exchange rates."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, or_, select

from marketplace import audit, numbers
from marketplace.accounts.access import role_required
from marketplace.accounts.models import Role
from marketplace.catalog.models import ArtistProfile
from marketplace.core.forms import ActionForm
from marketplace.core.paging import page_of
from marketplace.db import db_session, released, utcnow
from marketplace.errors import Interrupted
from marketplace.exchange_rates import services as rates
from marketplace.finance import commission, disputes, ledger, payouts, refunds
from marketplace.finance import notify as artist_notify
from marketplace.finance.forms import (
    CommissionForm,
    PayoutForm,
    RateForm,
    RatesFileForm,
    RefundForm,
    RefundOrderForm,
    minor_amount,
)
from marketplace.finance.models import Dispute, LedgerEntry, PayoutMethod
from marketplace.orders import notify
from marketplace.orders.access import WITH_PARTS
from marketplace.orders.models import Order, OrderStatus
from marketplace.payments.gateway import PaymentProviderError
from marketplace.payments.provider import gateway_for

bp = Blueprint("money_admin", __name__, url_prefix="/<lang_code>/admin/money")
PAGE_SIZE = 50


@bp.before_request
@role_required(Role.ADMIN)
def _administrators_only():
    """Every page here is for administrators."""


def release_days() -> int:
    return current_app.config["PAYOUT_RELEASE_DAYS_AFTER_SHIPPING"]


# --- orders and refunds ------------------------------------------------------------------------------------


@bp.route("/orders/")
def orders():
    session = db_session()
    status = request.args.get("status") if request.args.get("status") in set(OrderStatus) else None
    query = request.args.get("q", "").strip()[:100]
    page = numbers.int_arg("page", 1, minimum=1)
    statement = select(Order)
    if status:
        statement = statement.where(Order.status == status)
    if query:
        pattern = f"%{query.lower()}%"
        statement = statement.where(or_(Order.number.ilike(pattern), Order.email.like(pattern)))
    total = session.scalar(select(func.count()).select_from(statement.subquery()))
    found = session.scalars(
        statement.order_by(Order.created_at.desc()).limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)
    ).all()
    return render_template(
        "admin/orders.html", orders=found, status=status, query=query, page=page, total=total,
        pages=max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1), statuses=list(OrderStatus),
    )  # fmt: skip


@bp.route("/orders/<number>")
def order(number: str):
    return _order_page(_order(number))


@bp.route("/orders/<number>/refund", methods=["POST"])
def refund(number: str):
    item = _order(number)
    form = RefundForm()
    if not form.validate_on_submit():
        return _order_page(item, refund_form=form, status=400)
    amount = minor_amount(form.amount, item.currency)
    if form.amount.data is not None and amount is None:
        return _order_page(item, refund_form=form, status=400)
    actor = refunds.Actor(current_user.id, "admin")
    try:
        refund = refunds.refund_line(
            db_session(), gateway_for(current_app), item.id, form.line_id.data, amount,
            form.restock.data,
            form.reason.data, actor, utcnow(), between=released,
        )  # fmt: skip
    except (refunds.RefundError, ValueError) as error:
        form.form_errors.append(getattr(error, "message", _("This line cannot be refunded.")))
        return _order_page(item, refund_form=form, status=400)
    except PaymentProviderError:
        form.form_errors.append(_("Stripe could not be reached. Nothing was refunded; try again."))
        return _order_page(item, refund_form=form, status=503)
    notify.refunded(db_session(), number, refund.amount_minor, form.reason.data)
    artist_notify.refunded(db_session(), [refund.id], form.reason.data)
    flash(_("The refund has been made."), "success")
    return redirect(url_for("money_admin.order", number=number))


@bp.route("/orders/<number>/refund-all", methods=["POST"])
def refund_all(number: str):
    item = _order(number)
    form = RefundOrderForm()
    if not form.validate_on_submit():
        return _order_page(item, order_form=form, status=400)
    try:
        made = refunds.refund_order(
            db_session(),
            gateway_for(current_app),
            item.id,
            form.reason.data,
            refunds.Actor(current_user.id, "admin"),
            utcnow(),
            between=released,
        )
    except Interrupted as interrupted:  # the lines refunded before Stripe stopped answering stand
        made = interrupted.done
        flash(_("Stripe could not be reached. Try again in a moment."), "error")
    except refunds.RefundError as error:
        form.form_errors.append(error.message)
        return _order_page(item, order_form=form, status=400)
    except PaymentProviderError:
        form.form_errors.append(_("Stripe could not be reached. Nothing was refunded; try again."))
        return _order_page(item, order_form=form, status=503)
    amount = sum(refund.amount_minor for refund in made)
    notify.refunded(db_session(), number, amount, form.reason.data)
    artist_notify.refunded(db_session(), [refund.id for refund in made], form.reason.data)
    flash(_("The order has been refunded."), "success")
    return redirect(url_for("money_admin.order", number=number))


# --- artists, ledgers and payouts --------------------------------------------------------------------------


@bp.route("/payouts/")
def payouts_index():
    """A page of the artists with money in the ledger (by name), with their balances; the platform's."""
    session = db_session()
    in_ledger = select(LedgerEntry.artist_id).where(LedgerEntry.artist_id.is_not(None))
    artists = page_of(
        session,
        select(ArtistProfile)
        .where(ArtistProfile.id.in_(in_ledger))
        .order_by(func.lower(ArtistProfile.public_name), ArtistProfile.id),
        numbers.int_arg("page", 1, minimum=1),
        PAGE_SIZE,
    )
    lines = ledger.lines_by_artist(session, [artist.id for artist in artists], utcnow(), release_days())
    rows = [(artist, ledger.summarise(lines.get(artist.id, []))) for artist in artists]
    return render_template(
        "admin/payouts.html", rows=rows, page=artists, recent=payouts.history(session, limit=50),
        platform=ledger.platform_balances(session),
    )  # fmt: skip


@bp.route("/artists/<int:artist_id>/ledger")
def artist_ledger(artist_id: int):
    return _ledger_page(_artist(artist_id))


@bp.route("/artists/<int:artist_id>/payouts", methods=["POST"])
def record_payout(artist_id: int):
    artist = _artist(artist_id)
    form = PayoutForm()
    if not form.validate_on_submit():
        return _ledger_page(artist, form, status=400)
    amount = minor_amount(form.amount, form.currency.data)
    if amount is None:
        return _ledger_page(artist, form, status=400)
    try:
        payout = payouts.record_outside_stripe(
            db_session(), artist.id, form.currency.data, amount, PayoutMethod(form.method.data),
            form.reference.data, form.paid_on.data, current_user.id, utcnow(), release_days(),
        )  # fmt: skip
    except payouts.PayoutError as error:
        form.form_errors.append(error.message)
        return _ledger_page(artist, form, status=400)
    artist_notify.paid_out(db_session(), [payout.id])
    flash(_("The payout has been recorded."), "success")
    return redirect(url_for("money_admin.artist_ledger", artist_id=artist.id))


@bp.route("/artists/<int:artist_id>/transfer", methods=["POST"])
def transfer(artist_id: int):
    artist = _artist(artist_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    try:
        made = payouts.transfer_available(
            db_session(), gateway_for(current_app), artist.id, current_user.id, utcnow(), release_days(),
            between=released,
        )  # fmt: skip
    except Interrupted as interrupted:  # the transfers made before Stripe stopped answering stand
        made = interrupted.done
        flash(_("Stripe could not be reached. Try again in a moment."), "error")
    except payouts.PayoutError as error:
        flash(str(error.message), "error")
        return _ledger_page(artist, status=400)
    except PaymentProviderError:
        flash(_("Stripe could not be reached. Nothing was transferred; try again."), "error")
        return _ledger_page(artist, status=503)
    if made:
        artist_notify.paid_out(db_session(), [payout.id for payout in made])
        flash(_("Transferred through Stripe: %(count)s transfers.", count=len(made)), "success")
    else:
        flash(_("Nothing is available to transfer."), "info")
    return redirect(url_for("money_admin.artist_ledger", artist_id=artist.id))


# --- disputes, commission, exchange rates ------------------------------------------------------------------


@bp.route("/disputes/")
def disputes_index():
    session = db_session()
    found = disputes.all_disputes(session, numbers.int_arg("page", 1, minimum=1))
    orders_by_id = {
        o.id: o for o in session.scalars(select(Order).where(Order.id.in_({d.order_id for d in found})))
    }
    return render_template(
        "admin/disputes.html", open_disputes=[d for d in found if d.status == "open"],
        closed=[d for d in found if d.status != "open"], orders=orders_by_id, page=found,
    )  # fmt: skip


@bp.route("/commission", methods=["GET", "POST"])
def commission_settings():
    session = db_session()
    form = CommissionForm()
    status = 200
    if form.is_submitted():
        status = 400
        if form.validate():
            category = form.category.data or None
            if form.clear.data and category:
                rate_bp = None
            elif form.rate.data is None:
                form.rate.errors = [*form.rate.errors, _("Enter the commission in percent.")]
                rate_bp = False
            else:
                basis_points = form.rate.data * 100
                if basis_points != basis_points.to_integral_value():
                    form.rate.errors = [*form.rate.errors, _("Use at most two decimals (12.25 %).")]
                    rate_bp = False
                else:
                    rate_bp = int(basis_points)
            if rate_bp is not False:
                commission.set_rate(session, category, rate_bp, current_user.id, utcnow())
                flash(_("The commission has been saved. It applies to lines paid from now on."), "success")
                return redirect(url_for("money_admin.commission_settings"))
    return render_template(
        "admin/commission.html", form=form, rates=commission.current_rates(session),
        history=commission.history(session),
    ), status  # fmt: skip


@bp.route("/rates", methods=["GET", "POST"])
def exchange_rates():
    session = db_session()
    form, file_form = RateForm(prefix="rate"), RatesFileForm(prefix="file")
    status = 200
    if request.method == "POST":
        status = 400
        if "rate-currency" in request.form and form.validate_on_submit():
            line = f"currency,per_usd,as_of\n{form.currency.data},{form.per_usd.data},{form.as_of.data}\n"
            return _load_rates(session, line, form)
        if "file-csrf_token" in request.form and file_form.validate_on_submit():
            text = file_form.file.data.read(200_000).decode("utf-8", errors="replace")
            return _load_rates(session, text, file_form)
    return _rates_page(session, form, file_form, status)


def _load_rates(session, text: str, form):
    try:
        count = rates.load_csv(session, text)
    except rates.RatesFileError:
        form.form_errors.append(
            _("Refused, nothing was changed: each row needs a currency code, a number above zero and a "
              "date (YYYY-MM-DD), under the header currency,per_usd,as_of.")
        )  # fmt: skip
        forms = (
            (form, RatesFileForm(prefix="file"))
            if isinstance(form, RateForm)
            else (RateForm(prefix="rate"), form)
        )
        return _rates_page(session, *forms, status=400)
    audit.record(
        session, "rates", 0, action="load", actor_id=current_user.id, actor_role="admin",
        note=f"{count} rates",
    )  # fmt: skip
    flash(_("Exchange rates saved: %(count)s.", count=count), "success")
    return redirect(url_for("money_admin.exchange_rates"))


# --- helpers -----------------------------------------------------------------------------------------------


def _rates_page(session, form, file_form, status: int = 200):
    form.as_of.data = form.as_of.data or date.today()
    return render_template(
        "admin/rates.html", form=form, file_form=file_form, latest=rates.latest(session)
    ), status


def _order(number: str) -> Order:
    item = db_session().scalar(select(Order).where(Order.number == number).options(*WITH_PARTS))
    if item is None:
        abort(404)
    return item


def _artist(artist_id: int) -> ArtistProfile:
    artist = db_session().get(ArtistProfile, artist_id)
    if artist is None:
        abort(404)
    return artist


def _order_page(item: Order, refund_form=None, order_form=None, status: int = 200):
    session = db_session()
    entries = session.scalars(
        select(LedgerEntry).where(LedgerEntry.order_id == item.id).order_by(LedgerEntry.id)
    ).all()
    return render_template(
        "admin/order.html", order=item, entries=entries, refunds=refunds.refunds_for(session, item.id),
        disputes=session.scalars(select(Dispute).where(Dispute.order_id == item.id)).all(),
        history=audit.history(session, "order", item.id), net=ledger.order_net(session, item.id),
        refund_form=refund_form or RefundForm(formdata=None),
        order_form=order_form or RefundOrderForm(formdata=None),
        refundable=item.status in refunds.REFUNDABLE,
        shipped={s.artist_id for s in item.shipments if s.shipped_at},
    ), status  # fmt: skip


def _ledger_page(artist: ArtistProfile, form=None, status: int = 200):
    session = db_session()
    lines = ledger.artist_lines(session, artist.id, utcnow(), release_days())
    order_ids = {line.entry.order_id for line in lines}
    orders_by_id = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(order_ids)))}
    return render_template(
        "admin/artist_ledger.html", artist=artist, lines=list(reversed(lines)),
        balances=ledger.summarise(lines), orders=orders_by_id,
        payout_form=form or PayoutForm(formdata=None, paid_on=date.today()),
        transfer_form=ActionForm(formdata=None), payouts=payouts.history(session, artist.id),
    ), status  # fmt: skip
