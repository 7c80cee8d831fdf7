"""The fake Stripe server: a separate Flask app speaking the parts of Stripe's API the marketplace uses.

It answers the official ``stripe`` library with Stripe's object shapes, error envelopes and status codes,
honours idempotency keys, signs webhooks exactly as Stripe does, and serves a hosted pay page (no JavaScript)
on which a person or a test pays by card, Alipay or WeChat Pay, is declined, or abandons. For Stripe Connect
it creates connected accounts, serves their hosted onboarding page (complete or leave), makes transfers
and transfer reversals, and keeps disputes.

Test hooks live under ``/_control/``: inject failures, move the clock, list and redeliver events, change a
connected account as Stripe would, open and close disputes.
State is in memory behind one lock; nothing here is meant to be reachable from the internet.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from urllib.parse import parse_qsl

from flask import Flask, Response, request
from markupsafe import Markup

from marketplace.payments.fake_stripe import connect_state as connect
from marketplace.payments.fake_stripe.connect_state import (
    ACCOUNT_LINK_SCHEMA,
    ACCOUNT_SCHEMA,
    REVERSAL_SCHEMA,
    TRANSFER_SCHEMA,
)
from marketplace.payments.fake_stripe.pages import closed_page, link_gone_page, onboard_form, page, pay_form
from marketplace.payments.fake_stripe.state import (
    API_VERSION,
    EVENT_LIST_SCHEMA,
    EXPAND,
    REFUND_SCHEMA,
    SESSION_SCHEMA,
    WEBHOOK_TIMEOUT_SECONDS,
    Failure,
    FakeStripe,
    Saved,
    StripeFailure,
    Transaction,
    check_schema,
    decode_form,
    invalid,
    new_id,
)


def create_fake_stripe(
    webhook_url: str | None, webhook_secret: str, public_base_url: str, synchronous_webhooks: bool = False
) -> Flask:
    """Build the fake as its own Flask app (serve it with werkzeug; it is not part of the marketplace app).

    ``public_base_url`` is where browsers reach this server (the pay page links); ``webhook_url`` None only
    records events. With ``synchronous_webhooks`` every event is delivered before the response that caused
    it returns, which makes tests deterministic; otherwise delivery happens in a background thread.
    """
    fake = FakeStripe(webhook_url, webhook_secret, public_base_url, synchronous_webhooks)
    app = Flask(__name__)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    app.extensions["fake_stripe"] = fake

    def api(
        operation: Callable[..., tuple[int, dict]], schema: dict, expandable: frozenset[str], *, post: bool
    ) -> Callable[..., Response]:
        """Wrap an operation in Stripe's request pipeline: key, injected failure, params, idempotency."""

        def view(**path_args: str) -> Response:
            request_id = new_id("req_", 14)
            headers = {
                "Request-Id": request_id,
                "Stripe-Version": request.headers.get("Stripe-Version") or API_VERSION,
            }
            key = request.headers.get("Idempotency-Key") if post else None
            if key:
                headers["Idempotency-Key"] = key
            tx: Transaction | None = None
            try:
                account = _authenticate()
                _inject_failure(fake)
                raw = request.get_data(as_text=True) if post else request.query_string.decode()
                pairs = parse_qsl(raw, keep_blank_values=True)
                params = decode_form(pairs)
                check_schema(params, schema, post=post)
                for path in params.get("expand", []):
                    if path not in expandable:
                        raise invalid(f"This property cannot be expanded ({path}).", "expand")
                if key and len(key) > 255:
                    raise invalid("Idempotency-Key must be at most 255 characters long.")
                fingerprint = hashlib.sha256(
                    json.dumps([request.method, request.path, sorted(pairs)]).encode()
                ).hexdigest()
                with fake.lock:
                    saved = fake.saved_answer(account, key, fingerprint) if key else None
                    if saved is not None:
                        status, text = saved.status, saved.body
                        headers.update({"Idempotent-Replayed": "true", "Original-Request": saved.request_id})
                    else:
                        tx = fake.begin(request_id, key)
                        status, body = operation(tx, params, **path_args)
                        text = json.dumps(body, indent=2)
                        if key:
                            # Like Stripe: an answer is kept once the operation ran; refused parameters
                            # (a StripeFailure above) keep nothing, so a corrected retry may reuse the key.
                            fake.idempotency[(account, key)] = Saved(
                                fingerprint, status, text, request_id, fake.now()
                            )
            except StripeFailure as failure:
                status, text = failure.status, json.dumps(failure.body(), indent=2)
                headers.update(failure.headers)
            response = Response(text, status=status, headers=headers, mimetype="application/json")
            # Sessions that expired on the way are announced even when the request itself was refused.
            fake.dispatch(tx.events if tx else [], response)
            return response

        return view

    def _authenticate() -> str:
        header = request.headers.get("Authorization", "")
        key = ""
        if header.startswith("Bearer "):
            key = header[len("Bearer ") :].strip()
        elif request.authorization and request.authorization.type == "basic":
            key = request.authorization.username or ""
        if not key:
            raise StripeFailure(
                401,
                "invalid_request_error",
                "You did not provide an API key. You need to provide your API key in the Authorization "
                "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See "
                "https://stripe.com/docs/api#authentication for details, or we can help at "
                "https://support.stripe.com/.",
            )
        if not re.fullmatch(r"(sk|rk)_test_[A-Za-z0-9_]{4,}", key):
            shown = key[:8] + "*" * max(len(key) - 12, 0) + key[-4:] if len(key) > 12 else "****"
            raise StripeFailure(
                401, "invalid_request_error", f"Invalid API Key provided: {shown}", code="api_key_invalid"
            )
        return key

    # -- API routes --

    def create_session(tx: Transaction, params: dict) -> tuple[int, dict]:
        session = fake.create_session(tx, params)
        return 200, fake.render_session(session["id"], params.get("expand", []))

    def retrieve_session(tx: Transaction, params: dict, session_id: str) -> tuple[int, dict]:
        fake.get_session(session_id)
        return 200, fake.render_session(session_id, params.get("expand", []))

    def expire_session(tx: Transaction, params: dict, session_id: str) -> tuple[int, dict]:
        fake.expire_session(tx, session_id)
        return 200, fake.render_session(session_id, params.get("expand", []))

    def session_line_items(tx: Transaction, params: dict, session_id: str) -> tuple[int, dict]:
        fake.get_session(session_id)
        return 200, {
            "object": "list",
            "data": copy.deepcopy(fake.session_lines[session_id]),
            "has_more": False,
            "url": f"/v1/checkout/sessions/{session_id}/line_items",
        }

    def retrieve_intent(tx: Transaction, params: dict, intent_id: str) -> tuple[int, dict]:
        fake.get_intent(intent_id)
        return 200, fake.render_intent(intent_id, params.get("expand", []))

    def retrieve_charge(tx: Transaction, params: dict, charge_id: str) -> tuple[int, dict]:
        return 200, copy.deepcopy(fake.get_charge(charge_id))

    def create_refund(tx: Transaction, params: dict) -> tuple[int, dict]:
        return 200, copy.deepcopy(fake.create_refund(tx, params))

    def retrieve_refund(tx: Transaction, params: dict, refund_id: str) -> tuple[int, dict]:
        return 200, copy.deepcopy(fake.get_refund(refund_id))

    def retrieve_event(tx: Transaction, params: dict, event_id: str) -> tuple[int, dict]:
        return 200, copy.deepcopy(fake.get_event(event_id))

    def list_events(tx: Transaction, params: dict) -> tuple[int, dict]:
        return 200, fake.list_events(params)

    def create_account(tx: Transaction, params: dict) -> tuple[int, dict]:
        return 200, copy.deepcopy(connect.create_account(fake, tx, params))

    def retrieve_account(tx: Transaction, params: dict, account_id: str) -> tuple[int, dict]:
        return 200, copy.deepcopy(connect.get_account(fake, account_id))

    def create_account_link(tx: Transaction, params: dict) -> tuple[int, dict]:
        return 200, connect.create_account_link(fake, tx, params)

    def create_transfer(tx: Transaction, params: dict) -> tuple[int, dict]:
        return 200, copy.deepcopy(connect.create_transfer(fake, tx, params))

    def retrieve_transfer(tx: Transaction, params: dict, transfer_id: str) -> tuple[int, dict]:
        return 200, copy.deepcopy(connect.get_transfer(fake, transfer_id))

    def create_reversal(tx: Transaction, params: dict, transfer_id: str) -> tuple[int, dict]:
        return 200, copy.deepcopy(connect.create_reversal(fake, tx, params, transfer_id))

    def retrieve_reversal(
        tx: Transaction, params: dict, transfer_id: str, reversal_id: str
    ) -> tuple[int, dict]:
        return 200, copy.deepcopy(connect.get_reversal(fake, transfer_id, reversal_id))

    def retrieve_dispute(tx: Transaction, params: dict, dispute_id: str) -> tuple[int, dict]:
        return 200, copy.deepcopy(connect.get_dispute(fake, dispute_id))

    session_expand = frozenset({"payment_intent", "payment_intent.latest_charge", "line_items"})
    intent_expand = frozenset({"latest_charge"})
    nothing: frozenset[str] = frozenset()
    routes: list[tuple[str, str, Callable[..., tuple[int, dict]], dict, frozenset[str]]] = [
        ("/v1/checkout/sessions", "POST", create_session, SESSION_SCHEMA, session_expand),
        ("/v1/checkout/sessions/<session_id>", "GET", retrieve_session, EXPAND, session_expand),
        ("/v1/checkout/sessions/<session_id>/expire", "POST", expire_session, EXPAND, session_expand),
        ("/v1/checkout/sessions/<session_id>/line_items", "GET", session_line_items, EXPAND, nothing),
        ("/v1/payment_intents/<intent_id>", "GET", retrieve_intent, EXPAND, intent_expand),
        ("/v1/charges/<charge_id>", "GET", retrieve_charge, EXPAND, nothing),
        ("/v1/refunds", "POST", create_refund, REFUND_SCHEMA, nothing),
        ("/v1/refunds/<refund_id>", "GET", retrieve_refund, EXPAND, nothing),
        ("/v1/events/<event_id>", "GET", retrieve_event, EXPAND, nothing),
        ("/v1/events", "GET", list_events, EVENT_LIST_SCHEMA, nothing),
        ("/v1/accounts", "POST", create_account, ACCOUNT_SCHEMA, nothing),
        ("/v1/accounts/<account_id>", "GET", retrieve_account, EXPAND, nothing),
        ("/v1/account_links", "POST", create_account_link, ACCOUNT_LINK_SCHEMA, nothing),
        ("/v1/transfers", "POST", create_transfer, TRANSFER_SCHEMA, nothing),
        ("/v1/transfers/<transfer_id>", "GET", retrieve_transfer, EXPAND, nothing),
        ("/v1/transfers/<transfer_id>/reversals", "POST", create_reversal, REVERSAL_SCHEMA, nothing),
        ("/v1/transfers/<transfer_id>/reversals/<reversal_id>", "GET", retrieve_reversal, EXPAND, nothing),
        ("/v1/disputes/<dispute_id>", "GET", retrieve_dispute, EXPAND, nothing),
    ]
    for rule, method, operation, schema, expandable in routes:
        view = api(operation, schema, expandable, post=method == "POST")
        app.add_url_rule(rule, f"api_{operation.__name__}", view, methods=[method])

    @app.errorhandler(404)
    @app.errorhandler(405)
    def unrecognized(error: Exception) -> Response:
        if request.path.startswith("/v1/"):
            failure = invalid(
                f"Unrecognized request URL ({request.method}: {request.path}). Please see "
                "https://stripe.com/docs or we can help at https://support.stripe.com/.",
                status=404,
            )
            return Response(json.dumps(failure.body(), indent=2), 404, mimetype="application/json")
        return page("Not found", Markup("<p>There is nothing at this address.</p>"), 404)

    @app.errorhandler(500)
    def crashed(error: Exception) -> Response:
        if not request.path.startswith("/v1/"):
            return page("Something went wrong", Markup("<p>The fake Stripe server failed.</p>"), 500)
        failure = StripeFailure(500, "api_error", "An unknown error occurred in the fake Stripe server.")
        return Response(json.dumps(failure.body(), indent=2), 500, mimetype="application/json")

    # -- control routes (tests and development only; no key) --

    @app.post("/_control/fail")
    def control_fail() -> Response:
        data = request.get_json(force=True, silent=True) or {}
        status = data.get("status")
        if status not in (None, 402, 429, 500):
            return _json({"error": "status must be 402, 429 or 500 (or absent for a delay alone)"}, 400)
        try:
            rule = Failure(
                status=status,
                times=int(data.get("times", 1)),
                delay=float(data.get("delay_seconds") or 0),
                path_prefix=str(data.get("path_prefix") or "/v1/"),
                code=data.get("code"),
                should_retry=data.get("should_retry"),
            )
        except (TypeError, ValueError):
            return _json({"error": "times must be an integer and delay_seconds a number"}, 400)
        if rule.times < 1 or (status is None and rule.delay <= 0):
            return _json({"error": "times must be at least 1, and a rule needs a status or a delay"}, 400)
        with fake.lock:
            fake.failures.append(rule)
        return _json({"status": status, "times": rule.times, "delay_seconds": rule.delay,
                      "path_prefix": rule.path_prefix})  # fmt: skip

    @app.post("/_control/advance")
    def control_advance() -> Response:
        data = request.get_json(force=True, silent=True) or {}
        seconds = float(data.get("seconds") or 0)
        if seconds < 0:
            return _json({"error": "time only moves forward"}, 400)
        with fake.lock:
            fake.clock_offset += seconds
            tx = fake.begin()
        fake.dispatch(tx.events)
        return _json({"now": tx.now, "expired": [e["data"]["object"]["id"] for e in tx.events
                                                 if e["type"] == "checkout.session.expired"]})  # fmt: skip

    @app.get("/_control/events")
    def control_events() -> Response:
        with fake.lock:
            tx = fake.begin()
            wanted = request.args.get("type")
            events = copy.deepcopy([e for e in fake.events if wanted is None or e["type"] == wanted])
        fake.dispatch(tx.events)
        return _json({"object": "list", "data": events})

    @app.get("/_control/deliveries")
    def control_deliveries() -> Response:
        with fake.lock:
            return _json({"object": "list", "data": copy.deepcopy(fake.deliveries)})

    @app.post("/_control/redeliver")
    def control_redeliver() -> Response:
        data = request.get_json(force=True, silent=True) or {}
        times = int(data.get("times", 1))
        with fake.lock:
            event = copy.deepcopy(fake.events_by_id.get(str(data.get("event_id"))))
        if event is None:
            return _json({"error": "no such event"}, 404)
        if not fake.webhook_url:
            return _json({"error": "no webhook_url to deliver to"}, 400)
        if not 1 <= times <= 50:
            return _json({"error": "times must be between 1 and 50"}, 400)
        statuses: list[int | None] = [None] * times
        start = threading.Barrier(times)

        def send(index: int) -> None:
            start.wait(timeout=5)
            statuses[index] = fake.deliver(event, retry=False)

        threads = [threading.Thread(target=send, args=(i,), daemon=True) for i in range(times)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=WEBHOOK_TIMEOUT_SECONDS + 5)
        return _json({"event_id": event["id"], "statuses": statuses})

    def control_change(change: Callable[[Transaction], dict]) -> Response:
        """Run a control hook's change under the lock; a refusal answers ``{"error": ...}``."""
        failure: StripeFailure | None = None
        with fake.lock:
            tx = fake.begin()
            try:
                body = copy.deepcopy(change(tx))
            except StripeFailure as refused:
                failure = refused
        fake.dispatch(tx.events)
        if failure is not None:
            return _json(*connect.control_error(failure))
        return _json(body)

    @app.post("/_control/account_update")
    def control_account_update() -> Response:
        data = request.get_json(force=True, silent=True) or {}
        return control_change(lambda tx: connect.update_account(fake, tx, data))

    @app.post("/_control/dispute")
    def control_dispute() -> Response:
        data = request.get_json(force=True, silent=True) or {}
        return control_change(lambda tx: connect.create_dispute(fake, tx, data))

    @app.post("/_control/dispute/<dispute_id>/close")
    def control_dispute_close(dispute_id: str) -> Response:
        data = request.get_json(force=True, silent=True) or {}
        return control_change(lambda tx: connect.close_dispute(fake, tx, dispute_id, data.get("outcome")))

    @app.post("/_control/reset")
    def control_reset() -> Response:
        fake.reset()
        return _json({"reset": True})

    # -- the hosted pay page --

    @app.route("/pay/<session_id>", methods=["GET", "POST"])
    def pay_page(session_id: str) -> Response:
        with fake.lock:
            tx = fake.begin()
            session = fake.sessions.get(session_id)
            snapshot = copy.deepcopy(session) if session else None
            lines = copy.deepcopy(fake.session_lines.get(session_id, []))
        fake.dispatch(tx.events)
        if snapshot is None:
            return page("Checkout not found", Markup("<p>This checkout session does not exist.</p>"), 404)
        if request.method == "GET":
            if snapshot["status"] != "open":
                return closed_page(snapshot, 200 if snapshot["status"] == "complete" else 410)
            return pay_form(snapshot, lines)

        action = request.form.get("action", "")
        with fake.lock:
            tx = fake.begin()
            session = fake.sessions.get(session_id)  # None after a concurrent /_control/reset
            outcome: str
            if session is None:
                outcome = "gone"
            elif session["status"] != "open":
                outcome = "closed"
            elif action.startswith("pay:") and action[4:] in session["payment_method_types"]:
                fake.pay(tx, session, action[4:])
                outcome = "paid"
            elif action == "decline" and "card" in session["payment_method_types"]:
                fake.decline(tx, session)
                outcome = "declined"
            elif action == "abandon":
                outcome = "abandoned"
            else:
                outcome = "unknown"
            snapshot = copy.deepcopy(session)
        fake.dispatch(tx.events)
        if snapshot is None:
            return page("Checkout not found", Markup("<p>This checkout session does not exist.</p>"), 404)
        if outcome == "closed":
            return closed_page(snapshot, 400)
        if outcome == "paid":
            target = snapshot["success_url"].replace("{CHECKOUT_SESSION_ID}", session_id)
            return _redirect(target)
        if outcome == "declined":
            return pay_form(snapshot, lines, error="Your card was declined.", status=402)
        if outcome == "abandoned":
            if snapshot["cancel_url"]:
                return _redirect(snapshot["cancel_url"].replace("{CHECKOUT_SESSION_ID}", session_id))
            return page("Checkout left", Markup("<p>You left the checkout. Nothing was charged.</p>"))
        return pay_form(snapshot, lines, error="Choose one of the buttons below.", status=400)

    # -- the hosted Connect onboarding page --

    @app.route("/connect/onboard/<token>", methods=["GET", "POST"])
    def onboard_page(token: str) -> Response:
        action = request.form.get("action", "") if request.method == "POST" else None
        with fake.lock:
            tx = fake.begin()
            known = copy.deepcopy(fake.account_links.get(token))
            link = connect.usable_link(fake, tx, token)
            account = fake.accounts.get(link["account"]) if link else None  # None after a reset
            if link is not None and account is not None and action == "complete":
                link["used"] = True
                connect.complete_onboarding(fake, tx, account)
            snapshot = copy.deepcopy(account)
        fake.dispatch(tx.events)
        if known is None:
            return page("Link not found", Markup("<p>This onboarding link does not exist.</p>"), 404)
        if link is None or snapshot is None:
            return link_gone_page(known["refresh_url"])
        if action == "complete":
            return _redirect(known["return_url"])
        if action == "leave":  # nothing changes: the platform's refresh_url makes a new link
            return _redirect(known["refresh_url"])
        form = onboard_form(snapshot, f"/connect/onboard/{token}")
        if action is not None:
            form.status_code = 400  # a POST without one of the two buttons
        return form

    return app


