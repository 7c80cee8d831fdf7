"""The studio form for a digital work's file."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms.validators import DataRequired

from marketplace.i18n.forms import Form


class DigitalFileForm(Form):
    file = FileField(_l("The file buyers download"), validators=[DataRequired()])
