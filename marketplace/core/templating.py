"""Helpers available in every template."""

from __future__ import annotations

from babel import Locale
from flask import g, request, url_for
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from marketplace.accounts.forms import SignOutForm
from marketplace.accounts.models import Role
from marketplace.catalog import display, urls
from marketplace.catalog.forms import DisplayCurrencyForm
from marketplace.catalog.models import CATEGORY_TITLES, Category
from marketplace.media import available_widths


def media_url(key: str, width: int) -> str:
    return url_for("core.media", key=f"{key}/{width}.webp")


def srcset(key: str, width: int) -> str:
    return ", ".join(f"{media_url(key, w)} {w}w" for w in available_widths(width))


def smallest_url(key: str, width: int, at_least: int = 640) -> str:
    widths = available_widths(width)
    chosen = next((w for w in widths if w >= at_least), widths[-1])
    return media_url(key, chosen)


def country_name(code: str) -> str:
    locale = get_locale() or Locale("en")
    return locale.territories.get(code, code)


def language_name(code: str) -> str:
    """A language's name in the page's language (for 'original in French')."""
    locale = get_locale() or Locale("en")
    return locale.languages.get(code, code)


def category_title(value: str) -> str:
    try:
        return str(CATEGORY_TITLES[Category(value)])
    except ValueError:
        return value


def role_title(value: str) -> str:
    return Role(value).title


def this_page_with(**changes) -> str:
    """This page's address with some query arguments changed (filters stay in the URL)."""
    args = request.args.to_dict()
    args.update({key: value for key, value in changes.items() if value is not None})
    view_args = dict(g.get("view_args_without_lang") or {})
    return url_for(request.endpoint, **view_args, **args)


def _cart_count() -> int:
    from marketplace.orders import carts
    from marketplace.orders.current_cart import current_cart

    if g.get("database_down"):
        return 0
    return carts.count(current_cart())


def order_status_title(value: str) -> str:
    from marketplace.orders.models import ORDER_STATUS_TITLES, OrderStatus

    return str(ORDER_STATUS_TITLES[OrderStatus(value)])


PAYMENT_METHOD_TITLES = {"card": _l("card"), "alipay": _l("Alipay"), "wechat_pay": _l("WeChat Pay")}


def payment_method_title(value: str) -> str:
    return str(PAYMENT_METHOD_TITLES.get(value, value))


def register(app) -> None:
    app.jinja_env.filters["category_title"] = category_title
    app.jinja_env.filters["role_title"] = role_title
    app.jinja_env.filters["payment_method_title"] = payment_method_title
    app.jinja_env.filters["country_title"] = country_name
    app.jinja_env.globals.update(
        media_url=media_url,
        srcset=srcset,
        smallest_url=smallest_url,
        country_name=country_name,
        language_name=language_name,
        Role=Role,
        this_page_with=this_page_with,
        order_status_title=order_status_title,
        work_url=urls.work_url,
        approximate=display.approximate,
        approximate_text=display.approximate_text,
        artist_url=urls.artist_url,
        collection_url=urls.collection_url,
    )

    @app.context_processor
    def _user_context():
        return {
            "sign_out_form": SignOutForm(formdata=None) if current_user.is_authenticated else None,
            "currency_form": DisplayCurrencyForm(formdata=None, currency=display.display_currency()),
            "cart_count": _cart_count(),
        }
