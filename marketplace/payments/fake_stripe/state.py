"""The fake Stripe's state and behaviour: objects, errors in Stripe's envelope, form decoding, webhooks.

Everything here runs with ``FakeStripe.lock`` held unless it says otherwise; ``server.py`` wraps it in HTTP.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import re
import secrets
import string
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from flask import Response

from marketplace.payments import methods
from marketplace.payments.fake_stripe.pages import format_amount

#: The API version stripe-python 16.1 pins; events carry it as Stripe's do.
API_VERSION = "2026-10-28.endive"
DOC_URL = "https://stripe.com/docs/error-codes/"
#: Stripe Checkout's locales (from stripe-python 16's SessionCreateParams), so that an unsupported one
#: (Swahili, for instance) is refused here as Stripe refuses it, not discovered in production.
CHECKOUT_LOCALES = frozenset(
    ("auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil", "fr", "fr-CA",
     "hi-IN", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "pt-BR",
     "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW")
)  # fmt: skip
MIN_EXPIRY_SECONDS = 30 * 60
MAX_EXPIRY_SECONDS = 24 * 60 * 60
IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60
#: Webhook attempts: immediately, then after these pauses (Stripe waits hours; a fake waits fractions).
RETRY_PAUSES = (0.2, 0.5, 1.0)
WEBHOOK_TIMEOUT_SECONDS = 10
_ALPHANUMERIC = string.ascii_letters + string.digits
_KEY_PART = re.compile(r"\[([^\[\]]*)\]")


def new_id(prefix: str, length: int = 24) -> str:
    return prefix + "".join(secrets.choice(_ALPHANUMERIC) for _ in range(length))


# --- errors -----------------------------------------------------------------------------------------------


class StripeFailure(Exception):
    """An error answered in Stripe's envelope: ``{"error": {"type": ..., "message": ..., ...}}``."""

    def __init__(
        self,
        status: int,
        kind: str,
        message: str,
        *,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}
        self.error: dict[str, Any] = {"type": kind, "message": message}
        if code:
            self.error["code"] = code
            self.error["doc_url"] = DOC_URL + code.replace("_", "-")
        if param is not None:
            self.error["param"] = param
        self.error.update(extra)

    def body(self) -> dict:
        return {"error": self.error}


def invalid(
    message: str, param: str | None = None, code: str | None = None, status: int = 400
) -> StripeFailure:
    return StripeFailure(status, "invalid_request_error", message, code=code, param=param)


def _missing(param: str) -> StripeFailure:
    return invalid(f"Missing required param: {param}.", param, "parameter_missing")


def _no_such(kind: str, object_id: str, param: str, status: int = 404) -> StripeFailure:
    return invalid(f"No such {kind}: '{object_id}'", param, "resource_missing", status)


# --- form decoding (Stripe's bracket notation) --------------------------------------------------------------


def decode_form(pairs: list[tuple[str, str]]) -> dict:
    """``line_items[0][price_data][currency]=usd`` and ``expand[]=x`` into nested dicts and lists.

    stripe-python sends arrays as ``name[0]``, ``name[1]`` (never ``name[]``); curl users send ``name[]``.
    A dict whose keys are all indexes becomes a list (except under ``metadata``, whose keys are free text).
    """
    root: dict = {}
    appended = 0
    for raw_key, value in pairs:
        head, _, rest = raw_key.partition("[")
        parts = [head] + (_KEY_PART.findall("[" + rest) if rest else [])
        if not head or (rest and "[" + rest != "".join(f"[{p}]" for p in parts[1:])):
            raise invalid(f"Invalid parameter name: {raw_key}", raw_key)
        node = root
        for depth, part in enumerate(parts):
            if part == "":
                appended += 1
                part = f"\x00{appended:08d}"
            last = depth == len(parts) - 1
            if last:
                if isinstance(node.get(part), dict):
                    raise invalid(f"Invalid parameter: {raw_key} is both a value and a hash", raw_key)
                node[part] = value
            else:
                child = node.setdefault(part, {})
                if not isinstance(child, dict):
                    raise invalid(f"Invalid parameter: {raw_key} is both a value and a hash", raw_key)
                node = child
    return _listify(root, None)


