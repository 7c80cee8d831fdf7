"""What every response tells the browser to protect its visitor: security headers, and cookies set one way.

Headers (one ``after_request``; no extension, see docs/architecture.md): a Content-Security-Policy that
allows only this site's own files (pages carry no inline script, style or event handler, so none is
allowed; the JSON-LD ``<script type="application/ld+json">`` of work pages is a data block, which browsers
neither run nor check against ``script-src``), no framing, no MIME sniffing, no address sent to other
sites, no powerful browser features, and HSTS in production. A view that set one of these headers itself
(the downloads' ``Referrer-Policy: no-referrer``) keeps its own.

Cookies: :func:`set_cookie` is the one way the application sets a cookie of its own (the cart, the
language, the display currency, the delivery destination): ``HttpOnly`` (no script needs to read them; the
site has none), ``SameSite=Lax``, and ``Secure`` whenever the session cookie is (``SESSION_COOKIE_SECURE``,
always on in production). Flask and Flask-Login set the session and remember-me cookies from their own
settings, which production makes Secure too.
"""

from __future__ import annotations

from flask import Flask, Response, current_app

# No ``form-action``: Chrome applies it to the redirects that follow a form (checkout and Connect
# onboarding post here, then go on to Stripe's hosted pages, whose address may be a custom domain).
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment",
        "usb",
    )
)  # fmt: skip
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # Same-site requests keep the full address (Flask-WTF's CSRF check reads it over HTTPS); other sites
    # learn nothing, not even the order or certificate address a link was followed from.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
}
#: One year; subdomains are left to the operator, who may serve other things on them.
STRICT_TRANSPORT_SECURITY = "max-age=31536000"


def init_app(app: Flask) -> None:
    app.after_request(add_security_headers)


def add_security_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if current_app.config.get("ENV_NAME") == "production":
        response.headers.setdefault("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY)
    return response


def set_cookie(response: Response, name: str, value: str, max_age: int) -> None:
    """Set one of the application's cookies, with the flags every one of them needs."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
        httponly=True,
        samesite="Lax",
    )
