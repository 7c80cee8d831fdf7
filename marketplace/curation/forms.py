"""Curators' decision forms."""

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, RadioField, SelectChoice, TextAreaField
from wtforms.validators import InputRequired, Length, Optional

from marketplace.i18n.forms import Form


class DecisionForm(Form):
    decision = RadioField(
        _l("Decision"),
        choices=[
            SelectChoice("approve", _l("Approve")),
            SelectChoice("request_changes", _l("Request changes")),
            SelectChoice("reject", _l("Reject")),
        ],
        validators=[InputRequired()],
    )
    note = TextAreaField(
        _l("Note for the artist"),
        validators=[Optional(), Length(max=3000)],
        description=_l("Required to request changes or to reject: the artist reads it in the studio."),
    )
    seen_status = HiddenField()


class TranslationReviewForm(Form):
    """Approve as written, or correct and approve. Fields are added per entity type in the view."""

    action = HiddenField(default="approve")
