"""Personal download links for digital works. Pure of Flask; never commits.

- A work is digital when the artist marked it so (``Work.is_digital``) or when its category is digital art:
  :func:`is_digital_work` is the one test, used everywhere a decision depends on it.
- When an order is paid, each of its digital work lines gets one :class:`DownloadGrant` for the buyer: a
  random URL-safe token, valid ``GRANT_DAYS`` days and for ``MAX_DOWNLOADS`` downloads.
- An artist whose lines in the order are all digital has "sent" their part when the links exist: their
  shipment is recorded with carrier ``download`` (``Shipment.is_download``; pages and emails tell it in
  their own words, never as a parcel), so the ledger releases their money after the same
  waiting time as a shipped work; an order without any physical work is shipped at once.
- A download is counted with one conditional UPDATE (within the limit, not revoked, not expired), so two
  simultaneous downloads can never go past the limit. Once the buyer has downloaded every digital line of
  an artist, that artist's part is delivered (``delivered_by = "buyer"``), and the order is delivered when
  every part is.
- A line refunded in full loses its links (``revoked_at``).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from marketplace import audit
from marketplace.catalog.models import Work
from marketplace.delivery.quotes import is_digital
from marketplace.downloads.models import DownloadGrant
from marketplace.downloads.storage import StoredFile
from marketplace.orders import workflow
from marketplace.orders.models import DOWNLOAD_CARRIER, Order, OrderLine, OrderStatus, Shipment
from marketplace.orders.shipments import BY_BUYER

#: How long a download link works after payment.
GRANT_DAYS = 30
#: How many times each link can be used (a new device, a failed download...).
MAX_DOWNLOADS = 5
#: Tokens are ``secrets.token_urlsafe(32)`` (43 characters); anything longer is refused unread.
MAX_TOKEN_LENGTH = 64

AVAILABLE, REVOKED, EXPIRED, USED_UP = "available", "revoked", "expired", "used_up"


#: Whether the buyer receives a work as a file to download instead of a parcel (one rule, delivery's).
is_digital_work = is_digital


def new_token() -> str:
    return secrets.token_urlsafe(32)


# --- the digital file ----------------------------------------------------------------------------


def attach_file(session: Session, work: Work, stored: StoredFile, actor_id: int | None) -> str | None:
    """Record ``stored`` as the work's file; returns the key of the file it replaces (to delete after
    commit), or None."""
    previous = work.digital_file_key
    work.digital_file_key = stored.key
    work.digital_file_name = stored.name
    work.digital_file_size = stored.size
    work.digital_content_type = stored.content_type
    audit.record(
        session, "work", work.id, action="digital_file", actor_id=actor_id, actor_role="artist",
        from_status=work.review_status, to_status=work.review_status,
        note=f"{stored.content_type}, {stored.size} bytes",
    )  # fmt: skip
    session.flush()
    return previous if previous and previous != stored.key else None


# --- grants at payment ---------------------------------------------------------------------------


def grant_for_order(session: Session, order: Order, now: datetime) -> list[DownloadGrant]:
    """Download links for the paid order's digital lines, and the artists' download "shipments".

    Idempotent: a line that already has a grant gets none, a shipment already sent keeps its date, and the
    order is moved to shipped only from paid. Returns the grants created by this call.
    """
    digital_lines = [line for line in order.work_lines if is_digital_work(line.work)]
    if not digital_lines:
        return []
    granted = set(
        session.scalars(
            select(DownloadGrant.order_line_id).where(
                DownloadGrant.order_line_id.in_([line.id for line in digital_lines])
            )
        )
    )
    created = []
    for line in digital_lines:
        if line.id in granted:
            continue
        grant = DownloadGrant(
            order_line_id=line.id,
            buyer_id=order.buyer_id,
            token=new_token(),
            expires_at=now + timedelta(days=GRANT_DAYS),
            max_downloads=MAX_DOWNLOADS,
            downloads=0,
            created_at=now,
        )
        session.add(grant)
        created.append(grant)
    for artist_id in sorted({line.artist_id for line in digital_lines}):
        own = [line for line in order.work_lines if line.artist_id == artist_id]
        if all(is_digital_work(line.work) for line in own):
            shipment = next((s for s in order.shipments if s.artist_id == artist_id), None)
            if shipment is None:
                shipment = Shipment(artist_id=artist_id)
                order.shipments.append(shipment)
            if shipment.shipped_at is None:
                shipment.carrier = DOWNLOAD_CARRIER
                shipment.tracking_number = ""
                shipment.shipped_at = now
    session.flush()
    physical = [line for line in order.work_lines if not is_digital_work(line.work)]
    if not physical and order.status == OrderStatus.PAID.value:
        workflow.ORDER.move(
            session,
            order,
            OrderStatus.SHIPPED,
            actor_id=None,
            actor_role="system",
            note="download links sent",
        )
    return created


def revoke_for_line(session: Session, line: OrderLine, now: datetime) -> int:
    """A digital line refunded in full loses its download links; returns how many were revoked.

    Does nothing for a line with money still paid for it (a partial refund) or that is not a digital work.
    """
    if line.is_shipping or line.refundable_minor > 0 or not is_digital_work(line.work):
        return 0
    result = session.execute(
        update(DownloadGrant)
        .where(DownloadGrant.order_line_id == line.id, DownloadGrant.revoked_at.is_(None))
        .values(revoked_at=now)
        .execution_options(synchronize_session="fetch")
    )
    return result.rowcount or 0


# --- what the buyer sees ------------------------------------------------------------------------


def state_of(grant: DownloadGrant, now: datetime) -> str:
    """available, revoked, expired or used_up (in that order of precedence)."""
    if grant.revoked_at is not None:
        return REVOKED
    if grant.expires_at <= now:
        return EXPIRED
    if grant.downloads >= grant.max_downloads:
        return USED_UP
    return AVAILABLE


@dataclass(frozen=True)
class LineDownload:
    """One digital line of an order as its buyer reads it."""

    line: OrderLine
    grant: DownloadGrant | None
    state: str  # available | revoked | expired | used_up | pending (paid, links not made yet)

    @property
    def left(self) -> int:
        return max(0, self.grant.max_downloads - self.grant.downloads) if self.grant else 0


def downloads_for_order(session: Session, order: Order, now: datetime) -> list[LineDownload]:
    """Each digital line of a paid order with its link and what is left of it."""
    if order.paid_at is None:
        return []
    lines = [line for line in order.work_lines if is_digital_work(line.work)]
    if not lines:
        return []
    grants = {
        grant.order_line_id: grant
        for grant in session.scalars(
            select(DownloadGrant)
            .where(DownloadGrant.order_line_id.in_([line.id for line in lines]))
            .order_by(DownloadGrant.id)
        )
    }
    result = []
    for line in lines:
        grant = grants.get(line.id)
        result.append(LineDownload(line, grant, state_of(grant, now) if grant else "pending"))
    return result


# --- the download ---------------------------------------------------------------------------------


def find_grant(session: Session, token: str, buyer_id: int) -> DownloadGrant | None:
    """The grant of ``token`` if it belongs to ``buyer_id``; None otherwise (unknown and foreign tokens
    look the same)."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    grant = session.scalar(select(DownloadGrant).where(DownloadGrant.token == token))
    if grant is None or grant.buyer_id != buyer_id:
        return None
    return grant


