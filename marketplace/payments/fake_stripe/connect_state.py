"""The fake Stripe's Connect part and what follows a sale: accounts, onboarding links, transfers, transfer
reversals and disputes.

Functions take the ``FakeStripe`` (which owns the storage) and run with its lock held, like ``state.py``.

What the fake does not model, on purpose:

- Balances. A transfer with ``source_transaction`` is bounded by what is left of that charge (its amount,
  less refunds, less what other transfers took from it and did not give back through reversals); a
  transfer without one always succeeds. Stripe would check the platform's available balance.
- Settlement currencies. The fake settles every charge in its presentment currency, so a transfer from a
  charge must be in the charge's currency. Stripe wants the currency of the charge's balance transaction
  (the platform's settlement currency), which differs when a platform presents a currency it does not
  settle in.
- Destination charges (``transfer_data``) and application fees: separate charges and transfers only.
- The platform's own country: a missing ``country`` defaults to ``PLATFORM_COUNTRY``, and every country in
  ``CONNECT_COUNTRIES`` is accepted (Stripe also limits cross-border payouts by the platform's region).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from marketplace.payments import methods
from marketplace.payments.connect import CONNECT_COUNTRIES
from marketplace.payments.fake_stripe.pages import format_amount
from marketplace.payments.fake_stripe.state import (
    EXPAND,
    METADATA,
    FakeStripe,
    StripeFailure,
    Transaction,
    _check_amount_units,
    _integer,
    _metadata,
    _missing,
    _no_such,
    _url,
    boolean,
    invalid,
    new_id,
)

PLATFORM_COUNTRY = "US"
ACCOUNT_LINK_SECONDS = 300
DISPUTE_EVIDENCE_SECONDS = 7 * 24 * 60 * 60
ACCOUNT_TYPES = ("custom", "express", "standard")
BUSINESS_TYPES = ("company", "government_entity", "individual", "non_profit")
CAPABILITIES = ("card_payments", "transfers")
DISPUTE_REASONS = frozenset(
    ("bank_cannot_process", "check_returned", "credit_not_processed", "customer_initiated",
     "debit_not_authorized", "duplicate", "fraudulent", "general", "incorrect_account_details",
     "insufficient_funds", "noncompliant", "product_not_received", "product_unacceptable",
     "subscription_canceled", "unrecognized")
)  # fmt: skip
#: What Stripe asks of a new individual before it pays out (a representative subset).
CURRENTLY_DUE = (
    "business_type", "external_account", "individual.dob.day", "individual.dob.month", "individual.dob.year",
    "individual.first_name", "individual.last_name", "tos_acceptance.date", "tos_acceptance.ip",
)  # fmt: skip
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

ACCOUNT_SCHEMA: dict = {
    **EXPAND,
    "type": str,
    "country": str,
    "email": str,
    "business_type": str,
    "capabilities": {name: {"requested": str} for name in CAPABILITIES},
    "metadata": METADATA,
}
ACCOUNT_LINK_SCHEMA: dict = {**EXPAND, "account": str, "refresh_url": str, "return_url": str, "type": str}
TRANSFER_SCHEMA: dict = {
    **EXPAND,
    "amount": str,
    "currency": str,
    "destination": str,
    "transfer_group": str,
    "source_transaction": str,
    "description": str,
    "metadata": METADATA,
}
REVERSAL_SCHEMA: dict = {
    **EXPAND,
    "amount": str,
    "description": str,
    "metadata": METADATA,
    "refund_application_fee": str,
}


# --- accounts -----------------------------------------------------------------------------------------------


def create_account(fake: FakeStripe, tx: Transaction, params: dict) -> dict:
    if "type" not in params:
        raise _missing("type")
    kind = params["type"]
    if kind not in ACCOUNT_TYPES:
        raise invalid(f"Invalid type: must be one of {', '.join(ACCOUNT_TYPES)}", "type")
    country = params.get("country", PLATFORM_COUNTRY).upper()
    if not re.fullmatch(r"[A-Z]{2}", country):
        raise invalid(
            f"Country '{params['country']}' is unknown. Try using a 2-character alphanumeric country code "
            "instead, such as 'US', 'EG', or 'GB'. A full list of country codes is available at "
            "https://www.iso.org/obp/ui/#search",
            "country",
        )
    if country not in CONNECT_COUNTRIES:
        raise invalid(
            f"Connected accounts in {country} cannot be created by this platform: Stripe does not support "
            "accounts there. See https://stripe.com/global for the countries it supports.",
            "country",
        )
    email = params.get("email")
    if email is not None and not _EMAIL.fullmatch(email):
        raise invalid(f"Invalid email address: {email}", "email", "email_invalid")
    business_type = params.get("business_type")
    if business_type is not None and business_type not in BUSINESS_TYPES:
        raise invalid(f"Invalid business_type: must be one of {', '.join(BUSINESS_TYPES)}", "business_type")
    requested = [
        name
        for name, value in (params.get("capabilities") or {}).items()
        if boolean(value.get("requested", "false"), f"capabilities[{name}][requested]")
    ]
    if kind == "standard" and not requested:
        requested = list(CAPABILITIES)  # Standard accounts get both once onboarded
    if not requested:
        raise invalid(
            f"You must request at least one capability (such as capabilities[transfers][requested]=true) "
            f"when creating an account of type `{kind}`.",
            "capabilities",
        )
    if "card_payments" in requested and "transfers" not in requested:
        raise invalid(
            "In order to request the `card_payments` capability, you must also request the `transfers` "
            "capability.",
            "capabilities",
        )
    due = [item for item in CURRENTLY_DUE if not (business_type and item == "business_type")]
    account = {
        "id": new_id("acct_", 16),
        "object": "account",
        "business_type": business_type,
        "capabilities": {name: "inactive" for name in sorted(requested)},
        "charges_enabled": False,
        "country": country,
        "created": tx.now,
        "details_submitted": False,
        "email": email,
        "metadata": _metadata(params.get("metadata")),
        "payouts_enabled": False,
        "requirements": {
            "current_deadline": None,
            "currently_due": due,
            "disabled_reason": "requirements.past_due",
            "errors": [],
            "eventually_due": list(due),
            "past_due": list(due),
            "pending_verification": [],
        },
        "type": kind,
    }
    fake.accounts[account["id"]] = account
    return account


def get_account(fake: FakeStripe, account_id: str, param: str = "account", status: int = 404) -> dict:
    if account_id not in fake.accounts:
        raise _no_such("account", account_id, param, status)
    return fake.accounts[account_id]


def complete_onboarding(fake: FakeStripe, tx: Transaction, account: dict) -> None:
    """What the hosted onboarding's "Complete" does: everything submitted, every capability active."""
    account.update(details_submitted=True, charges_enabled=True, payouts_enabled=True)
    account["capabilities"] = {name: "active" for name in account["capabilities"]}
    account["requirements"] = {
        "current_deadline": None,
        "currently_due": [],
        "disabled_reason": None,
        "errors": [],
        "eventually_due": [],
        "past_due": [],
        "pending_verification": [],
    }
    fake.emit(tx, "account.updated", account, account=account["id"])


