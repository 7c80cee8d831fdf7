"""The hosted pages of the fake Stripe server (pay, Connect onboarding): plain server-rendered HTML, no
JavaScript."""

from __future__ import annotations

from flask import Response
from markupsafe import Markup

from marketplace.money import exponent as iso_exponent
from marketplace.money import to_decimal
from marketplace.payments import methods

METHOD_LABELS = {"card": "Pay by card", "alipay": "Pay with Alipay", "wechat_pay": "Pay with WeChat Pay"}


def format_amount(amount: int, currency: str) -> str:
    """Stripe's integer as a person reads it: ``KES 4,500.00``, ``XOF 25,000``, ``ISK 5``."""
    minor = methods.from_stripe_amount(amount, currency)
    places = iso_exponent(currency)
    return f"{currency.upper()} {to_decimal(minor, currency):,.{places}f}"


_STYLE = Markup("""
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;background:#f6f4ef;
color:#1d1d2b}main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.75rem;
box-shadow:0 1px 4px rgba(0,0,0,.12)}h1{font-size:1.4rem;margin:.25rem 0 1rem}.test{background:#fff3c4;
padding:.4rem .6rem;border-radius:.4rem;font-size:.85rem}table{width:100%;border-collapse:collapse;
margin-bottom:1rem}td,th{padding:.35rem 0;text-align:left}td.n{text-align:right}.total{font-size:1.2rem}
.error{background:#fde2e1;color:#8a1c12;padding:.6rem;border-radius:.4rem}button{display:block;width:100%;
min-height:2.75rem;margin:.5rem 0;font-size:1rem;border-radius:.5rem;border:1px solid #2b2f77;
background:#2b2f77;color:#fff;cursor:pointer}button.secondary{background:#fff;color:#2b2f77}
button:focus{outline:3px solid #d4a017;outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
""")


def page(title: str, content: Markup, status: int = 200, site: str = "Test checkout") -> Response:
    html = Markup(
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>{title} · {site}</title>\n<style>{style}</style>\n</head>\n<body>\n"
        '<main aria-labelledby="page-title">\n'
        '<p class="test">Test mode: this is the fake Stripe server. No real money moves.</p>\n'
        '<h1 id="page-title">{title}</h1>\n{content}\n</main>\n</body>\n</html>\n'
    ).format(title=title, site=site, style=_STYLE, content=content)
    return Response(str(html), status=status, mimetype="text/html")


def pay_form(session: dict, lines: list[dict], error: str | None = None, status: int = 200) -> Response:
    currency = session["currency"]
    rows = Markup("").join(
        Markup('<tr><td>{name}</td><td class="n">× {qty}</td><td class="n">{amount}</td></tr>').format(
            name=line["description"],
            qty=line["quantity"],
            amount=format_amount(line["amount_total"], currency),
        )
        for line in lines
    )
    buttons = Markup("").join(
        Markup('<button type="submit" name="action" value="pay:{kind}">{label}</button>').format(
            kind=kind, label=METHOD_LABELS[kind]
        )
        for kind in session["payment_method_types"]
    )
    if "card" in session["payment_method_types"]:
        buttons += Markup(
            '<button type="submit" name="action" value="decline" class="secondary">'
            "Simulate a declined card</button>"
        )
    buttons += Markup(
        '<button type="submit" name="action" value="abandon" class="secondary">Cancel and go back</button>'
    )
    alert = Markup('<p class="error" role="alert">{}</p>').format(error) if error else Markup("")
    total = format_amount(session["amount_total"], currency)
    content = Markup(
        "{alert}<table><caption class=\"visually-hidden\">Order</caption><tbody>{rows}</tbody></table>"
        '<p class="total">Total: '
        '<strong data-amount="{amount}" data-currency="{currency}">{total}</strong></p>'
        '<form method="post" action="{action}" aria-label="Payment">{buttons}</form>'
    ).format(
        alert=alert, rows=rows, amount=session["amount_total"], currency=currency, total=total,
        action=session["url"] or f"/pay/{session['id']}", buttons=buttons,
    )  # fmt: skip
    return page(f"Pay {total}", content, status)


def closed_page(session: dict, status: int) -> Response:
    if session["status"] == "complete":
        content = Markup("<p>This checkout session is already complete: it has been paid.</p>")
        return page("Already paid", content, status)
    return page(
        "Checkout expired", Markup("<p>This checkout session has expired. Nothing was charged.</p>"), status
    )


ONBOARDING = "Test onboarding"


def onboard_form(account: dict, action: str) -> Response:
    """Stripe's hosted Connect onboarding, reduced to its outcome: the person completes it or leaves."""
    content = Markup(
        "<p>The platform asks you to set up payouts with Stripe for the account "
        "<strong>{account}</strong> ({email}, {country}).</p>"
        "<p>Stripe would now ask for your identity and your bank account.</p>"
        '<form method="post" action="{action}" aria-label="Onboarding">'
        '<button type="submit" name="action" value="complete">Complete onboarding</button>'
        '<button type="submit" name="action" value="leave" class="secondary">Leave</button>'
        "</form>"
    ).format(account=account["id"], email=account["email"] or "no email", country=account["country"],
             action=action)  # fmt: skip
    return page("Set up payouts", content, site=ONBOARDING)


def link_gone_page(refresh_url: str | None) -> Response:
    """An account link can be followed once, for five minutes; Stripe sends the person to refresh_url."""
    again = (
        Markup('<p><a href="{}">Ask the platform for a new link</a></p>').format(refresh_url)
        if refresh_url
        else Markup("")
    )
    content = Markup("<p>This onboarding link has expired or has already been used.</p>{again}").format(
        again=again
    )
    return page("Link expired", content, 410, site=ONBOARDING)
