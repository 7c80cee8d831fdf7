"""Translated names for the ledger's kinds and states, payout methods and dispute outcomes."""

from flask import Blueprint
from flask_babel import lazy_gettext as _l

from marketplace.finance.models import (
    DISPUTE_STATUS_TITLES,
    ENTRY_KIND_TITLES,
    PAYOUT_METHOD_TITLES,
    DisputeStatus,
    EntryKind,
    PayoutMethod,
)

STATE_TITLES = {
    "pending": _l("Pending"),
    "held": _l("Held (dispute)"),
    "available": _l("Available for payout"),
    "paid": _l("Paid out"),
}


def register(bp: Blueprint) -> None:
    bp.add_app_template_filter(lambda v: str(ENTRY_KIND_TITLES[EntryKind(v)]), "entry_kind_title")
    bp.add_app_template_filter(lambda v: str(PAYOUT_METHOD_TITLES[PayoutMethod(v)]), "payout_method_title")
    bp.add_app_template_filter(lambda v: str(DISPUTE_STATUS_TITLES[DisputeStatus(v)]), "dispute_status_title")
    bp.add_app_template_filter(lambda v: str(STATE_TITLES[v]), "money_state_title")
    bp.add_app_template_filter(lambda bp_: f"{bp_ / 100:g}", "percent")
