"""The cart: what the visitor has chosen, grouped by currency (one order per currency)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from marketplace.accounts.access import safe_next
from marketplace.catalog import services as catalog
from marketplace.db import db_session
from marketplace.i18n import current_language
from marketplace.orders import carts
from marketplace.orders.current_cart import current_cart
from marketplace.orders.forms import CartLineForm

bp = Blueprint("cart", __name__, url_prefix="/<lang_code>/cart")


@bp.route("/")
def index():
    groups = carts.groups(current_cart(with_works=True))
    works = [line.work for group in groups for line in group.lines]
    texts = catalog.work_texts(db_session(), works, current_language())
    return render_template("orders/cart.html", groups=groups, texts=texts, line_form=CartLineForm())


@bp.route("/<action>", methods=["POST"])
def change(action: str):
    form = CartLineForm()
    back = safe_next(form.next.data) or url_for("cart.index")
    if action not in ("add", "update", "remove") or not form.validate_on_submit():
        flash(_("Choose a quantity between 1 and %(max)d.", max=carts.MAX_QUANTITY), "error")
        return redirect(back)
    try:
        work_id = form.work_id.data
        cart = current_cart(create=True)
        if action == "add":
            carts.add(db_session(), cart, work_id, form.quantity.data or 1)
            flash(_("Added to your cart."), "success")
        elif action == "update":
            carts.set_quantity(db_session(), cart, work_id, form.quantity.data)
        else:
            carts.remove(db_session(), cart, work_id)
    except (carts.CartError, ValueError) as error:
        flash(str(getattr(error, "message", _("This work is not available any more."))), "error")
    return redirect(back)
