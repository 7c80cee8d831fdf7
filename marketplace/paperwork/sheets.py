"""The packing and customs sheet of one artist's part of an order: what the parcel holds, each work's
heading, materials and declared value, the reason for export, sender and recipient. Reads, never commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from marketplace.catalog.models import ArtistProfile, Work
from marketplace.delivery.customs import (
    declared_value,
    hs_description,
    is_work_of_art,
    restricted_materials_of,
    work_hs_code,
)
from marketplace.orders.models import Order, OrderLine, OrderStatus, Shipment

#: An artist prints the sheet of an order once it is paid (never of one waiting for payment or abandoned).
SHEET_STATUSES = (
    OrderStatus.PAID.value,
    OrderStatus.SHIPPED.value,
    OrderStatus.PARTIALLY_REFUNDED.value,
    OrderStatus.DELIVERED.value,
    OrderStatus.REFUNDED.value,
)

REASON_ART = _l("Sale of an original work of art")
REASON_GOODS = _l("Sale of goods")


@dataclass(frozen=True)
class SheetLine:
    """One work in the parcel: the units sold and not returned to stock."""

    title: str
    language: str
    hs_code: str
    hs_description: str
    materials: str
    quantity: int
    unit_value_minor: int
    total_value_minor: int
    total_weight_g: int | None
    dimensions_cm: tuple[int, ...]
    origin_country: str
    restricted: list[str]


@dataclass(frozen=True)
class PackingSheet:
    order: Order
    artist: ArtistProfile
    shipment: Shipment | None
    sender_country: str
    currency: str
    lines: list[SheetLine]
    total_quantity: int
    total_value_minor: int
    total_weight_g: int
    weight_missing: bool
    reason: object
    restricted: list[str] = field(default_factory=list)


def order_by_number(session: Session, number: str) -> Order | None:
    return session.scalar(select(Order).where(Order.number == number))


def has_work_lines(order: Order, artist_id: int) -> bool:
    return any(line.artist_id == artist_id for line in order.work_lines)


def parcel_lines(order: Order, artist_id: int) -> list[OrderLine]:
    """This artist's lines that travel: physical works with units not returned to stock."""
    return [
        line
        for line in order.work_lines
        if line.artist_id == artist_id and line.work.is_physical and line.restocked < line.quantity
    ]


def packing_sheet(order: Order, artist: ArtistProfile) -> PackingSheet:
    """What goes on the packing and customs sheet of ``artist``'s part of ``order``."""
    parcel = parcel_lines(order, artist.id)
    lines = [_sheet_line(order, line) for line in parcel]
    codes = [line.hs_code for line in lines]
    restricted = sorted({name for line in lines for name in line.restricted})
    return PackingSheet(
        order=order,
        artist=artist,
        shipment=next((s for s in order.shipments if s.artist_id == artist.id), None),
        sender_country=_ships_from([line.work for line in parcel]) or artist.country,
        currency=order.currency,
        lines=lines,
        total_quantity=sum(line.quantity for line in lines),
        total_value_minor=sum(line.total_value_minor for line in lines),
        total_weight_g=sum(line.total_weight_g or 0 for line in lines),
        weight_missing=any(line.total_weight_g is None for line in lines),
        reason=REASON_ART if codes and all(is_work_of_art(code) for code in codes) else REASON_GOODS,
        restricted=restricted,
    )


def _sheet_line(order: Order, line: OrderLine) -> SheetLine:
    work: Work = line.work
    code = work_hs_code(work)
    quantity = line.quantity - line.restocked
    # A figure in another currency than the order's (the work's currency changed since) cannot be used.
    unit = (
        declared_value(work, line.unit_price_minor)
        if work.currency == order.currency
        else line.unit_price_minor
    )
    return SheetLine(
        title=line.title,
        language=work.source_language,
        hs_code=code,
        hs_description=hs_description(code),
        materials=work.materials or work.medium,
        quantity=quantity,
        unit_value_minor=unit,
        total_value_minor=unit * quantity,
        total_weight_g=work.weight_g * quantity if work.weight_g else None,
        dimensions_cm=tuple(v for v in (work.width_cm, work.height_cm, work.depth_cm) if v),
        origin_country=work.origin_country,
        restricted=restricted_materials_of(work),
    )


def _ships_from(works: list[Work]) -> str | None:
    return next((work.shipping_profile.ships_from for work in works if work.shipping_profile), None)
