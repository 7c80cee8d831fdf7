"""Paying artists what is available: Stripe transfers where Stripe can pay the artist, otherwise a payout
made outside Stripe (bank, mobile money, Alipay) and recorded by an administrator. Never commits.

A payout never exceeds the available balance, even when two are recorded at once: the artist's row is
locked first (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write transaction, begun with BEGIN IMMEDIATE,
already lets one writer in at a time), and the balance is read after the lock is held.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.catalog.models import ArtistProfile
from marketplace.core.paging import Page, page_of
from marketplace.errors import Interrupted, Refused
from marketplace.finance import ledger
from marketplace.finance.models import Payout, PayoutMethod
from marketplace.orders.models import Order
from marketplace.payments.gateway import ConnectedAccount, PaymentProviderError, StripeGateway
from marketplace.payments.methods import to_stripe_amount

OUTSIDE_STRIPE = tuple(m for m in PayoutMethod if m is not PayoutMethod.STRIPE_CONNECT)


class PayoutError(Refused):
    pass


def lock_artist(session: Session, artist_id: int) -> ArtistProfile:
    artist = session.scalar(
        select(ArtistProfile)
        .where(ArtistProfile.id == artist_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if artist is None:
        raise PayoutError(_l("There is no such artist."))
    return artist


def record_outside_stripe(
    session: Session,
    artist_id: int,
    currency: str,
    amount_minor: int,
    method: PayoutMethod,
    reference: str,
    paid_on: date,
    actor_id: int,
    now: datetime,
    release_days: int,
) -> Payout:
    """An administrator records money sent to the artist by bank, mobile money, Alipay or otherwise."""
    if method not in OUTSIDE_STRIPE:
        raise PayoutError(_l("Stripe transfers are made by the marketplace, not recorded by hand."))
    if amount_minor <= 0:
        raise PayoutError(_l("The amount must be more than zero."))
    if not reference.strip():
        raise PayoutError(_l("Enter the payment's reference."))
    if paid_on > now.date():
        raise PayoutError(_l("The payment date cannot be in the future."))
    artist = lock_artist(session, artist_id)
    available = ledger.balances(session, artist.id, now, release_days).get(currency)
    if available is None or amount_minor > available.available:
        raise PayoutError(_l("This is more than the artist's available balance."))
    payout = Payout(
        artist_id=artist.id, currency=currency, amount_minor=amount_minor, method=method.value,
        reference=reference.strip(), paid_on=paid_on, recorded_by_id=actor_id, created_at=now,
    )  # fmt: skip
    session.add(payout)
    session.flush()
    ledger.record_payout(session, artist.id, currency, amount_minor, payout.id, now)
    audit.record(
        session, "payout", payout.id, action="record", actor_id=actor_id, actor_role="admin",
        to_status="paid", note=f"{amount_minor} {currency} {method.value} {payout.reference}",
    )  # fmt: skip
    return payout


def transfer_available(
    session: Session, gateway: StripeGateway, artist_id: int, actor_id: int | None, now: datetime,
    release_days: int, between: Callable[[], AbstractContextManager] = nullcontext,
) -> list[Payout]:  # fmt: skip
    """Transfer to the artist's Stripe account what is available, one transfer per order.

    Each transfer names the order as its ``transfer_group`` and the order's charge as its
    ``source_transaction`` (so Stripe takes it from that payment, even before the funds settle). Its
    idempotency key is made of the order, the artist and how many transfers the pair already had, so a
    retry after a failure half-way replays the transfers Stripe already made instead of making them twice.
    The transfers are planned under the artist's lock; each is asked of Stripe inside ``between()`` (a
    request ends its transaction there: no lock while Stripe answers) and recorded after, once.
    """
    plans = _plan_transfers(session, artist_id, now, release_days)
    made: list[Payout] = []
    for plan in plans:
        try:
            with between():
                transfer_id = gateway.create_transfer(
                    amount=to_stripe_amount(plan.amount, plan.currency), currency=plan.currency,
                    destination=plan.destination, transfer_group=plan.order_number,
                    source_transaction=plan.charge_id, key=plan.key,
                    metadata={"order_number": plan.order_number, "artist": str(artist_id)},
                )  # fmt: skip
        except PaymentProviderError as error:
            if made and between is not nullcontext:  # the transfers before were committed: say which
                raise Interrupted(made, error) from error
            raise
        payout = _record_transfer(session, artist_id, plan, transfer_id, actor_id, now)
        if payout is not None:
            made.append(payout)
    return made


@dataclass(frozen=True)
class _Transfer:
    order_id: int
    order_number: str
    charge_id: str
    currency: str
    amount: int
    destination: str
    key: str


def _plan_transfers(session: Session, artist_id: int, now: datetime, release_days: int) -> list[_Transfer]:
    artist = lock_artist(session, artist_id)
    if not (artist.stripe_account_id and artist.stripe_payouts_enabled):
        raise PayoutError(_l("This artist has no Stripe account that can receive transfers."))
    lines = ledger.artist_lines(session, artist.id, now, release_days)
    plans = []
    for currency, balance in ledger.summarise(lines).items():
        left = balance.available
        for order_id, amount in sorted(ledger.available_by_order(lines, currency).items()):
            amount = min(amount, left)
            if amount <= 0:
                continue
            order = session.get(Order, order_id)
            earlier = session.scalar(
                select(func.count(Payout.id)).where(
                    Payout.order_id == order.id, Payout.artist_id == artist.id,
                    Payout.method == PayoutMethod.STRIPE_CONNECT.value,
                )
            )  # fmt: skip
            plans.append(_Transfer(
                order_id=order.id, order_number=order.number, charge_id=order.charge_id, currency=currency,
                amount=amount, destination=artist.stripe_account_id,
                key=f"transfer-{order.number}-artist-{artist.id}-{earlier + 1}",
            ))  # fmt: skip
            left -= amount
    return plans


def _record_transfer(
    session: Session, artist_id: int, plan: _Transfer, transfer_id: str, actor_id: int | None, now: datetime
) -> Payout | None:
    """The transfer Stripe made, in our books (once: a replayed transfer is already there)."""
    artist = lock_artist(session, artist_id)
    if session.scalar(select(Payout.id).where(Payout.stripe_transfer_id == transfer_id)):
        return None
    payout = Payout(
        artist_id=artist.id, currency=plan.currency, amount_minor=plan.amount,
        method=PayoutMethod.STRIPE_CONNECT.value, reference=transfer_id, paid_on=now.date(),
        order_id=plan.order_id, stripe_transfer_id=transfer_id, recorded_by_id=actor_id, created_at=now,
    )  # fmt: skip
    session.add(payout)
    session.flush()
    ledger.record_payout(
        session, artist.id, plan.currency, plan.amount, payout.id, now, order_id=plan.order_id
    )
    audit.record(
        session, "payout", payout.id, action="transfer", actor_id=actor_id,
        actor_role="admin" if actor_id else "system", to_status="paid",
        note=f"{plan.amount} {plan.currency} to {plan.destination} for {plan.order_number}",
    )  # fmt: skip
    return payout


def transfers_for(session: Session, order_id: int, artist_id: int) -> list[Payout]:
    return list(
        session.scalars(
            select(Payout)
            .where(
                Payout.order_id == order_id,
                Payout.artist_id == artist_id,
                Payout.method == PayoutMethod.STRIPE_CONNECT.value,
            )
            .order_by(Payout.id)
        )
    )


def start_onboarding(
    session: Session, gateway: StripeGateway, artist: ArtistProfile, email: str, refresh_url: str,
    return_url: str, between: Callable[[], AbstractContextManager] = nullcontext,
) -> str:  # fmt: skip
    """The address of Stripe's onboarding for the artist, creating their connected account the first time.
    Stripe is called inside ``between()`` (a request ends its transaction there)."""
    from marketplace.payments.connect import can_onboard

    if not can_onboard(artist.country):
        raise PayoutError(
            _l("Stripe cannot pay artists in your country yet: we pay you by the means you give us.")
        )
    artist_id, account_id, country = artist.id, artist.stripe_account_id, artist.country
    if not account_id:
        with between():  # one account per artist: the key is the artist's, so a retry finds the same one
            account = gateway.create_account(artist_ref=str(artist_id), country=country, email=email)
        artist = session.get(ArtistProfile, artist_id)
        artist.stripe_account_id = artist.stripe_account_id or account.id
        sync_account(session, account)
        account_id = artist.stripe_account_id
    with between():
        return gateway.create_account_link(
            account_id, refresh_url=refresh_url, return_url=return_url,
            # A link is used once: each visit asks for a new one (the key only guards the library's retries).
            key=f"account-link-{secrets.token_hex(8)}",
        )  # fmt: skip


def sync_account(session: Session, account: ConnectedAccount) -> ArtistProfile | None:
    """Keep the artist's record of a connected account as Stripe reports it (account.updated)."""
    artist = session.scalar(select(ArtistProfile).where(ArtistProfile.stripe_account_id == account.id))
    if artist is None:
        return None
    artist.stripe_details_submitted = account.details_submitted
    artist.stripe_payouts_enabled = account.payouts_enabled and account.transfers_active
    session.flush()
    return artist


#: Payouts per page of the artist's list (the studio's earnings).
PAGE_SIZE = 50


def history(session: Session, artist_id: int | None = None, limit: int = 200) -> list[Payout]:
    return list(session.scalars(_history(artist_id).limit(limit)))


def history_page(session: Session, artist_id: int, number: int) -> Page[Payout]:
    """A page of the artist's payouts, newest first."""
    return page_of(session, _history(artist_id), number, PAGE_SIZE)


def _history(artist_id: int | None):
    statement = select(Payout).order_by(Payout.id.desc())
    if artist_id is not None:
        statement = statement.where(Payout.artist_id == artist_id)
    return statement
