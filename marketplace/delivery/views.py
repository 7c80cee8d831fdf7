"""Delivery on public pages: what delivery to the visitor's destination costs.

Template globals only: the catalogue and cart templates ask, the catalogue code does not know.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint

from marketplace.delivery import rates
from marketplace.delivery.destination import destination
from marketplace.delivery.forms import ShipToForm
from marketplace.delivery.models import ZONE_TITLES

bp = Blueprint("delivery", __name__)


@dataclass(frozen=True)
class WorkDelivery:
    digital: bool
    destination: str | None
    ships: bool
    quote: rates.Quote | None


@bp.app_template_global("work_delivery")
def work_delivery(work) -> WorkDelivery:
    where = destination()
    if rates.is_digital(work):
        return WorkDelivery(True, where, True, None)
    if where is None:
        return WorkDelivery(False, None, True, None)
    try:
        quote = rates.quote([(work, 1)], where, work.currency)
    except rates.NotShippable:
        return WorkDelivery(False, where, False, None)
    return WorkDelivery(False, where, True, quote[0] if quote else None)


@bp.app_template_global("cart_delivery")
def cart_delivery(group) -> tuple[str | None, list[rates.Quote], list]:
    """(destination, quotes per artist, works that cannot go there) for a cart's currency group."""
    where = destination()
    if where is None:
        return None, [], []
    items = [(line.work, line.quantity) for line in group.lines]
    try:
        return where, rates.quote(items, where, group.currency), []
    except rates.NotShippable as refused:
        return where, [], refused.works


@bp.app_template_global("ship_to_form")
def ship_to_form() -> ShipToForm:
    return ShipToForm(formdata=None, ship_to=destination())


@bp.app_template_global("zone_title")
def zone_title(zone) -> str:
    return str(ZONE_TITLES[zone]) if zone else ""
