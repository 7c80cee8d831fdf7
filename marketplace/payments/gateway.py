"""The one place the marketplace talks to Stripe: the official library, its base address from configuration.

Every POST carries our own idempotency key, so a retried request never creates a second session, refund,
connected account or transfer. Amounts are in Stripe's units (``methods.to_stripe_amount`` converts) and
currencies are answered upper-case.

Stripe Connect: artists get Express connected accounts (``create_account``, then ``create_account_link`` to
Stripe's hosted onboarding); they are paid with separate transfers, each funded by the buyer's charge
(``create_transfer`` with ``source_transaction``), and a transfer is taken back with ``reverse_transfer``.
A refund never reverses a transfer by itself (``reverse_transfer`` on a refund is for destination charges,
which the marketplace does not use).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

TIMEOUT_SECONDS = 15


class PaymentProviderError(RuntimeError):
    """Stripe refused or could not be reached; ``kind`` tells the buyer-facing message which case it was."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind  # declined | busy | unavailable | invalid


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str | None
    status: str  # open | complete | expired
    payment_status: str  # paid | unpaid | no_payment_required
    amount_total: int | None
    currency: str | None
    payment_intent_id: str | None
    metadata: dict
    charge_id: str | None = None  # the PaymentIntent's latest charge (filled by retrieve_session)


@dataclass(frozen=True)
class ConnectedAccount:
    id: str
    details_submitted: bool
    payouts_enabled: bool
    transfers_active: bool  # the transfers capability is active: the account can receive transfers


@dataclass(frozen=True)
class ChargeState:
    id: str
    amount: int  # Stripe's units
    amount_refunded: int  # Stripe's units
    currency: str  # upper-case ISO code
    payment_intent_id: str | None
    disputed: bool


@dataclass(frozen=True)
class DisputeState:
    id: str
    charge_id: str
    amount: int  # Stripe's units
    currency: str  # upper-case ISO code
    reason: str
    # Stripe's: needs_response | under_review | won | lost (warning_* for inquiries that are not yet disputes)
    status: str


