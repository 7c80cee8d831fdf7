"""Template helpers for money after the sale: the ledger's kinds and states, payout methods, dispute
outcomes and commission rates by name, and the refund form of the artist's orders page."""

from __future__ import annotations

from flask import Flask

from marketplace.core.templating import install
from marketplace.finance import titles
from marketplace.finance.forms import RefundForm


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"entry_kind_title": titles.entry_kind_title,
                 "payout_method_title": titles.payout_method_title,
                 "dispute_status_title": titles.dispute_status_title,
                 "money_state_title": titles.money_state_title, "percent": titles.percent},
        globals={"empty_refund_form": empty_refund_form},
    )  # fmt: skip


def empty_refund_form() -> RefundForm:
    return RefundForm(formdata=None)