def take_download(session: Session, grant: DownloadGrant, actor_id: int, now: datetime) -> bool:
    """Count one download if the grant still allows it; False, with nothing counted, otherwise.

    The order row is locked first (as refunds do before revoking), then the grant is counted with one
    conditional UPDATE, so simultaneous downloads never pass the limit and never deadlock with a refund.
    A counted download may deliver the artist's part and the order (:func:`_record_delivery`).
    """
    line = session.get(OrderLine, grant.order_line_id)
    order = workflow.lock_order(session, line.order_id)
    result = session.execute(
        update(DownloadGrant)
        .where(
            DownloadGrant.id == grant.id,
            DownloadGrant.downloads < DownloadGrant.max_downloads,
            DownloadGrant.revoked_at.is_(None),
            DownloadGrant.expires_at > now,
        )
        .values(downloads=DownloadGrant.downloads + 1, last_download_at=now)
        .execution_options(synchronize_session=False)
    )
    session.refresh(grant)
    if result.rowcount != 1:
        return False
    _record_delivery(session, order, line, actor_id, now)
    return True


def _record_delivery(session: Session, order: Order, line: OrderLine, actor_id: int, now: datetime) -> None:
    """Once every digital line of the artist in this order has been downloaded, their part is delivered,
    and the order too when every part is."""
    shipment = next((s for s in order.shipments if s.artist_id == line.artist_id), None)
    if shipment is None or not shipment.is_download or shipment.delivered_at is not None:
        return
    artist_lines = [
        item.id
        for item in order.work_lines
        if item.artist_id == line.artist_id and is_digital_work(item.work)
    ]
    waiting = session.scalar(
        select(DownloadGrant.id).where(
            DownloadGrant.order_line_id.in_(artist_lines),
            DownloadGrant.revoked_at.is_(None),
            DownloadGrant.downloads == 0,
        )
    )
    if waiting is not None:
        return
    shipment.delivered_at = now
    shipment.delivered_by = BY_BUYER
    session.flush()
    if order.status == OrderStatus.SHIPPED.value and all(s.delivered_at for s in order.shipments):
        workflow.ORDER.move(
            session, order, OrderStatus.DELIVERED, actor_id=actor_id, actor_role="buyer", note="downloaded"
        )
