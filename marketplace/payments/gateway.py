"""The one place the marketplace talks to Stripe: the official library, its base address from configuration.

Every POST carries our own idempotency key, so a retried request never creates a second session or refund.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import stripe
from stripe._http_client import RequestsClient

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


class StripeGateway:
    def __init__(
        self, secret_key: str, api_base: str | None = None, timeout: float = TIMEOUT_SECONDS
    ) -> None:
        options = {"base_addresses": {"api": api_base}} if api_base else {}
        self.client = stripe.StripeClient(
            secret_key, max_network_retries=1, http_client=RequestsClient(timeout=timeout), **options
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

    def refund(self, payment_intent_id: str, amount: int | None, key: str) -> str:
        params: dict = {"payment_intent": payment_intent_id}
        if amount is not None:
            params["amount"] = amount
        refund = self._call(self.client.v1.refunds.create, params=params, options={"idempotency_key": key})
        return refund.id

    @staticmethod
    def _call(method, *args, **kwargs):
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


def _session(obj) -> CheckoutSession:
    session = obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)
    intent = session.get("payment_intent")
    intent_id = intent if isinstance(intent, str) or intent is None else intent.get("id")
    return CheckoutSession(
        id=session["id"],
        url=session.get("url"),
        status=session.get("status"),
        payment_status=session.get("payment_status"),
        amount_total=session.get("amount_total"),
        currency=(session.get("currency") or "").upper() or None,
        payment_intent_id=intent_id if isinstance(intent_id, str) else None,
        metadata=dict(session.get("metadata") or {}),
    )
