"""The restricted-materials detector, the declared value and the HS descriptions (no database)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from marketplace.delivery import customs

FLAGGED = [
    # English
    ("Ivory inlay on ebony", ["ebony", "ivory"]),
    ("IVORY-inlaid box", ["ivory"]),
    ("carved old ivories", ["ivory"]),
    ("Frame of Brazilian rosewood", ["rosewood"]),
    ("Dalbergia latifolia veneer", ["rosewood"]),
    ("palisander and brass", ["rosewood"]),
    ("Hongmu chair", ["rosewood"]),
    ("African blackwood (mpingo)", ["rosewood"]),
    ("red coral beads", ["coral"]),
    ("tortoise shell comb", ["tortoiseshell"]),
    ("hawksbill turtle shell", ["tortoiseshell"]),
    ("Rhinoceros horn cup", ["rhino horn"]),
    ("pangolin scales", ["pangolin scales"]),
    ("Shahtoosh shawl", ["shahtoosh"]),
    ("python-skin strap", ["python skin"]),
    ("crocodile leather binding", ["crocodile skin"]),
    ("bracelet of elephant hair", ["elephant hair"]),
    ("Santalum album, carved", ["sandalwood"]),
    ("sandal wood box", ["sandalwood"]),
    ("Diospyros crassiflora (Cameroon ebony)", ["ebony"]),
    # French (accents and typographic apostrophes folded)
    ("Incrustations d’ivoire", ["ivory"]),
    ("Cadre en palissandre", ["rosewood"]),
    ("bois de rose et laiton", ["rosewood"]),
    ("Collier de corail", ["coral"]),
    ("coraux anciens", ["coral"]),
    ("peigne en écaille de tortue", ["tortoiseshell"]),
    ("corne de rhinocéros", ["rhino horn"]),
    ("écailles de pangolin", ["pangolin scales"]),
    ("sac en peau de crocodile", ["crocodile skin"]),
    ("bracelet en poils d’éléphant", ["elephant hair"]),
    ("coffret en bois de santal", ["sandalwood"]),
    ("Sculpture en ÉBÈNE", ["ebony"]),
    # Swahili
    ("Kinyago cha pembe za ndovu", ["ivory"]),
    ("pembe ya tembo", ["ivory"]),
    ("Mkufu wa matumbawe", ["coral"]),
    ("Sanamu ya mpingo", ["rosewood"]),
    ("gamba la kasa", ["tortoiseshell"]),
    ("pembe ya kifaru", ["rhino horn"]),
    ("magamba ya kakakuona", ["pangolin scales"]),
    ("mkoba wa ngozi ya chatu", ["python skin"]),
    ("ngozi ya mamba", ["crocodile skin"]),
    ("bangili ya singa za tembo", ["elephant hair"]),
    ("Kinyago cha abunusi", ["ebony"]),
    # Chinese (simplified and traditional)
    ("象牙雕刻", ["ivory"]),
    ("紅木嵌螺钿", ["rosewood"]),
    ("紫檀笔筒", ["rosewood"]),
    ("黄花梨圈椅", ["rosewood"]),
    ("珊瑚项链", ["coral"]),
    ("玳瑁发簪", ["tortoiseshell"]),
    ("犀角杯", ["rhino horn"]),
    ("穿山甲鳞片", ["pangolin scales"]),
    ("沙图什披肩", ["shahtoosh"]),
    ("二胡（蟒皮）", ["python skin"]),
    ("鳄鱼皮钱包", ["crocodile skin"]),
    ("檀香扇", ["sandalwood"]),
    ("乌木手串", ["ebony"]),
    # Several at once, repeated, in different languages: each named once, sorted
    ("ivory, 象牙 and ivoire; corail and coral", ["coral", "ivory"]),
]

NOT_FLAGGED = [
    # English: other words, colours, pigments, places, imitation woods
    "Ivoryton workshop",
    "coralline algae print",
    "ivory-coloured cotton",
    "Ivory coloured linen",
    "ivory white silk",
    "Oil on canvas, ivory black and titanium white",
    "coral pink glaze",
    "a view of the coral reef",
    "coral fleece blanket",
    "ebonised oak",
    "rosewood-stained pine",
    "Made in Ivory Coast",
    "vegetable ivory (tagua nut) buttons",
    "pangolin",  # the animal as a subject, not its scales
    # French
    "Coton couleur ivoire",
    "papier blanc ivoire",
    "Abidjan, Côte d’Ivoire",
    "noir d'ivoire",
    "rose corail",
    "ébéniste",
    # Swahili
    "Kitambaa cha rangi ya pembe za ndovu",
    "rangi ya matumbawe",
    "pembe ya ng'ombe",  # cow horn
    "Kanga ya pamba",
    # Chinese: colours, glazes, fabrics, places
    "象牙白瓷",
    "德化象牙白",
    "珊瑚红釉",
    "珊瑚绒",
    "玳瑁釉茶盏",
    "象牙海岸",
    "青花缠枝莲纹梅瓶",
    "",
]


@pytest.mark.parametrize(("text", "expected"), FLAGGED)
def test_restricted_materials_are_found(text, expected):
    assert customs.restricted_materials(text) == expected


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_other_words_are_not_flagged(text):
    assert customs.restricted_materials(text) == []


def test_a_colour_word_does_not_hide_the_material_beside_it():
    assert customs.restricted_materials("ivory-coloured silk with an ivory inlay") == ["ivory"]
    assert customs.restricted_materials("象牙白瓷，象牙底座") == ["ivory"]


def test_every_canonical_name_has_a_title():
    assert set(customs.RESTRICTED_TITLES) == set(customs._LATIN_WORDS) == set(customs._CHINESE_WORDS)


def work(**values):
    defaults = dict(
        materials="", medium="", technique="", title="", description="", story="", category="painting",
        hs_code="", declared_value_minor=None, price_minor=500000,
    )  # fmt: skip
    return SimpleNamespace(**{**defaults, **values})


def test_work_texts_are_searched_but_not_the_story():
    assert customs.restricted_materials_of(work(technique="carved ivory")) == ["ivory"]
    assert customs.restricted_materials_of(work(title="Coral")) == ["coral"]
    assert customs.restricted_materials_of(work(story="My grandfather never carved ivory")) == []
    revision = SimpleNamespace(fields={"materials": "rosewood"}, translations={"zh": {"title": "象牙"}})
    assert customs.restricted_materials_of(work(), revision) == ["ivory", "rosewood"]
    row = SimpleNamespace(fields={"description": "Sculpture en ébène"})
    assert customs.restricted_materials_of(work(), None, [row]) == ["ebony"]


def test_declared_value_is_the_artists_figure_else_the_price():
    assert customs.declared_value(work(declared_value_minor=120000)) == 120000
    assert customs.declared_value(work()) == 500000
    assert customs.declared_value(work(), price_minor=450000) == 450000
    assert customs.declared_value(work(declared_value_minor=120000), price_minor=450000) == 120000


def test_hs_code_and_description():
    assert customs.work_hs_code(work(category="textile")) == "6304"
    assert customs.work_hs_code(work(category="textile", hs_code="6214")) == "6214"
    assert customs.hs_description("9701") == "Paintings and drawings executed entirely by hand"
    assert customs.hs_description("1234") == ""
    assert customs.is_work_of_art("9703") and not customs.is_work_of_art("6913")
