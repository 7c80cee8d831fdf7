"""Template helpers for delivery: what delivery to the visitor's destination costs, zone names, the studio's
delivery form of a work, and the customs facts curators see on a work's review page."""

from __future__ import annotations

from flask import Flask

from marketplace.core.templating import install
from marketplace.db import db_session
from marketplace.delivery import customs, destination
from marketplace.delivery.forms import ShipToForm, WorkDeliveryForm, delivery_form
from marketplace.delivery.models import ZONE_TITLES


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"restricted_material_title": customs.restricted_title},
        globals={"zone_title": zone_title, "ship_to_form": ship_to_form, "review_customs": review_customs},
        # Quotes read the works' shipping profiles and rates; the studio form lists the artist's profiles.
        queries={"work_delivery": destination.work_delivery, "cart_delivery": destination.cart_delivery,
                 "work_delivery_form": work_delivery_form},
    )  # fmt: skip


def zone_title(zone) -> str:
    return str(ZONE_TITLES[zone]) if zone else ""


def ship_to_form() -> ShipToForm:
    return ShipToForm(formdata=None, ship_to=destination.destination())


def work_delivery_form(work) -> WorkDeliveryForm:
    """For the studio's work page (a catalog template): the delivery form, filled from the work."""
    return delivery_form(db_session(), work.artist, work, formdata=False)


def review_customs(work, revision=None, translations=()) -> dict:
    """What the curator's review page shows about customs: heading, declared value, restricted materials."""
    code = customs.work_hs_code(work)
    return {
        "physical": work.is_physical,
        "hs_code": code,
        "hs_description": customs.hs_description(code),
        "declared_value_minor": customs.declared_value(work),
        "declared_by_artist": bool(work.declared_value_minor),
        "restricted": [
            customs.restricted_title(name)
            for name in customs.restricted_materials_of(work, revision, translations)
        ],
    }
