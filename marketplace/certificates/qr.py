"""QR codes as inline SVG (segno, pure Python): no JavaScript, no image request, sharp at any print size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    import segno

#: Medium error correction survives a crease or a smudge on paper; the quiet zone is the standard 4.
ERROR = "m"
BORDER = 4


def make(data: str) -> segno.QRCode:
    import segno  # loaded by the first certificate shown, not by every worker at start

    return segno.make(data, error=ERROR, micro=False)


def svg(data: str, title: str) -> Markup:
    """An <svg> sized by CSS (viewBox only); ``title`` is its accessible name (segno escapes it)."""
    return Markup(  # noqa: S704  (segno's own markup; the only text in it, the title, is escaped by segno)
        make(data).svg_inline(scale=1, border=BORDER, omitsize=True, title=title, svgclass="qr-code")
    )
