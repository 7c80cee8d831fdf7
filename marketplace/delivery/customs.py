"""Customs: HS-style headings for the kinds of work sold here, and the value declared on a parcel.

The headings are those of the Harmonized System's chapter 97 (works of art) and the nearest headings for
crafts; an artist picks one per physical work (the category's heading by default) and a declared value
(the price by default). Pure data, no Flask.

Also here: the restricted-materials detector curators see at review (``restricted_materials``). The
paperwork a parcel travels with is made from these facts in paperwork/sheets.py.
"""

from __future__ import annotations

import re
import unicodedata

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


def work_hs_code(work) -> str:
    """The heading the artist chose, else the one of the work's category."""
    return work.hs_code or default_hs_code(work.category)


def hs_description(code: str) -> str:
    """The heading's description in the page's language; empty for a code not in the list."""
    description = HS_HEADINGS.get(code)
    return str(description) if description is not None else ""


def declared_value(work, price_minor: int | None = None) -> int:
    """The value declared for one unit, in minor units: the artist's figure, else the price.

    ``price_minor`` is the price the work was sold at (an order line's unit price), which is the value of
    a sale when the artist gave none; without it, the work's current price.
    """
    if work.declared_value_minor:
        return work.declared_value_minor
    return price_minor if price_minor is not None else work.price_minor


def is_work_of_art(code: str) -> bool:
    """Chapter 97 of the Harmonized System: works of art, collectors' pieces and antiques."""
    return code.startswith("97")


# --- restricted materials -----------------------------------------------------------------------------
#
# Words naming materials whose trade needs a permit (CITES and national rules), in English, French,
# Swahili and Chinese. The detector only raises a flag: the curator checks the permits. Texts are folded
# (case, accents, full-width forms, apostrophes and dashes) before matching; Latin-script words must
# stand on their own ("coralline", "Ivoryton" and "ebonised" are not flagged), Chinese words are matched
# anywhere. Colour and place names built on these words ("ivory-coloured", "ivory white", "ivory black",
# "coral pink", "couleur ivoire", "rangi ya matumbawe", 象牙白, 珊瑚红釉, "Côte d'Ivoire") are removed
# before matching, so they raise no flag.

IVORY = "ivory"
ROSEWOOD = "rosewood"
CORAL = "coral"
TORTOISESHELL = "tortoiseshell"
RHINO_HORN = "rhino horn"
PANGOLIN_SCALES = "pangolin scales"
SHAHTOOSH = "shahtoosh"
PYTHON_SKIN = "python skin"
CROCODILE_SKIN = "crocodile skin"
ELEPHANT_HAIR = "elephant hair"
SANDALWOOD = "sandalwood"
EBONY = "ebony"

#: How each canonical name is shown to curators and on the customs sheet.
RESTRICTED_TITLES: dict[str, object] = {
    IVORY: _l("ivory"),
    ROSEWOOD: _l("rosewood or palisander (Dalbergia)"),
    CORAL: _l("coral"),
    TORTOISESHELL: _l("tortoiseshell (hawksbill turtle)"),
    RHINO_HORN: _l("rhino horn"),
    PANGOLIN_SCALES: _l("pangolin scales"),
    SHAHTOOSH: _l("shahtoosh (Tibetan antelope wool)"),
    PYTHON_SKIN: _l("python skin"),
    CROCODILE_SKIN: _l("crocodile skin"),
    ELEPHANT_HAIR: _l("elephant hair"),
    SANDALWOOD: _l("sandalwood (Santalum)"),
    EBONY: _l("ebony (Diospyros)"),
}

_S = r"[\s-]+"  # between the words of a phrase: spaces or a hyphen
_O = r"[\s-]*"  # the same, or nothing ("tortoiseshell", "tortoise shell")

