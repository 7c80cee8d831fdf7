"""Constants and parameters shared by the fake Stripe tests."""

from __future__ import annotations

import time

WEBHOOK_SECRET = "whsec_fake_stripe_tests"
API_KEY = "sk_test_fake_stripe_tests"


def session_params(**overrides) -> dict:
    """What the marketplace sends for one order, in Stripe's parameters."""
    params = {
        "mode": "payment",
        "line_items": [
            {
                "price_data": {
                    "currency": "usd",
                    "unit_amount": 12500,
                    "product_data": {"name": "Indigo batik"},
                },
                "quantity": 1,
            },
            {
                "price_data": {"currency": "usd", "unit_amount": 2000, "product_data": {"name": "Kanga"}},
                "quantity": 2,
            },
        ],
        "payment_method_types": ["card", "alipay", "wechat_pay"],
        "payment_method_options": {"wechat_pay": {"client": "web"}},
        "success_url": "https://shop.test/en/orders/A-1/paid?session={CHECKOUT_SESSION_ID}",
        "cancel_url": "https://shop.test/en/cart",
        "expires_at": int(time.time()) + 3600,
        "metadata": {"order_number": "A-1"},
        "client_reference_id": "A-1",
        "customer_email": "amina@example.org",
        "payment_intent_data": {"metadata": {"order_number": "A-1", "buyer": "7"}},
    }
    params.update(overrides)
    return params
