"""Template helpers for orders: statuses and payment methods by name, carriers' tracking links, which parts
a buyer can confirm, and the number of works in the visitor's cart (shown in every page's header)."""

from __future__ import annotations

from flask import Flask, g
from flask_babel import lazy_gettext as _l

from marketplace.core.templating import install
from marketplace.orders import carriers, carts, shipments
from marketplace.orders.current_cart import current_cart
from marketplace.orders.models import (
    DOWNLOAD_ORDER_STATUS_TITLES,
    ORDER_STATUS_TITLES,
    Order,
    OrderStatus,
    Shipment,
)

UNREFUNDED = (OrderStatus.PAID.value, OrderStatus.SHIPPED.value, OrderStatus.DELIVERED.value)
PAYMENT_METHOD_TITLES = {"card": _l("card"), "alipay": _l("Alipay"), "wechat_pay": _l("WeChat Pay")}


def register(app: Flask) -> None:
    install(
        app, __name__,
        filters={"payment_method_title": payment_method_title},
        globals={"order_status_title": order_status_title, "order_status_for": order_status_for,
                 "sale_status_for": sale_status_for, "tracking_url": carriers.tracking_url,
                 "delivery_confirmable": shipments.confirmable},
        queries={"cart_count": cart_count},
    )  # fmt: skip


def order_status_title(value: str) -> str:
    return str(ORDER_STATUS_TITLES[OrderStatus(value)])


def order_status_for(order: Order) -> str:
    """The order's status as its buyer reads it: an order of downloads only is never "shipped"."""
    if order.is_downloads_only and order.status in DOWNLOAD_ORDER_STATUS_TITLES:
        return str(DOWNLOAD_ORDER_STATUS_TITLES[OrderStatus(order.status)])
    return order_status_title(order.status)


def sale_status_for(order: Order, shipment: Shipment | None) -> str:
    """The status of the artist's part of the order: a part of digital works is ready to download, then
    downloaded, whatever the other artists' parcels do."""
    if shipment and shipment.is_download and order.status in UNREFUNDED:  # no part yet: Undefined
        status = OrderStatus.DELIVERED if shipment.delivered_at else OrderStatus.SHIPPED
        return str(DOWNLOAD_ORDER_STATUS_TITLES[status])
    return order_status_title(order.status)


def payment_method_title(value: str) -> str:
    return str(PAYMENT_METHOD_TITLES.get(value, value))


def cart_count() -> int:
    """How many works the visitor's cart holds (none while the database is down: the 503 page)."""
    if g.get("database_down"):
        return 0
    return carts.count(current_cart())
