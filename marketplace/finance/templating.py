"""Template helpers for money after the sale: the ledger's kinds and states, payout methods, dispute
outcomes and commission rates by name."""

from __future__ import annotations

from flask import Flask

from marketplace.core.templating import install
from marketplace.finance import titles


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"entry_kind_title": titles.entry_kind_title,
                 "payout_method_title": titles.payout_method_title,
                 "dispute_status_title": titles.dispute_status_title,
                 "money_state_title": titles.money_state_title, "percent": titles.percent},
    )  # fmt: skip
