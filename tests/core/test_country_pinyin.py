"""Lists of countries in Chinese are ordered by pinyin without loading pypinyin's dictionaries into every
worker: the stored pinyin of Babel's country names must agree with pypinyin's own."""

from __future__ import annotations

import subprocess
import sys

from babel import Locale
from pypinyin import lazy_pinyin

from marketplace.i18n.country_pinyin import COUNTRY_PINYIN
from marketplace.text import sort_key


def test_every_chinese_country_name_has_pypinyins_reading():
    for name in Locale("zh").territories.values():
        assert COUNTRY_PINYIN.get(name) == " ".join(lazy_pinyin(name)), name


def test_kenya_sorts_under_k():
    assert sort_key("肯尼亚") == "ken ni ya"
    assert sort_key("青花瓷") == "qing hua ci"  # any other Chinese text still goes through pypinyin


def test_a_chinese_page_of_countries_loads_no_pinyin_dictionary():
    code = (
        "import sys\n"
        "from marketplace import create_app\n"
        "app = create_app('testing')\n"
        "with app.test_request_context('/zh/'):\n"
        "    from flask_babel import refresh\n"
        "    from marketplace.catalog.forms import country_choices\n"
        "    refresh()\n"
        "    assert country_choices()\n"
        "assert 'pypinyin' not in sys.modules, 'pypinyin loaded'\n"
        "assert 'stripe' not in sys.modules and 'segno' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_country_select_renders_what_wtforms_renders(app):
    from wtforms.widgets import Select

    from marketplace.delivery.forms import ShipToForm

    for lang in ("zh", "fr"):
        for chosen in (None, "", "KE", "CN"):
            with app.test_request_context(f"/{lang}/"):
                form = ShipToForm(formdata=None, data={"ship_to": chosen})
                assert form.ship_to(id="ship_to") == Select()(form.ship_to, id="ship_to")
