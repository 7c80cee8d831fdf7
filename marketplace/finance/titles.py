"""Translated names for the ledger's kinds and states, payout methods and dispute outcomes."""

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


def entry_kind_title(value: str) -> str:
    return str(ENTRY_KIND_TITLES[EntryKind(value)])


def payout_method_title(value: str) -> str:
    return str(PAYOUT_METHOD_TITLES[PayoutMethod(value)])


def dispute_status_title(value: str) -> str:
    return str(DISPUTE_STATUS_TITLES[DisputeStatus(value)])


def money_state_title(value: str) -> str:
    return str(STATE_TITLES[value])


def percent(basis_points: int) -> str:
    """250 basis points -> '2.5'."""
    return f"{basis_points / 100:g}"