def _inject_failure(fake: FakeStripe) -> None:
    """Apply the next matching ``/_control/fail`` rule: wait, then answer with Stripe's error envelope."""
    rule = fake.take_failure(request.path)
    if rule is None:
        return
    if rule.delay:
        time.sleep(rule.delay)
    headers = {} if rule.should_retry is None else {"Stripe-Should-Retry": str(rule.should_retry).lower()}
    if rule.status == 402:
        code = rule.code or "card_declined"
        raise StripeFailure(
            402,
            "card_error",
            "Your card was declined.",
            code=code,
            decline_code="generic_decline",
            headers=headers,
        )
    if rule.status == 429:
        code = rule.code or "rate_limit"
        message = (
            "This object cannot be accessed right now because another API request or Stripe process is "
            "currently accessing it. If you see this error intermittently, retry the request."
            if code == "lock_timeout"
            else "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits."
        )
        raise StripeFailure(429, "invalid_request_error", message, code=code, headers=headers)
    if rule.status == 500:
        raise StripeFailure(500, "api_error", "An unknown error occurred", headers=headers)


def _json(body: dict, status: int = 200) -> Response:
    return Response(json.dumps(body, indent=2), status=status, mimetype="application/json")


def _redirect(location: str) -> Response:
    return Response("", status=303, headers={"Location": location})