def _listify(node: Any, name: str | None) -> Any:
    if not isinstance(node, dict):
        return node
    converted = {key: _listify(value, key) for key, value in node.items()}
    if name != "metadata" and converted and all(k.isdigit() or k.startswith("\x00") for k in converted):

        def order(key: str) -> tuple[int, int]:
            return (1, int(key[1:])) if key.startswith("\x00") else (0, int(key))

        return [converted[k] for k in sorted(converted, key=order)]
    return converted


# Parameter schemas: str is a scalar, [x] a list of x, a dict a hash with those keys, METADATA free keys.
METADATA = "metadata"
EXPAND = {"expand": [str]}
SESSION_SCHEMA: dict = {
    **EXPAND,
    "mode": str,
    "line_items": [
        {
            "quantity": str,
            "price": str,
            "price_data": {
                "currency": str,
                "unit_amount": str,
                "product_data": {"name": str, "description": str, "images": [str], "metadata": METADATA},
            },
        }
    ],
    "payment_method_types": [str],
    "payment_method_options": {"wechat_pay": {"client": str}, "alipay": {}, "card": {}},
    "success_url": str,
    "cancel_url": str,
    "expires_at": str,
    "metadata": METADATA,
    "client_reference_id": str,
    "customer_email": str,
    "locale": str,
    "submit_type": str,
    "payment_intent_data": {"metadata": METADATA, "description": str},
}
REFUND_SCHEMA: dict = {
    **EXPAND,
    "payment_intent": str,
    "charge": str,
    "amount": str,
    "metadata": METADATA,
    "reason": str,
    "reverse_transfer": str,
    "refund_application_fee": str,
}
EVENT_LIST_SCHEMA: dict = {**EXPAND, "limit": str, "type": str, "starting_after": str}


def check_schema(params: Any, schema: Any, path: str = "", *, post: bool = False) -> None:
    """Refuse unknown parameters and wrong shapes as Stripe does ("Received unknown parameter: ...")."""
    if schema == METADATA:
        if not isinstance(params, dict):
            if params == "":
                return
            raise invalid(f"Invalid hash: {path}", path)
        if len(params) > 50:
            raise invalid("Metadata can have at most 50 keys.", path)
        for key, value in params.items():
            if not isinstance(value, str):
                raise invalid(f"Invalid string: {path}[{key}]", f"{path}[{key}]")
            if len(key) > 40:
                raise invalid("Metadata keys can be at most 40 characters long.", f"{path}[{key}]")
            if len(value) > 500:
                raise invalid("Metadata values can be at most 500 characters long.", f"{path}[{key}]")
        return
    if schema is str:
        if not isinstance(params, str):
            raise invalid(f"Invalid string: {path}", path)
        if post and params == "":
            raise invalid(
                f"You passed an empty string for '{path}'. We assume empty values are an attempt to unset a "
                f"parameter; however '{path}' cannot be unset. You should remove '{path}' from your request "
                "or supply a non-empty value.",
                path,
                "parameter_invalid_empty",
            )
        return
    if isinstance(schema, list):
        if not isinstance(params, list):
            raise invalid(f"Invalid array: {path}", path)
        for index, item in enumerate(params):
            check_schema(item, schema[0], f"{path}[{index}]", post=post)
        return
    if not isinstance(params, dict):
        raise invalid(f"Invalid hash: {path}", path)
    for key, value in params.items():
        name = f"{path}[{key}]" if path else key
        if key not in schema:
            raise invalid(f"Received unknown parameter: {name}", name, "parameter_unknown")
        check_schema(value, schema[key], name, post=post)


def _integer(value: Any, param: str) -> int:
    if not isinstance(value, str) or not re.fullmatch(r"-?\d{1,18}", value):
        raise invalid(f"Invalid integer: {value}", param, "parameter_invalid_integer")
    return int(value)


def boolean(value: Any, param: str) -> bool:
    """Stripe's form booleans: ``true`` or ``false`` (stripe-python sends Python's booleans that way)."""
    if value not in ("true", "false"):
        raise invalid(f"Invalid boolean: {value}", param)
    return value == "true"


def _url(value: Any, param: str) -> str:
    parts = urlsplit(value) if isinstance(value, str) else None
    if not parts or parts.scheme not in ("http", "https") or not parts.netloc:
        raise invalid("Not a valid URL", param, "url_invalid")
    return value


