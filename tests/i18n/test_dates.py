"""Dates and times in the page's language; times say that they are UTC."""

from datetime import UTC, datetime

import pytest
from flask_babel import force_locale

from marketplace.i18n.formatting import format_day, format_moment

WHEN = datetime(2026, 12, 1, 12, 59, 23, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "moment", "day"),
    [
        ("en", "Dec 1, 2026, 12:59\u202fPM UTC", "Dec 1, 2026"),
        ("fr", "1 déc. 2026, 12:59 UTC", "1 déc. 2026"),
        ("zh", "2026年12月1日 12:59 UTC", "2026年12月1日"),
        ("sw", "1 Des 2026 12:59 UTC", "1 Des 2026"),
    ],
)
def test_times_are_to_the_minute_and_marked_utc(app, lang, moment, day):
    with app.test_request_context("/"), force_locale(lang):
        assert format_moment(WHEN) == moment
        assert format_day(WHEN) == day
    assert format_moment(None) == ""
