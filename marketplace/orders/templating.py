"""Template helpers for orders: statuses and payment methods by name, carriers' tracking links, which parts
a buyer can confirm, and the number of works in the visitor's cart (shown in every page's header)."""

from __future__ import annotations

from flask import Flask, g
from flask_babel import lazy_gettext as _l

from marketplace.core.templating import install
from marketplace.orders import carriers, carts, shipments
from marketplace.orders.current_cart import current_cart
from marketplace.orders.models import ORDER_STATUS_TITLES, OrderStatus

PAYMENT_METHOD_TITLES = {"card": _l("card"), "alipay": _l("Alipay"), "wechat_pay": _l("WeChat Pay")}


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"payment_method_title": payment_method_title},
        globals={"order_status_title": order_status_title, "tracking_url": carriers.tracking_url,
                 "delivery_confirmable": shipments.confirmable},
        queries={"cart_count": cart_count},
    )  # fmt: skip


def order_status_title(value: str) -> str:
    return str(ORDER_STATUS_TITLES[OrderStatus(value)])


def payment_method_title(value: str) -> str:
    return str(PAYMENT_METHOD_TITLES.get(value, value))


def cart_count() -> int:
    """How many works the visitor's cart holds (none while the database is down: the 503 page)."""
    if g.get("database_down"):
        return 0
    return carts.count(current_cart())
