"""Emails to the artist about each decision, in the artist's own language."""

from sqlalchemy.orm import Session

from marketplace import mail
from marketplace.curation.services import Decided
from marketplace.links import external_url


def decision_email(session: Session, decided: Decided) -> None:
    language = decided.language
    if decided.subject_type == "artist":
        link = external_url("studio.dashboard", lang_code=language)
    else:
        link = external_url("studio.edit_work", work_id=decided.work_id, lang_code=language)
    mail.send_templated(
        session,
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
