"""The visitor's cart across requests: found by the signed-in buyer or by the ``cart`` cookie, which is
set when a visitor's first cart is made and merged into the buyer's cart at sign-in."""

from __future__ import annotations

from flask import Flask, g, request
from flask_login import current_user, user_logged_in

from marketplace.core import page_cache
from marketplace.db import db_session
from marketplace.orders import carts
from marketplace.security import set_cookie

COOKIE = "cart"
COOKIE_MAX_AGE = 60 * 24 * 3600


def current_cart(create: bool = False, with_works: bool = False):
    """This request's cart (None if it has none, unless ``create``); ``with_works`` for pages that show
    its works (carts.find)."""
    session = db_session()
    user_id = current_user.id if current_user.is_authenticated else None
    token = request.cookies.get(COOKIE)
    if not create:
        return carts.find(session, user_id, token, with_works)
    cart = carts.find_or_create(session, user_id, token)
    if cart.token and cart.token != token:
        g.new_cart_token = cart.token
    return cart


def init_app(app: Flask) -> None:
    app.after_request(_set_cookie)
    # The layout shows the cart's size: a visitor with a cart gets pages of their own.
    page_cache.pass_when(app, lambda: bool(request.cookies.get(COOKIE)))
    user_logged_in.connect(_merge_into_buyer, app)


def _set_cookie(response):
    token = g.pop("new_cart_token", None)
    if token:
        set_cookie(response, COOKIE, token, COOKIE_MAX_AGE)
    return response


def _merge_into_buyer(app, user, **_extra):
    token = request.cookies.get(COOKIE) if request else None
    if token:
        carts.merge_into_user(db_session(), token, user.id)
