"""Paying artists what is available: Stripe transfers where Stripe can pay the artist, otherwise a payout
made outside Stripe (bank, mobile money, Alipay) and recorded by an administrator. Never commits.

A payout never exceeds the available balance, even when two are recorded at once: the artist's row is
locked first (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write transaction, begun with BEGIN IMMEDIATE,
already lets one writer in at a time), and the balance is read after the lock is held.
"""

from __future__ import annotations

import secrets
from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.catalog.models import ArtistProfile
from marketplace.errors import Refused
from marketplace.finance import ledger
from marketplace.finance.models import Payout, PayoutMethod
from marketplace.orders.models import Order
from marketplace.payments.gateway import ConnectedAccount, StripeGateway
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
    release_days: int,
) -> list[Payout]:  # fmt: skip
    """Transfer to the artist's Stripe account what is available, one transfer per order.

    Each transfer names the order as its ``transfer_group`` and the order's charge as its
    ``source_transaction`` (so Stripe takes it from that payment, even before the funds settle). Its
    idempotency key is made of the order, the artist and how many transfers the pair already had, so a
    retry after a failure half-way replays the transfers Stripe already made instead of making them twice.
    """
    artist = lock_artist(session, artist_id)
    if not (artist.stripe_account_id and artist.stripe_payouts_enabled):
        raise PayoutError(_l("This artist has no Stripe account that can receive transfers."))
    lines = ledger.artist_lines(session, artist.id, now, release_days)
    made: list[Payout] = []
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
            transfer_id = gateway.create_transfer(
                amount=to_stripe_amount(amount, currency),
                currency=currency,
                destination=artist.stripe_account_id,
                transfer_group=order.number,
                source_transaction=order.charge_id,
                key=f"transfer-{order.number}-artist-{artist.id}-{earlier + 1}",
                metadata={"order_number": order.number, "artist": str(artist.id)},
            )
            payout = Payout(
                artist_id=artist.id, currency=currency, amount_minor=amount,
                method=PayoutMethod.STRIPE_CONNECT.value, reference=transfer_id, paid_on=now.date(),
                order_id=order.id, stripe_transfer_id=transfer_id, recorded_by_id=actor_id, created_at=now,
            )  # fmt: skip
            session.add(payout)
            session.flush()
            ledger.record_payout(session, artist.id, currency, amount, payout.id, now, order_id=order.id)
            audit.record(
                session, "payout", payout.id, action="transfer", actor_id=actor_id,
                actor_role="admin" if actor_id else "system", to_status="paid",
                note=f"{amount} {currency} to {artist.stripe_account_id} for {order.number}",
            )  # fmt: skip
            left -= amount
            made.append(payout)
    return made


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
    return_url: str,
) -> str:  # fmt: skip
    """The address of Stripe's onboarding for the artist, creating their connected account the first time."""
    from marketplace.payments.connect import can_onboard

    if not can_onboard(artist.country):
        raise PayoutError(
            _l("Stripe cannot pay artists in your country yet: we pay you by the means you give us.")
        )
    if not artist.stripe_account_id:
        account = gateway.create_account(artist_ref=str(artist.id), country=artist.country, email=email)
        artist.stripe_account_id = account.id
        sync_account(session, account)
    return gateway.create_account_link(
        artist.stripe_account_id, refresh_url=refresh_url, return_url=return_url,
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


def history(session: Session, artist_id: int | None = None, limit: int = 200) -> list[Payout]:
    statement = select(Payout).order_by(Payout.id.desc()).limit(limit)
    if artist_id is not None:
        statement = statement.where(Payout.artist_id == artist_id)
    return list(session.scalars(statement))