def update_account(fake: FakeStripe, tx: Transaction, changes: dict) -> dict:
    """The ``/_control/account_update`` hook: Stripe changing an account on its own (review, a past due)."""
    account = get_account(fake, str(changes.get("account")))
    for flag in ("payouts_enabled", "charges_enabled"):
        if flag in changes and not isinstance(changes[flag], bool):
            raise invalid(f"{flag} must be true or false", flag)
    if "transfers" in changes and changes["transfers"] not in ("active", "inactive", "pending"):
        raise invalid("transfers must be active, inactive or pending", "transfers")
    for flag in ("payouts_enabled", "charges_enabled"):
        if flag in changes:
            account[flag] = changes[flag]
    if "transfers" in changes:
        account["capabilities"]["transfers"] = changes["transfers"]
    if "disabled_reason" in changes:
        account["requirements"]["disabled_reason"] = changes["disabled_reason"]
    fake.emit(tx, "account.updated", account, account=account["id"])
    return account


# --- account links ------------------------------------------------------------------------------------------


def create_account_link(fake: FakeStripe, tx: Transaction, params: dict) -> dict:
    for required in ("account", "type"):
        if required not in params:
            raise _missing(required)
    account = get_account(fake, params["account"], "account", 400)
    kind = params["type"]
    if kind not in ("account_onboarding", "account_update"):
        raise invalid("Invalid type: must be one of account_onboarding or account_update", "type")
    if kind == "account_update" and account["type"] != "custom":
        raise invalid(
            f"You cannot create `account_update` type Account Links for {account['type']} accounts; use "
            "`account_onboarding`.",
            "type",
        )
    for required in ("refresh_url", "return_url"):
        if required not in params:
            raise _missing(required)
    refresh_url = _url(params["refresh_url"], "refresh_url")
    return_url = _url(params["return_url"], "return_url")
    token = new_id("", 32)
    link = {
        "account": account["id"],
        "created": tx.now,
        "expires_at": tx.now + ACCOUNT_LINK_SECONDS,
        "refresh_url": refresh_url,
        "return_url": return_url,
        "type": kind,
        "used": False,
    }
    fake.account_links[token] = link
    return {
        "object": "account_link",
        "created": link["created"],
        "expires_at": link["expires_at"],
        "url": f"{fake.public_base_url}/connect/onboard/{token}",
    }