#: Latin-script words and phrases (folded: lower case, no accents), by canonical name.
_LATIN_WORDS: dict[str, tuple[str, ...]] = {
    IVORY: (
        r"ivory", r"ivories", r"ivoire", r"ivoires",
        rf"pembe{_S}(?:ya|za){_S}(?:ndovu|tembo)", rf"(?:meno{_S}ya|jino{_S}la){_S}(?:ndovu|tembo)",
    ),
    ROSEWOOD: (
        r"rosewoods?", r"dalbergias?", r"palisanders?", r"palissandres?", r"dalbergies?",
        rf"bois{_S}de{_S}rose", rf"hong{_O}mu", r"zitan", r"huanghuali", r"suanzhi",
        rf"african{_S}blackwood", r"grenadilla", r"mpingo", r"kosso",
    ),
    CORAL: (r"corals?", r"corail", r"coraux", r"matumbawe", r"tumbawe"),
    TORTOISESHELL: (
        rf"tortoise{_O}shells?", rf"turtle{_O}shells?", r"hawksbills?", r"bekko",
        rf"ecailles?{_S}de{_S}tortue", rf"carapaces?{_S}de{_S}tortue", rf"tortues?{_S}imbriquees?",
        rf"(?:gamba{_S}la|magamba{_S}ya){_S}(?:kasa|kobe)", r"ng'amba",
    ),
    RHINO_HORN: (
        rf"rhino(?:ceros)?{_S}horns?", rf"cornes?{_S}de{_S}rhino(?:ceros)?",
        rf"pembe{_S}(?:ya|za){_S}(?:ki)?faru",
    ),
    PANGOLIN_SCALES: (
        rf"pangolin{_S}(?:scales?|skin|leather)", rf"(?:ecailles?|peau|cuir){_S}de{_S}pangolin",
        rf"(?:gamba{_S}la|magamba{_S}ya|ngozi{_S}ya){_S}kakakuona",
    ),
    SHAHTOOSH: (
        r"shahtoosh", r"shahtush", r"shatoosh", rf"tibetan{_S}antelope", rf"antilopes?{_S}du{_S}tibet",
    ),
    PYTHON_SKIN: (
        rf"python{_O}(?:skins?|leather)", rf"(?:peau|cuir){_S}de{_S}python", rf"ngozi{_S}ya{_S}chatu",
    ),
    CROCODILE_SKIN: (
        rf"(?:crocodile|croc|alligator){_O}(?:skins?|leather)",
        rf"(?:peau|cuir){_S}de{_S}(?:crocodile|croco)", rf"ngozi{_S}ya{_S}mamba",
    ),
    ELEPHANT_HAIR: (
        rf"elephant{_S}(?:tail{_S})?hairs?", rf"(?:poils?|crins?){_S}d'{_O}elephants?",
        rf"(?:nywele|singa|manyoya){_S}(?:ya|za){_S}(?:tembo|ndovu)",
    ),
    SANDALWOOD: (
        rf"sandal{_O}woods?", r"santalum", rf"bois{_S}de{_S}santal", r"santal", r"msandali",
        rf"(?:mti{_S}wa|mbao{_S}(?:ya|za)){_S}sandali",
    ),
    EBONY: (r"ebony", r"ebonies", r"diospyros", r"ebenes?", r"abunusi", r"eboni"),
}  # fmt: skip

#: Chinese words (simplified and traditional), matched anywhere in the text.
_CHINESE_WORDS: dict[str, tuple[str, ...]] = {
    IVORY: ("象牙", "牙雕"),
    ROSEWOOD: ("红木", "紅木", "紫檀", "黄花梨", "黃花梨", "酸枝"),
    CORAL: ("珊瑚",),
    TORTOISESHELL: ("玳瑁", "龟甲", "龜甲", "龟壳", "龜殼"),
    RHINO_HORN: ("犀角", "犀牛角"),
    PANGOLIN_SCALES: ("穿山甲",),
    SHAHTOOSH: ("沙图什", "沙圖什", "藏羚羊"),
    PYTHON_SKIN: ("蟒皮", "蟒蛇皮"),
    CROCODILE_SKIN: ("鳄鱼皮", "鱷魚皮"),
    ELEPHANT_HAIR: ("象毛", "象尾毛"),
    SANDALWOOD: ("檀香",),
    EBONY: ("乌木", "烏木", "黑檀"),
}

_COLOURED = r"ivory|ivories|coral|ebony|rosewood|tortoise[\s-]*shell"
_FR_COLOURED = rf"ivoire|corail|ebene|ecaille|palissandre|bois{_S}de{_S}rose"
_SW_COLOURED = rf"pembe{_S}(?:ya|za){_S}(?:ndovu|tembo)|matumbawe|abunusi|eboni"

