"""A curator's decision, as the review page sends it."""

from __future__ import annotations

from tests.support.forms import post_form


def decide(client, kind, item_id, decision, note="", seen=None, lang="en"):
    url = f"/{lang}/curator/{kind}/{item_id}"
    page = client.get(url).get_data(as_text=True)
    if seen is None:
        seen = page.split('name="seen_status" type="hidden" value="', 1)[1].split('"', 1)[0]
    return post_form(client, url, {"decision": decision, "note": note, "seen_status": seen}, token_from=url)