def usable_link(fake: FakeStripe, tx: Transaction, token: str) -> dict | None:
    """The link behind ``token`` if it can still be followed (not expired, not used)."""
    link = fake.account_links.get(token)
    if link is None or link["used"] or link["expires_at"] <= tx.now:
        return None
    return link


# --- transfers ----------------------------------------------------------------------------------------------


def create_transfer(fake: FakeStripe, tx: Transaction, params: dict) -> dict:
    for required in ("amount", "currency", "destination"):
        if required not in params:
            raise _missing(required)
    amount = _integer(params["amount"], "amount")
    if amount <= 0:
        raise invalid("This value must be greater than or equal to 1.", "amount", "amount_too_small")
    currency = params["currency"].lower()
    if not methods.is_supported_currency(currency):
        raise invalid(f"Invalid currency: {currency}.", "currency", "invalid_currency")
    _check_amount_units(amount, currency, "amount")
    destination = get_account(fake, params["destination"], "destination", 400)
    if destination["capabilities"].get("transfers") != "active":
        raise invalid(
            "Your destination account needs to have at least one of the following capabilities enabled: "
            "transfers, crypto_transfers, legacy_payments",
            "destination",
            "insufficient_capabilities_for_transfer",
        )
    source_id = params.get("source_transaction")
    if source_id is not None:
        charge = fake.get_charge(source_id, "source_transaction", 400)
        if charge["status"] != "succeeded":
            raise invalid(
                f"The source_transaction {charge['id']} has not succeeded; only a succeeded charge can fund "
                "a transfer.",
                "source_transaction",
            )
        if charge["currency"] != currency:
            raise invalid(
                f"The currency of source_transaction {charge['id']} ({charge['currency']}) must be the same "
                f"as the transfer currency ({currency}).",
                "currency",
            )
        left = charge["amount"] - charge["amount_refunded"] - transferred_from(fake, charge["id"])
        if amount > left:
            raise invalid(
                f"Insufficient funds in the source transaction {charge['id']}: the transfer amount "
                f"({format_amount(amount, currency)}) is greater than what is left of the charge "
                f"({format_amount(max(left, 0), currency)}).",
                "amount",
                "balance_insufficient",
            )
    transfer_id = new_id("tr_")
    transfer = {
        "id": transfer_id,
        "object": "transfer",
        "amount": amount,
        "amount_reversed": 0,
        "balance_transaction": new_id("txn_"),
        "created": tx.now,
        "currency": currency,
        "description": params.get("description"),
        "destination": destination["id"],
        "destination_payment": new_id("py_"),
        "livemode": False,
        "metadata": _metadata(params.get("metadata")),
        "reversals": {
            "object": "list",
            "data": [],
            "has_more": False,
            "total_count": 0,
            "url": f"/v1/transfers/{transfer_id}/reversals",
        },
        "reversed": False,
        "source_transaction": source_id,
        "source_type": "card",
        "transfer_group": params.get("transfer_group"),
    }
    fake.transfers[transfer_id] = transfer
    fake.emit(tx, "transfer.created", transfer)
    return transfer


def transferred_from(fake: FakeStripe, charge_id: str) -> int:
    """What transfers took from a charge and still keep (reversed amounts come back)."""
    return sum(
        t["amount"] - t["amount_reversed"]
        for t in fake.transfers.values()
        if t["source_transaction"] == charge_id
    )


def get_transfer(fake: FakeStripe, transfer_id: str, param: str = "id") -> dict:
    if transfer_id not in fake.transfers:
        raise _no_such("transfer", transfer_id, param)
    return fake.transfers[transfer_id]