# --- state -------------------------------------------------------------------------------------------------


@dataclass
class Failure:
    status: int | None
    times: int
    delay: float
    path_prefix: str
    code: str | None
    should_retry: bool | None


@dataclass
class Saved:
    fingerprint: str
    status: int
    body: str
    request_id: str
    created: int


@dataclass
class Transaction:
    """One locked unit of work: the clock reading and the events it created (sent once the lock is free)."""

    now: int
    request_id: str | None
    idempotency_key: str | None
    events: list[dict] = field(default_factory=list)


class FakeStripe:
    """The state and behaviour behind the Flask app; one instance per app."""

    def __init__(
        self, webhook_url: str | None, webhook_secret: str, public_base_url: str, synchronous_webhooks: bool
    ) -> None:
        if webhook_url is not None and urlsplit(webhook_url).scheme not in ("http", "https"):
            raise ValueError("webhook_url must be an http(s) URL")
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.public_base_url = public_base_url.rstrip("/")
        self.synchronous_webhooks = synchronous_webhooks
        self.lock = threading.Lock()
        self.reset()
        # Stripe neither follows redirects nor uses the host's proxy settings to reach a local receiver.
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())

    def reset(self) -> None:
        with self.lock:
            self.clock_offset = 0.0
            self.sessions: dict[str, dict] = {}
            self.session_lines: dict[str, list[dict]] = {}
            self.session_intent_metadata: dict[str, dict] = {}
            self.intents: dict[str, dict] = {}
            self.charges: dict[str, dict] = {}
            self.refunds: dict[str, dict] = {}
            # Connect and disputes (behaviour in connect_state.py); account links are keyed by their token.
            self.accounts: dict[str, dict] = {}
            self.account_links: dict[str, dict] = {}
            self.transfers: dict[str, dict] = {}
            self.reversals: dict[str, dict] = {}
            self.disputes: dict[str, dict] = {}
            self.events: list[dict] = []
            self.events_by_id: dict[str, dict] = {}
            self.idempotency: dict[tuple[str, str], Saved] = {}
            self.failures: list[Failure] = []
            self.deliveries: list[dict] = []

    # -- clock and transactions --

    def now(self) -> int:
        return int(time.time() + self.clock_offset)

    def begin(self, request_id: str | None = None, idempotency_key: str | None = None) -> Transaction:
        """Start a unit of work; the caller holds ``self.lock``. Sessions past their expiry expire first."""
        tx = Transaction(self.now(), request_id, idempotency_key)
        self._expire_due(tx)
        return tx

    def emit(self, tx: Transaction, kind: str, obj: dict, *, account: str | None = None) -> dict:
        """Record an event (sent once the lock is free). ``account`` marks a connected account's event, as
        Stripe's Connect events carry the account's id; the fake sends them to its one webhook URL, where
        Stripe would send them to the platform's Connect endpoint."""
        event = {
            "id": new_id("evt_"),
            "object": "event",
            "api_version": API_VERSION,
            "created": tx.now,
            "data": {"object": copy.deepcopy(obj)},
            "livemode": False,
            "pending_webhooks": 1 if self.webhook_url else 0,
            "request": {"id": tx.request_id, "idempotency_key": tx.idempotency_key},
            "type": kind,
        }
        if account is not None:
            event["account"] = account
        self.events.append(event)
        self.events_by_id[event["id"]] = event
        tx.events.append(copy.deepcopy(event))
        return event

    def _expire_due(self, tx: Transaction) -> list[str]:
        due = [s for s in self.sessions.values() if s["status"] == "open" and s["expires_at"] <= tx.now]
        for session in due:
            self._expire(tx, session)
        return [s["id"] for s in due]

    def _expire(self, tx: Transaction, session: dict) -> None:
        session.update(status="expired", url=None)
        intent = self.intents.get(session["payment_intent"] or "")
        if intent and intent["status"] == "requires_payment_method":
            intent.update(status="canceled", canceled_at=tx.now, cancellation_reason="abandoned")
            self.emit(tx, "payment_intent.canceled", intent)
        self.emit(tx, "checkout.session.expired", session)

    # -- rendering with expand --

    def render_session(self, session_id: str, expand: list[str]) -> dict:
        obj = copy.deepcopy(self.sessions[session_id])
        for path in expand:
            head, _, rest = path.partition(".")
            if head == "payment_intent" and obj["payment_intent"]:
                obj["payment_intent"] = self.render_intent(obj["payment_intent"], [rest] if rest else [])
            elif head == "line_items" and not rest:
                obj["line_items"] = {
                    "object": "list",
                    "data": copy.deepcopy(self.session_lines[session_id]),
                    "has_more": False,
                    "url": f"/v1/checkout/sessions/{session_id}/line_items",
                }
            elif head != "payment_intent":
                raise invalid(f"This property cannot be expanded ({path}).", "expand")
        return obj

    def render_intent(self, intent_id: str, expand: list[str]) -> dict:
        obj = copy.deepcopy(self.intents[intent_id])
        for path in expand:
            if path == "latest_charge":
                if obj["latest_charge"]:
                    obj["latest_charge"] = copy.deepcopy(self.charges[obj["latest_charge"]])
            else:
                raise invalid(f"This property cannot be expanded ({path}).", "expand")
        return obj

    # -- API operations (called with the lock held) --

    def create_session(self, tx: Transaction, params: dict) -> dict:
        if "mode" not in params:
            raise _missing("mode")
        if params["mode"] != "payment":
            raise invalid("This fake supports mode=payment only.", "mode")
        currency, total, lines = self._line_items(params)
        types = params.get("payment_method_types") or ["card"]
        for index, kind in enumerate(types):
            if kind not in methods.METHODS:
                raise invalid(
                    f"Invalid payment_method_types[{index}]: must be one of {', '.join(methods.METHODS)}",
                    f"payment_method_types[{index}]",
                    "parameter_invalid_string",
                )
            if kind not in methods.methods_for(currency):
                raise invalid(
                    f"The payment method `{kind}` does not support this currency ({currency.lower()}).",
                    "payment_method_types",
                    "invalid_currency",
                )
        options = params.get("payment_method_options") or {}
        if "wechat_pay" in types:
            client = (options.get("wechat_pay") or {}).get("client")
            if not client:
                raise invalid(
                    "payment_method_options[wechat_pay][client] is required when wechat_pay is one of the "
                    "payment_method_types.",
                    "payment_method_options[wechat_pay][client]",
                    "parameter_missing",
                )
            if client != "web":
                raise invalid(
                    "Checkout supports only `web` for payment_method_options[wechat_pay][client].",
                    "payment_method_options[wechat_pay][client]",
                )
        if "success_url" not in params:
            raise _missing("success_url")
        success_url = _url(params["success_url"], "success_url")
        cancel_url = _url(params["cancel_url"], "cancel_url") if "cancel_url" in params else None
        expires_at = tx.now + MAX_EXPIRY_SECONDS
        if "expires_at" in params:
            expires_at = _integer(params["expires_at"], "expires_at")
            if expires_at < tx.now + MIN_EXPIRY_SECONDS:
                raise invalid(
                    "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
                    "expires_at",
                )
            if expires_at > tx.now + MAX_EXPIRY_SECONDS:
                raise invalid(
                    "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
                    "expires_at",
                )
        email = params.get("customer_email")
        if email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise invalid(f"Invalid email address: {email}", "customer_email", "email_invalid")
        reference = params.get("client_reference_id")
        if reference is not None and len(reference) > 200:
            raise invalid("client_reference_id must be at most 200 characters.", "client_reference_id")
        locale = params.get("locale")
        if locale is not None and locale not in CHECKOUT_LOCALES:
            raise invalid(
                f"Invalid locale: {locale}. Must be one of {', '.join(sorted(CHECKOUT_LOCALES))}.", "locale"
            )
        submit_type = params.get("submit_type")
        if submit_type is not None and submit_type not in ("auto", "book", "donate", "pay"):
            raise invalid(f"Invalid submit_type: {submit_type}", "submit_type")

        session_id = new_id("cs_test_a1", 56)
        session = {
            "id": session_id,
            "object": "checkout.session",
            "after_expiration": None,
            "amount_subtotal": total,
            "amount_total": total,
            "cancel_url": cancel_url,
            "client_reference_id": reference,
            "created": tx.now,
            "currency": currency.lower(),
            "customer": None,
            "customer_details": None,
            "customer_email": email,
            "expires_at": expires_at,
            "livemode": False,
            "locale": locale,
            "metadata": _metadata(params.get("metadata")),
            "mode": "payment",
            "payment_intent": None,
            "payment_method_options": {
                kind: dict(value) for kind, value in options.items() if isinstance(value, dict)
            },
            "payment_method_types": list(types),
            "payment_status": "unpaid",
            "status": "open",
            "submit_type": submit_type,
            "success_url": success_url,
            "ui_mode": "hosted",
            "url": f"{self.public_base_url}/pay/{session_id}",
        }
        self.sessions[session_id] = session
        self.session_lines[session_id] = lines
        intent_data = params.get("payment_intent_data") or {}
        self.session_intent_metadata[session_id] = _metadata(intent_data.get("metadata"))
        return session

    def _line_items(self, params: dict) -> tuple[str, int, list[dict]]:
        items = params.get("line_items")
        if not items:
            raise _missing("line_items")
        currency: str | None = None
        total = 0
        lines = []
        for index, item in enumerate(items):
            prefix = f"line_items[{index}]"
            if "price" in item:
                raise _no_such("price", item["price"], f"{prefix}[price]", 400)
            price = item.get("price_data")
            if price is None:
                raise _missing(f"{prefix}[price_data]")
            code = price.get("currency")
            if code is None:
                raise _missing(f"{prefix}[price_data][currency]")
            if not methods.is_supported_currency(code):
                raise invalid(
                    f"Invalid currency: {code.lower()}. Stripe currently supports these currencies: "
                    f"{', '.join(sorted(c.lower() for c in methods.CARD_CURRENCIES))}.",
                    f"{prefix}[price_data][currency]",
                    "invalid_currency",
                )
            if currency is not None and code.upper() != currency:
                raise invalid(
                    "All line items in a Checkout Session must use the same currency.",
                    f"{prefix}[price_data][currency]",
                )
            currency = code.upper()
            amount_param = f"{prefix}[price_data][unit_amount]"
            if "unit_amount" not in price:
                raise _missing(amount_param)
            unit_amount = _integer(price["unit_amount"], amount_param)
            if unit_amount <= 0:
                raise invalid(
                    "This value must be greater than or equal to 1.", amount_param, "amount_too_small"
                )
            _check_amount_units(unit_amount, currency, amount_param)
            name = (price.get("product_data") or {}).get("name")
            if name is None:
                raise _missing(f"{prefix}[price_data][product_data][name]")
            if "quantity" not in item:
                raise _missing(f"{prefix}[quantity]")
            quantity = _integer(item["quantity"], f"{prefix}[quantity]")
            if quantity < 1:
                raise invalid("This value must be greater than or equal to 1.", f"{prefix}[quantity]")
            total += unit_amount * quantity
            lines.append(
                {
                    "id": new_id("li_"),
                    "object": "item",
                    "amount_subtotal": unit_amount * quantity,
                    "amount_total": unit_amount * quantity,
                    "currency": currency.lower(),
                    "description": name,
                    "price": {
                        "id": new_id("price_"),
                        "object": "price",
                        "currency": currency.lower(),
                        "product": new_id("prod_", 14),
                        "type": "one_time",
                        "unit_amount": unit_amount,
                    },
                    "quantity": quantity,
                }
            )
        assert currency is not None
        return currency, total, lines

    def get_session(self, session_id: str) -> dict:
        if session_id not in self.sessions:
            raise _no_such("checkout.session", session_id, "session")
        return self.sessions[session_id]

    def expire_session(self, tx: Transaction, session_id: str) -> dict:
        session = self.get_session(session_id)
        if session["status"] != "open":
            raise invalid(
                "Only Checkout Sessions with a status of `open` can be expired. This Checkout Session has a "
                f"status of `{session['status']}`.",
                code="checkout_session_not_open",
            )
        self._expire(tx, session)
        return session

    def get_intent(self, intent_id: str, param: str = "intent", status: int = 404) -> dict:
        if intent_id not in self.intents:
            raise _no_such("payment_intent", intent_id, param, status)
        return self.intents[intent_id]

    def get_charge(self, charge_id: str, param: str = "charge", status: int = 404) -> dict:
        if charge_id not in self.charges:
            raise _no_such("charge", charge_id, param, status)
        return self.charges[charge_id]

    def get_refund(self, refund_id: str) -> dict:
        if refund_id not in self.refunds:
            raise _no_such("refund", refund_id, "refund")
        return self.refunds[refund_id]

    def get_event(self, event_id: str) -> dict:
        if event_id not in self.events_by_id:
            raise _no_such("event", event_id, "id")
        return self.events_by_id[event_id]

    def create_refund(self, tx: Transaction, params: dict) -> dict:
        if "payment_intent" in params:
            intent = self.get_intent(params["payment_intent"], "payment_intent", 400)
            if intent["status"] != "succeeded" or not intent["latest_charge"]:
                raise invalid(
                    f"This PaymentIntent ({intent['id']}) does not have a successful charge to refund.",
                    "payment_intent",
                )
            charge = self.charges[intent["latest_charge"]]
        elif "charge" in params:
            charge = self.get_charge(params["charge"], "charge", 400)
        else:
            raise invalid(
                "One of the following params should be provided for this request: payment_intent or charge."
            )
        if boolean(params.get("reverse_transfer", "false"), "reverse_transfer"):
            # Stripe reverses a transfer with a refund only for destination charges (``transfer_data``),
            # which this fake never creates; a separate transfer is reversed with its reversals endpoint.
            raise invalid(
                f"Charge {charge['id']} has no destination transfer to reverse: reverse_transfer applies "
                "only to destination charges (created with transfer_data). Reverse a separate transfer "
                "with POST /v1/transfers/{id}/reversals.",
                "reverse_transfer",
            )
        # Accepted and ignored: no charge here has an application fee.
        boolean(params.get("refund_application_fee", "false"), "refund_application_fee")
        if charge["status"] != "succeeded":
            raise invalid(f"Charge {charge['id']} has not succeeded and cannot be refunded.", "charge")
        if charge["disputed"]:
            raise invalid(
                f"Charge {charge['id']} has been charged back (disputed); it cannot be refunded.",
                "charge",
                "charge_disputed",
            )
        remaining = charge["amount"] - charge["amount_refunded"]
        if remaining <= 0:
            raise invalid(f"Charge {charge['id']} has already been refunded.", code="charge_already_refunded")
        amount = remaining
        if "amount" in params:
            amount = _integer(params["amount"], "amount")
            if amount <= 0:
                raise invalid("This value must be greater than or equal to 1.", "amount", "amount_too_small")
            _check_amount_units(amount, charge["currency"], "amount")
            if amount > remaining:
                raise invalid(
                    f"Refund amount ({format_amount(amount, charge['currency'])}) is greater than unrefunded "
                    f"amount on charge ({format_amount(remaining, charge['currency'])})",
                    "amount",
                    "amount_too_large",
                )
        reason = params.get("reason")
        if reason is not None and reason not in ("duplicate", "fraudulent", "requested_by_customer"):
            raise invalid(f"Invalid reason: {reason}", "reason")
        refund = {
            "id": new_id("re_"),
            "object": "refund",
            "amount": amount,
            "charge": charge["id"],
            "created": tx.now,
            "currency": charge["currency"],
            "metadata": _metadata(params.get("metadata")),
            "payment_intent": charge["payment_intent"],
            "reason": reason,
            "status": "succeeded",
        }
        self.refunds[refund["id"]] = refund
        charge["amount_refunded"] += amount
        charge["refunded"] = charge["amount_refunded"] == charge["amount"]
        self.emit(tx, "refund.created", refund)
        self.emit(tx, "charge.refunded", charge)
        return refund

    def list_events(self, params: dict) -> dict:
        limit = _integer(params.get("limit", "10"), "limit")
        if not 1 <= limit <= 100:
            raise invalid("This value must be between 1 and 100.", "limit")
        events = [e for e in reversed(self.events) if "type" not in params or e["type"] == params["type"]]
        if "starting_after" in params:
            ids = [e["id"] for e in events]
            if params["starting_after"] not in ids:
                raise _no_such("event", params["starting_after"], "starting_after", 400)
            events = events[ids.index(params["starting_after"]) + 1 :]
        return {
            "object": "list",
            "data": copy.deepcopy(events[:limit]),
            "has_more": len(events) > limit,
            "url": "/v1/events",
        }

    # -- the pay page's actions (lock held) --

    def pay(self, tx: Transaction, session: dict, method: str) -> None:
        """A successful payment: the PaymentIntent succeeds, the session completes, two events follow."""
        intent = self._intent_for(tx, session)
        charge = self._charge(tx, intent, method, succeeded=True)
        intent.update(
            status="succeeded",
            amount_received=intent["amount"],
            latest_charge=charge["id"],
            last_payment_error=None,
            payment_method=charge["payment_method"],
        )
        session.update(
            status="complete",
            payment_status="paid",
            payment_intent=intent["id"],
            url=None,
            customer_details={"email": session["customer_email"], "name": None},
        )
        self.emit(tx, "checkout.session.completed", session)
        self.emit(tx, "payment_intent.succeeded", intent)

    def decline(self, tx: Transaction, session: dict) -> None:
        """A declined card: the session stays open, the PaymentIntent asks for another payment method."""
        intent = self._intent_for(tx, session)
        charge = self._charge(tx, intent, "card", succeeded=False)
        intent.update(
            status="requires_payment_method",
            latest_charge=charge["id"],
            payment_method=None,
            last_payment_error={
                "type": "card_error",
                "code": "card_declined",
                "decline_code": "generic_decline",
                "message": "Your card was declined.",
                "charge": charge["id"],
                "doc_url": DOC_URL + "card-declined",
                "payment_method": {
                    "id": charge["payment_method"],
                    "object": "payment_method",
                    "type": "card",
                },
            },
        )
        session["payment_intent"] = intent["id"]
        self.emit(tx, "payment_intent.payment_failed", intent)

    def _intent_for(self, tx: Transaction, session: dict) -> dict:
        """Checkout keeps one PaymentIntent per session: a retry after a decline reuses it."""
        if session["payment_intent"]:
            return self.intents[session["payment_intent"]]
        intent_id = new_id("pi_")
        intent = {
            "id": intent_id,
            "object": "payment_intent",
            "amount": session["amount_total"],
            "amount_capturable": 0,
            "amount_received": 0,
            "canceled_at": None,
            "cancellation_reason": None,
            "capture_method": "automatic_async",
            "client_secret": f"{intent_id}_secret_{new_id('', 25)}",
            "confirmation_method": "automatic",
            "created": tx.now,
            "currency": session["currency"],
            "customer": None,
            "description": None,
            "last_payment_error": None,
            "latest_charge": None,
            "livemode": False,
            "metadata": {**session["metadata"], **self.session_intent_metadata[session["id"]]},
            "payment_method": None,
            "payment_method_types": list(session["payment_method_types"]),
            "receipt_email": session["customer_email"],
            "status": "requires_payment_method",
        }
        self.intents[intent_id] = intent
        return intent

    def _charge(self, tx: Transaction, intent: dict, method: str, *, succeeded: bool) -> dict:
        charge = {
            "id": new_id("ch_"),
            "object": "charge",
            "amount": intent["amount"],
            "amount_captured": intent["amount"] if succeeded else 0,
            "amount_refunded": 0,
            "captured": succeeded,
            "created": tx.now,
            "currency": intent["currency"],
            "disputed": False,
            "failure_code": None if succeeded else "card_declined",
            "failure_message": None if succeeded else "Your card was declined.",
            "livemode": False,
            "metadata": dict(intent["metadata"]),
            "paid": succeeded,
            "payment_intent": intent["id"],
            "payment_method": new_id("pm_"),
            "payment_method_details": {"type": method, method: {}},
            "refunded": False,
            "status": "succeeded" if succeeded else "failed",
            "transfer_data": None,
            "transfer_group": None,
        }
        self.charges[charge["id"]] = charge
        return charge

    def saved_answer(self, account: str, key: str, fingerprint: str) -> Saved | None:
        """The first answer given to this key (lock held); the key with other parameters is refused."""
        expired = [k for k, s in self.idempotency.items() if s.created < self.now() - IDEMPOTENCY_TTL_SECONDS]
        for stale in expired:
            del self.idempotency[stale]
        saved = self.idempotency.get((account, key))
        if saved is not None and saved.fingerprint != fingerprint:
            raise StripeFailure(
                400,
                "idempotency_error",
                "Keys for idempotent requests can only be used with the same parameters they were first used "
                f"with. Try using a key other than '{key}' if you meant to execute a different request.",
            )
        return saved

    # -- injected failures --

    def take_failure(self, path: str) -> Failure | None:
        with self.lock:
            for rule in self.failures:
                if path.startswith(rule.path_prefix):
                    rule.times -= 1
                    if rule.times <= 0:
                        self.failures.remove(rule)
                    return rule
        return None

    # -- webhooks --

    def sign(self, payload: bytes, timestamp: int) -> str:
        """Stripe's scheme: ``t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the secret>``."""
        mac = hmac.new(self.webhook_secret.encode(), f"{timestamp}.".encode() + payload, hashlib.sha256)
        return f"t={timestamp},v1={mac.hexdigest()}"

    def deliver(self, event: dict, *, retry: bool = True) -> int | None:
        """POST one event to the webhook URL, signed; retried a few times unless the receiver answers 2xx."""
        if not self.webhook_url:
            return None
        payload = json.dumps(event, indent=2).encode()
        status: int | None = None
        for attempt, pause in enumerate((0.0, *RETRY_PAUSES) if retry else (0.0,), start=1):
            time.sleep(pause)
            timestamp = int(time.time())
            outgoing = urllib.request.Request(  # noqa: S310  (scheme checked in __init__)
                self.webhook_url,
                data=payload,
                method="POST",
                headers={
                    "Content-Type": "application/json; charset=utf-8",
                    "Stripe-Signature": self.sign(payload, timestamp),
                    "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                },
            )
            error = None
            try:
                with self._opener.open(outgoing, timeout=WEBHOOK_TIMEOUT_SECONDS) as answer:
                    status = answer.status
            except urllib.error.HTTPError as refused:
                status = refused.code
            except (urllib.error.URLError, OSError) as failure:
                status, error = None, str(failure)
            ok = status is not None and 200 <= status < 300
            with self.lock:
                self.deliveries.append(
                    {"event_id": event["id"], "type": event["type"], "attempt": attempt, "status": status,
                     "error": error, "at": time.time()}
                )  # fmt: skip
                stored = self.events_by_id.get(event["id"])
                if ok and stored and stored["pending_webhooks"] > 0:
                    stored["pending_webhooks"] -= 1
            if ok:
                return status
        return status

    def dispatch(self, events: list[dict], response: Response | None = None) -> None:
        """Send events in order: before returning when synchronous, otherwise once the response is sent."""
        if not events or not self.webhook_url:
            return
        if self.synchronous_webhooks:
            for event in events:
                self.deliver(event)
            return
        sent = threading.Event()
        if response is not None:
            response.call_on_close(sent.set)
        else:
            sent.set()

        def run() -> None:
            # Test clients may never close the response; a second is plenty for a real server to send it.
            sent.wait(timeout=1.0)
            for event in events:
                self.deliver(event)

        threading.Thread(target=run, name="fake-stripe-webhooks", daemon=True).start()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Stripe treats a redirect as a failed delivery; so does the fake."""

    def redirect_request(self, req, fp, code, msg, headers, newurl) -> None:
        return None


def _metadata(value: Any) -> dict:
    """Stripe drops metadata keys posted with an empty value (that is how one unsets a key)."""
    if not isinstance(value, dict):
        return {}
    return {key: text for key, text in value.items() if text != ""}


def _check_amount_units(amount: int, currency: str, param: str) -> None:
    code = currency.upper()
    if code in methods.THREE_DECIMAL and amount % 10:
        raise invalid(
            f"Invalid amount: {code.lower()} is a three-decimal currency and amounts must end in 0 "
            "(round 5124 to 5120 or 5130).",
            param,
            "amount_invalid",
        )
    if code in methods.TWO_DECIMAL_KEPT_FOR_COMPATIBILITY and amount % 100:
        raise invalid(
            f"Invalid amount. Currency {code} has become effectively zero-decimal and charged amounts must "
            "be evenly divisible by 100. See https://stripe.com/docs/currencies#special-cases for more "
            "information.",
            param,
            "invalid_charge_amount_no_decimal_compatible",
        )