#: Phrases that contain a word above without naming the material: removed before matching.
_NOT_MATERIALS = re.compile(
    "|".join(
        (
            # English colours, patterns and imitations: "ivory-coloured", "ivory white", "coral reef".
            rf"(?<![a-z0-9])(?:{_COLOURED}){_S}(?:colou?r(?:ed|s)?|tones?|toned|shades?|hues?|tint(?:ed)?|"
            rf"white|black|pink|cream|yellow|patterns?|patterned|effect|finish|stain(?:ed)?|prints?|"
            rf"printed|motifs?|reefs?|fleece|tower)(?![a-z0-9])",
            rf"(?<![a-z0-9])(?:ivory{_S}coast|vegetable{_S}ivory|ivoire{_S}vegetale?)(?![a-z0-9])",
            # French: "couleur ivoire", "blanc ivoire", "noir d'ivoire", "rose corail", "Côte d'Ivoire".
            rf"(?<![a-z0-9])(?:couleurs?|teintes?|tons?|nuances?|blanc|blanche|noir|noire|rose|motifs?|"
            rf"imprimes?|effet|facon|cote)(?:{_S}|{_O}d'{_O}|{_S}de{_S})(?:l'{_O})?(?:{_FR_COLOURED})"
            rf"(?![a-z0-9])",
            # Swahili: "rangi ya pembe za ndovu" (the colour of ivory); "Pwani ya Pembe" (Ivory Coast).
            rf"(?<![a-z0-9])rangi{_S}ya{_S}(?:{_SW_COLOURED})(?![a-z0-9])",
            rf"(?<![a-z0-9])pwani{_S}ya{_S}pembe(?:{_S}(?:ya|za){_S}(?:ndovu|tembo))?(?![a-z0-9])",
            # Chinese colours, glazes, patterns, places, fabrics: 象牙白, 珊瑚红釉, 玳瑁釉, 珊瑚绒.
            r"象牙(?:色|白|黄|黃|海岸|塔|果)",
            r"珊瑚(?:色|红|紅|粉|礁|绒|絨)",
            r"玳瑁(?:色|纹|紋|釉|斑)",
            r"(?:红木|紅木|紫檀|乌木|烏木)色",
        )
    )
)

_LATIN = re.compile(
    "|".join(
        rf"(?P<{name.replace(' ', '_')}_{i}>(?<![a-z0-9])(?:{'|'.join(words)})(?![a-z0-9]))"
        for i, (name, words) in enumerate(_LATIN_WORDS.items())
    )
)
_CHINESE = {name: re.compile("|".join(words)) for name, words in _CHINESE_WORDS.items()}
_GROUPS = {f"{name.replace(' ', '_')}_{i}": name for i, name in enumerate(_LATIN_WORDS)}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u00ad]")


def _fold(text: str) -> str:
    """Lower case, full-width forms made plain, accents removed, one kind of apostrophe and dash."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _DASHES.sub("-", text.translate(_APOSTROPHES))
    return _NOT_MATERIALS.sub(" ", text)


def restricted_materials(text: str) -> list[str]:
    """The restricted materials ``text`` names, as canonical English names, sorted and without repeats."""
    if not text:
        return []
    folded = _fold(text)
    found = {_GROUPS[m.lastgroup] for m in _LATIN.finditer(folded) if m.lastgroup}
    found.update(name for name, pattern in _CHINESE.items() if pattern.search(folded))
    return sorted(found)


WORK_TEXT_FIELDS = ("materials", "medium", "technique", "title", "description")


def work_texts(work) -> list[str]:
    """The texts of a work in which materials are named."""
    return [getattr(work, name) or "" for name in WORK_TEXT_FIELDS]


def restricted_materials_of(work, revision=None, translations=()) -> list[str]:
    """Restricted materials named by a work, a proposed revision of it, and its translations' texts."""
    texts = work_texts(work)
    if revision is not None:
        texts += [str(value) for name, value in (revision.fields or {}).items() if name in WORK_TEXT_FIELDS]
        for fields in (revision.translations or {}).values():
            texts += [str(value) for name, value in fields.items() if name in WORK_TEXT_FIELDS]
    for row in translations:
        texts += [str(value) for name, value in (row.fields or {}).items() if name in WORK_TEXT_FIELDS]
    return restricted_materials("\n".join(texts))


def restricted_title(name: str) -> str:
    return str(RESTRICTED_TITLES.get(name, name))
