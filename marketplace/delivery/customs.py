"""Customs: HS-style headings for the kinds of work sold here, and the value declared on a parcel.

The headings are those of the Harmonized System's chapter 97 (works of art) and the nearest headings for
crafts; an artist picks one per physical work (the category's heading by default) and a declared value
(the price by default). Pure data, no Flask.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

#: (heading, description) — the description is shown with the code on the customs sheet.
HS_HEADINGS: dict[str, object] = {
    "9701": _l("Paintings and drawings executed entirely by hand"),
    "9702": _l("Original engravings, prints and lithographs"),
    "9703": _l("Original sculptures and statuary, in any material"),
    "9705": _l("Collections and collectors' pieces of ethnographic interest"),
    "6304": _l("Other furnishing articles of textile (wall hangings)"),
    "6214": _l("Shawls, scarves and similar textile articles"),
    "6913": _l("Statuettes and other ornamental ceramic articles"),
    "6912": _l("Ceramic tableware and household articles"),
    "7113": _l("Articles of jewellery of precious metal"),
    "7117": _l("Imitation jewellery"),
    "4420": _l("Wooden statuettes and ornaments"),
    "4602": _l("Basketwork and wickerwork"),
    "4911": _l("Other printed matter, including printed pictures and photographs"),
    "9999": _l("Other (describe on the sheet)"),
}

DEFAULT_BY_CATEGORY = {
    "painting": "9701",
    "print": "9702",
    "photography": "4911",
    "sculpture": "9703",
    "textile": "6304",
    "ceramics": "6913",
    "jewellery": "7117",
    "craft": "4602",
    "design": "9999",
    "digital_art": "9999",
    "other": "9999",
}


def default_hs_code(category: str) -> str:
    return DEFAULT_BY_CATEGORY.get(category, "9999")