def create_reversal(fake: FakeStripe, tx: Transaction, params: dict, transfer_id: str) -> dict:
    transfer = get_transfer(fake, transfer_id)
    if "refund_application_fee" in params:  # no application fees here: accepted, nothing to refund
        boolean(params["refund_application_fee"], "refund_application_fee")
    left = transfer["amount"] - transfer["amount_reversed"]
    currency = transfer["currency"]
    if left <= 0:
        raise invalid(f"Transfer {transfer['id']} has already been fully reversed.")
    amount = left
    if "amount" in params:
        amount = _integer(params["amount"], "amount")
        if amount <= 0:
            raise invalid("This value must be greater than or equal to 1.", "amount", "amount_too_small")
        _check_amount_units(amount, currency, "amount")
        if amount > left:
            raise invalid(
                f"Reversal amount ({format_amount(amount, currency)}) is greater than the amount left to "
                f"reverse on transfer {transfer['id']} ({format_amount(left, currency)}).",
                "amount",
                "amount_too_large",
            )
    reversal = {
        "id": new_id("trr_"),
        "object": "transfer_reversal",
        "amount": amount,
        "balance_transaction": new_id("txn_"),
        "created": tx.now,
        "currency": currency,
        "destination_payment_refund": new_id("pyr_"),
        "metadata": _metadata(params.get("metadata")),
        "source_refund": None,
        "transfer": transfer["id"],
    }
    fake.reversals[reversal["id"]] = reversal
    transfer["amount_reversed"] += amount
    transfer["reversed"] = transfer["amount_reversed"] == transfer["amount"]
    listing = transfer["reversals"]
    listing["data"].insert(0, copy.deepcopy(reversal))  # newest first, as Stripe lists
    listing["total_count"] += 1
    fake.emit(tx, "transfer.reversed", transfer)
    return reversal


def get_reversal(fake: FakeStripe, transfer_id: str, reversal_id: str) -> dict:
    get_transfer(fake, transfer_id)
    reversal = fake.reversals.get(reversal_id)
    if reversal is None or reversal["transfer"] != transfer_id:
        raise _no_such("transfer_reversal", reversal_id, "id")
    return reversal


# --- disputes -----------------------------------------------------------------------------------------------


def create_dispute(fake: FakeStripe, tx: Transaction, data: dict) -> dict:
    """The ``/_control/dispute`` hook: the buyer's bank disputes a charge."""
    charge = fake.get_charge(str(data.get("charge")), "charge")
    if charge["status"] != "succeeded":
        raise invalid(f"Charge {charge['id']} has not succeeded; there is nothing to dispute.", "charge")
    if charge["disputed"]:
        raise invalid(f"Charge {charge['id']} is already disputed.", "charge")
    reason = data.get("reason", "fraudulent")
    if reason not in DISPUTE_REASONS:
        raise invalid(f"Invalid reason: must be one of {', '.join(sorted(DISPUTE_REASONS))}", "reason")
    amount: Any = data.get("amount", charge["amount"])
    if isinstance(amount, bool) or not isinstance(amount, int) or not 1 <= amount <= charge["amount"]:
        raise invalid(f"amount must be an integer between 1 and {charge['amount']}", "amount")
    dispute = {
        "id": new_id("dp_"),
        "object": "dispute",
        "amount": amount,
        "balance_transactions": [],
        "charge": charge["id"],
        "created": tx.now,
        "currency": charge["currency"],
        "evidence_details": {
            "due_by": tx.now + DISPUTE_EVIDENCE_SECONDS,
            "has_evidence": False,
            "past_due": False,
            "submission_count": 0,
        },
        "is_charge_refundable": False,
        "livemode": False,
        "metadata": {},
        "payment_intent": charge["payment_intent"],
        "reason": reason,
        "status": "needs_response",
    }
    fake.disputes[dispute["id"]] = dispute
    charge["disputed"] = True
    fake.emit(tx, "charge.dispute.created", dispute)
    return dispute


def close_dispute(fake: FakeStripe, tx: Transaction, dispute_id: str, outcome: Any) -> dict:
    dispute = get_dispute(fake, dispute_id)
    if outcome not in ("won", "lost"):
        raise invalid("outcome must be won or lost", "outcome")
    if dispute["status"] in ("won", "lost"):
        raise invalid(f"Dispute {dispute['id']} is already closed ({dispute['status']}).", "dispute")
    dispute["status"] = outcome
    fake.emit(tx, "charge.dispute.closed", dispute)
    return dispute


def get_dispute(fake: FakeStripe, dispute_id: str) -> dict:
    if dispute_id not in fake.disputes:
        raise _no_such("dispute", dispute_id, "dispute")
    return fake.disputes[dispute_id]


def control_error(failure: StripeFailure) -> tuple[dict, int]:
    """A refused control request in the control routes' own shape (``{"error": message}``)."""
    return {"error": failure.error["message"], "param": failure.error.get("param")}, failure.status
