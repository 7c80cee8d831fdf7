"""Texts shown in the page's language when approved, else in the original, marked as such."""

from markupsafe import escape

from tests.support.i18n import translated


def test_untranslated_work_is_shown_in_its_original_with_label(client, make_artist, make_work):
    work_id = make_work(make_artist())
    body = client.get(f"/zh/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert '<h1 lang="sw">Kanga ya bluu</h1>' in body
    label = translated("zh", "Original in %(language)s", language="斯瓦希里语")
    assert escape(label) in body


def test_approved_translation_is_used_and_draft_is_not(client, make_artist, make_work, add_translation):
    work_id = make_work(make_artist())
    add_translation(work_id, "fr", {"title": "Kanga bleu", "story": "Un proverbe de la côte."})
    add_translation(work_id, "zh", {"title": "蓝色坎加布"}, status="draft")
    french = client.get(f"/fr/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert "<h1>Kanga bleu</h1>" in french
    assert "<p>Un proverbe de la côte.</p>" in french
    # The description has no French text yet: it falls back to the Swahili original, marked.
    assert '<p class="description" lang="sw">Kitambaa cha pamba.</p>' in french
    chinese = client.get(f"/zh/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert "蓝色坎加布" not in chinese


def test_stale_translation_is_not_shown(client, make_artist, make_work, add_translation):
    work_id = make_work(make_artist())
    add_translation(work_id, "en", {"title": "Blue kanga"}, status="stale")
    body = client.get(f"/en/works/{work_id}-kanga-ya-bluu").get_data(as_text=True)
    assert "Blue kanga" not in body and '<h1 lang="sw">Kanga ya bluu</h1>' in body


def test_chinese_titles_get_pinyin_slugs_and_others_the_id_alone():
    from marketplace.text import slugify

    assert slugify("青花缠枝莲纹梅瓶") == "qing-hua-chan-zhi-lian-wen-mei-ping"
    assert slugify("Céramique bleue") == "ceramique-bleue"
    assert slugify("ⴰⵣⵓⵍ") == ""


def test_a_work_without_slug_lives_at_its_id(client, make_artist, make_work, db):
    from marketplace.catalog.models import Work

    work_id = make_work(make_artist())
    with db() as session:
        session.get(Work, work_id).slug = ""
    assert client.get(f"/en/works/{work_id}").status_code == 200
    moved = client.get(f"/en/works/{work_id}-old-name")
    assert moved.status_code == 301 and moved.headers["Location"].endswith(f"/en/works/{work_id}")
