"""Emails to the artist about each decision, in the artist's own language."""

from flask import url_for

from marketplace import mail
from marketplace.curation.services import Decided


def decision_email(decided: Decided) -> None:
    language = decided.language
    if decided.subject_type == "artist":
        link = url_for("studio.dashboard", lang_code=language, _external=True)
    else:
        link = url_for("studio.edit_work", work_id=decided.work_id, lang_code=language, _external=True)
    mail.send_templated(
        decided.email,
        language,
        "review_decision",
        name=decided.name,
        subject_type=decided.subject_type,
        decision=decided.decision,
        title=decided.title,
        note=decided.note,
        link=link,
    )
