"""Carriers the studio's shipping form offers, and the public tracking page of each.

Decision: ``Shipment.carrier`` stores the carrier's **display name** ("DHL Express"), not its code. Rows
written before this list existed hold whatever the artist typed ("DHL", "Posta Kenya"), and a carrier
chosen as "Other" is stored as typed too, so every row shows as it is stored, in pages and emails alike.
``find`` recognises a code, a display name or a usual short name (case and spaces ignored), so a known
carrier typed by hand in an old row also gets its tracking link.

A carrier is listed only when its public tracking page takes the number in its address; carriers whose
tracking page asks for the number in a form (EMS / China Post's asks for a CAPTCHA first, and DPD's
address differs by country) are shipped as "Other" and show the number without a link. The number is
put into the address without its spaces and percent-encoded, so nothing in it can change the address.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str
    #: The tracking page, with ``{number}`` where the (percent-encoded) tracking number goes.
    url_template: str
    aliases: tuple[str, ...] = ()

    def url(self, number: str) -> str:
        return self.url_template.format(number=quote(number.replace(" ", ""), safe=""))


CARRIERS: tuple[Carrier, ...] = (
    # DHL's one tracking page serves Express, Parcel and eCommerce numbers alike.
    Carrier(
        "dhl",
        "DHL Express",
        "https://www.dhl.com/global-en/home/tracking.html?tracking-id={number}&submit=1",
        ("dhl",),
    ),
    Carrier("fedex", "FedEx", "https://www.fedex.com/fedextrack/?trknbr={number}", ("federal express",)),
    Carrier("ups", "UPS", "https://www.ups.com/track?tracknum={number}"),
    Carrier("aramex", "Aramex", "https://www.aramex.com/us/en/track/results?ShipmentNumber={number}"),
    Carrier(
        "sf-express",
        "SF Express",
        "https://www.sf-express.com/we/ow/chn/sc/waybill/waybill-detail/{number}",
        ("sf", "顺丰", "顺丰速运"),
    ),
    Carrier(
        "laposte",
        "La Poste / Colissimo",
        "https://www.laposte.fr/outils/suivre-vos-envois?code={number}",
        ("la poste", "laposte", "colissimo"),
    ),
)

#: The value of the shipping form's "Other" choice (a carrier name is then typed).
OTHER = "other"


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


_BY_KEY: dict[str, Carrier] = {}
for _carrier in CARRIERS:
    for _name in (_carrier.code, _carrier.name, *_carrier.aliases):
        _BY_KEY[_key(_name)] = _carrier


def find(code_or_name: str | None) -> Carrier | None:
    """The known carrier named by a code, a display name or a usual short name; None for any other."""
    return _BY_KEY.get(_key(code_or_name or ""))


def tracking_url(code_or_name: str | None, number: str | None) -> str | None:
    """The carrier's tracking page for ``number``, or None for an unknown carrier or an empty number."""
    carrier = find(code_or_name)
    if carrier is None or not number or not number.strip():
        return None
    return carrier.url(number.strip())