class StripeGateway:
    def __init__(
        self, secret_key: str, api_base: str | None = None, timeout: float = TIMEOUT_SECONDS
    ) -> None:
        import stripe  # 20 MB: loaded by the first payment, not by every worker at start

        options = {"base_addresses": {"api": api_base}} if api_base else {}
        self.client = stripe.StripeClient(
            secret_key, max_network_retries=1, http_client=stripe.RequestsClient(timeout=timeout), **options
        )

    def create_checkout_session(
        self,
        *,
        order_number: str,
        currency: str,
        lines: list[tuple[str, int, int]],
        methods: list[str],
        success_url: str,
        cancel_url: str,
        expires_at: datetime,
        email: str,
        locale: str,
    ) -> CheckoutSession:
        """``lines`` are (name, unit amount in Stripe's units, quantity)."""
        params: dict = {
            "mode": "payment",
            "line_items": [
                {
                    "price_data": {
                        "currency": currency.lower(),
                        "unit_amount": amount,
                        "product_data": {"name": name},
                    },
                    "quantity": quantity,
                }
                for name, amount, quantity in lines
            ],
            "payment_method_types": methods,
            "success_url": success_url,
            "cancel_url": cancel_url,
            "expires_at": int(expires_at.timestamp()),
            "client_reference_id": order_number,
            "customer_email": email,
            "locale": locale,
            "metadata": {"order_number": order_number},
            "payment_intent_data": {"metadata": {"order_number": order_number}},
        }
        if "wechat_pay" in methods:
            params["payment_method_options"] = {"wechat_pay": {"client": "web"}}
        sessions = self.client.v1.checkout.sessions
        options = {"idempotency_key": f"checkout-{order_number}"}
        return _session(self._call(sessions.create, params=params, options=options))

    def retrieve_session(self, session_id: str) -> CheckoutSession:
        sessions = self.client.v1.checkout.sessions
        return _session(self._call(sessions.retrieve, session_id, params={"expand": ["payment_intent"]}))

    def expire_session(self, session_id: str) -> CheckoutSession:
        sessions = self.client.v1.checkout.sessions
        return _session(
            self._call(sessions.expire, session_id, options={"idempotency_key": f"expire-{session_id}"})
        )

    def refund(
        self, payment_intent_id: str, amount: int | None, key: str, *, metadata: dict | None = None
    ) -> str:
        params: dict = {"payment_intent": payment_intent_id}
        if amount is not None:
            params["amount"] = amount
        if metadata:
            params["metadata"] = metadata
        refund = self._call(self.client.v1.refunds.create, params=params, options={"idempotency_key": key})
        return refund.id

    # -- Stripe Connect --

    def create_account(self, *, artist_ref: str, country: str, email: str) -> ConnectedAccount:
        """An Express account able to receive transfers; one per artist (the key is the artist's)."""
        params = {
            "type": "express",
            "country": country.upper(),
            "email": email,
            "capabilities": {"transfers": {"requested": True}},
            "metadata": {"artist": artist_ref},
        }
        options = {"idempotency_key": f"account-{artist_ref}"}
        return self.account_from_object(
            self._call(self.client.v1.accounts.create, params=params, options=options)
        )

    def retrieve_account(self, account_id: str) -> ConnectedAccount:
        return self.account_from_object(self._call(self.client.v1.accounts.retrieve, account_id))

    def create_account_link(self, account_id: str, *, refresh_url: str, return_url: str, key: str) -> str:
        """The address of Stripe's hosted onboarding for this account (valid a few minutes, once)."""
        params = {
            "account": account_id,
            "refresh_url": refresh_url,
            "return_url": return_url,
            "type": "account_onboarding",
        }
        link = self._call(
            self.client.v1.account_links.create, params=params, options={"idempotency_key": key}
        )
        return link.url

    def create_transfer(
        self,
        *,
        amount: int,
        currency: str,
        destination: str,
        transfer_group: str,
        source_transaction: str | None,
        key: str,
        metadata: dict,
    ) -> str:
        """Send ``amount`` to a connected account; with ``source_transaction`` (a charge id) it is funded by
        that charge, and so can be made before the charge's funds are available."""
        params: dict = {
            "amount": amount,
            "currency": currency.lower(),
            "destination": destination,
            "transfer_group": transfer_group,
            "metadata": metadata,
        }
        if source_transaction is not None:
            params["source_transaction"] = source_transaction
        transfer = self._call(
            self.client.v1.transfers.create, params=params, options={"idempotency_key": key}
        )
        return transfer.id

    def reverse_transfer(self, transfer_id: str, amount: int | None, key: str) -> str:
        """Take back ``amount`` of a transfer (all that is left of it when None)."""
        params: dict = {} if amount is None else {"amount": amount}
        reversals = self.client.v1.transfers.reversals
        reversal = self._call(reversals.create, transfer_id, params=params, options={"idempotency_key": key})
        return reversal.id

    def retrieve_charge(self, charge_id: str) -> ChargeState:
        charge = _as_dict(self._call(self.client.v1.charges.retrieve, charge_id))
        return ChargeState(
            id=charge["id"],
            amount=charge["amount"],
            amount_refunded=charge.get("amount_refunded") or 0,
            currency=charge["currency"].upper(),
            payment_intent_id=_id_of(charge.get("payment_intent")),
            disputed=bool(charge.get("disputed")),
        )

    def retrieve_dispute(self, dispute_id: str) -> DisputeState:
        dispute = _as_dict(self._call(self.client.v1.disputes.retrieve, dispute_id))
        return DisputeState(
            id=dispute["id"],
            charge_id=_id_of(dispute.get("charge")) or "",
            amount=dispute["amount"],
            currency=dispute["currency"].upper(),
            reason=dispute.get("reason") or "",
            status=dispute["status"],
        )

    @staticmethod
    def account_from_object(obj: dict) -> ConnectedAccount:
        """Read an account object (an API answer, or ``event.data.object`` of ``account.updated``)."""
        account = _as_dict(obj)
        capabilities = account.get("capabilities") or {}
        return ConnectedAccount(
            id=account["id"],
            details_submitted=bool(account.get("details_submitted")),
            payouts_enabled=bool(account.get("payouts_enabled")),
            transfers_active=capabilities.get("transfers") == "active",
        )

    @staticmethod
    def _call(method, *args, **kwargs):
        import stripe

        try:
            return method(*args, **kwargs)
        except stripe.CardError as error:
            raise PaymentProviderError("declined", str(error)) from error
        except stripe.RateLimitError as error:
            raise PaymentProviderError("busy", str(error)) from error
        except (stripe.APIConnectionError, stripe.APIError) as error:
            raise PaymentProviderError("unavailable", str(error)) from error
        except stripe.StripeError as error:
            raise PaymentProviderError("invalid", str(error)) from error


def _as_dict(obj) -> dict:
    """A plain dict from a StripeObject (recursively) or a mapping."""
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)


def _id_of(value) -> str | None:
    """The id of a field Stripe answers either as an id or, when expanded, as the object."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        found = value.get("id")
        return found if isinstance(found, str) else None
    return None


def _session(obj) -> CheckoutSession:
    session = _as_dict(obj)
    intent = session.get("payment_intent")
    intent_id = intent if isinstance(intent, str) or intent is None else intent.get("id")
    charge_id = _id_of(intent.get("latest_charge")) if isinstance(intent, dict) else None
    return CheckoutSession(
        id=session["id"],
        url=session.get("url"),
        status=session.get("status"),
        payment_status=session.get("payment_status"),
        amount_total=session.get("amount_total"),
        currency=(session.get("currency") or "").upper() or None,
        payment_intent_id=intent_id if isinstance(intent_id, str) else None,
        metadata=dict(session.get("metadata") or {}),
        charge_id=charge_id,
    )
