"""Searching works: the same answers on SQLite (FTS5) and PostgreSQL (GIN), current in every transaction."""

import pytest
from sqlalchemy import func, select, text

from marketplace.accounts.models import User
from marketplace.catalog.models import ArtistProfile, ContentTranslation, Work
from marketplace.catalog.search_index import reindex_all, reindex_work
from marketplace.search.models import SearchDocument
from marketplace.search.normalize import document
from marketplace.search.query import matching_work_ids
from marketplace.search.store import GIN_INDEX
from tests.support.search import found, new_work


def fts_rowids(session) -> set[int]:
    return set(session.scalars(text("SELECT rowid FROM search_fts")))


def indexed(session) -> dict[int, str]:
    rows = session.execute(select(SearchDocument.work_id, SearchDocument.content))
    return {work_id: content for work_id, content in rows}


def test_case_and_accents_do_not_matter(make_indexed_work, search):
    vase = make_indexed_work("Vase en céramique bleue")
    kazi = make_indexed_work("Kazi ya mikono")
    make_indexed_work("Kikapu cha ukili")
    for q in ("ceramique", "CÉRAMIQUE", "Céramique", "céramique", "CERAMIQUE", "Ｃéramique"):
        assert search(q) == {vase}, q
    for q in ("kazi", "KAZI", "Kazi", "kàzí"):
        assert search(q) == {kazi}, q


def test_chinese_words_are_found_inside_longer_phrases(make_indexed_work, search):
    carving = make_indexed_work("肯尼亚木雕艺术品", language="zh")
    porcelain = make_indexed_work("景德镇青花瓷", language="zh")
    assert search("木雕") == {carving}
    assert search("艺术") == {carving}
    assert search("木雕艺术") == {carving}
    assert search("肯尼亚") == {carving}
    assert search("青花") == {porcelain}
    assert search("青花瓷") == {porcelain}
    assert search("雕刻") == set()
    assert search("木雕 青花") == set()


def test_a_single_chinese_character_matches_as_a_prefix(make_indexed_work, search):
    carving = make_indexed_work("肯尼亚木雕艺术品", language="zh")
    lone = make_indexed_work("木 and stone", language="zh")
    assert search("木") == {carving, lone}
    assert search("雕") == {carving}
    assert search("瓷") == set()


def test_approved_translations_are_searched_and_drafts_are_not(
    make_indexed_work, add_translation, db, search
):
    stool = make_indexed_work("Kigoda cha mpingo")
    add_translation(stool, "fr", {"title": "Tabouret sculpté", "description": "Ébène du Kenya", "story": ""})
    draft = add_translation(
        stool, "en", {"title": "Carved stool", "story": "A secret word: zanzibarite"}, status="draft"
    )
    assert search("tabouret") == {stool}
    assert search("EBENE") == {stool}
    assert search("sculpte kigoda") == {stool}
    assert search("zanzibarite") == set()
    assert search("carved") == set()

    with db() as session:
        session.get(ContentTranslation, draft).status = "approved"
    assert search("zanzibarite") == {stool}

    with db() as session:
        translation = session.get(ContentTranslation, draft)
        translation.fields = {"title": "Carved stool", "story": "Nothing to see"}
    assert search("zanzibarite") == set()
    assert search("carved") == {stool}

    with db() as session:
        session.delete(session.get(ContentTranslation, draft))
    assert search("carved") == set()
    assert search("tabouret") == {stool}


def test_translations_of_other_entities_do_not_leak_into_works(
    make_indexed_work, indexed_artist_id, db, search
):
    work = make_indexed_work("Kigoda")
    with db() as session:
        # An artist's bio translation whose entity id happens to equal the work's id.
        session.add(ContentTranslation(entity_type="artist", entity_id=work, language="fr",
                                       fields={"title": "Biographie"}, status="approved"))  # fmt: skip
    assert search("biographie") == set()


def test_the_artists_public_name_is_searched_and_kept_current(
    make_indexed_artist, make_indexed_work, db, search
):
    amina = make_indexed_artist(name="Amina Diallo", email="amina.d@example.org", language="fr", country="SN")
    li = make_indexed_artist(name="李明", email="li@example.org", language="zh", country="CN")
    basket = make_indexed_work("Panier tressé", artist=amina, language="fr")
    vase = make_indexed_work("青花瓷瓶", artist=li, language="zh")
    assert search("diallo") == {basket}
    assert search("amina panier") == {basket}
    assert search("李明") == {vase}

    with db() as session:
        session.get(ArtistProfile, amina).public_name = "Aminata Sow"
    assert search("diallo") == set()
    assert search("aminata sow") == {basket}

    with db() as session:  # the work moves to another artist
        session.get(Work, vase).artist = session.get(ArtistProfile, amina)
    assert search("李明") == set()
    assert search("sow") == {basket, vase}


def test_medium_materials_and_technique_are_searched(make_indexed_work, search):
    necklace = make_indexed_work(
        "Mkufu", materials="Shanga za kioo, ngozi", medium="Vito", technique="Ushonaji"
    )
    make_indexed_work("Kikapu", materials="Ukili")
    assert search("shanga") == {necklace}
    assert search("ngozi") == {necklace}
    assert search("vito") == {necklace}
    assert search("ushonaji") == {necklace}
    assert search("description") == set()


def test_every_word_must_match_and_the_last_may_be_a_prefix(make_indexed_work, search):
    blue = make_indexed_work("Vase en céramique bleue", language="fr")
    green = make_indexed_work("Bol en céramique verte", language="fr")
    assert search("céramique") == {blue, green}
    assert search("céramique bleue") == {blue}
    assert search("bleue céramique") == {blue}
    assert search("bleue verte") == set()
    assert search("cera") == {blue, green}
    assert search("vase cer") == {blue}
    assert search("ver") == {green}
    assert search("ceramique ble") == {blue}  # only the last word is a prefix...
    assert search("cera bleue") == set()  # ...so an unfinished earlier word is not


def test_changes_are_searchable_within_the_same_transaction(make_indexed_work, db, search):
    work = make_indexed_work("Kikapu cha ukili")
    with db() as session:
        session.get(Work, work).title = "Mkeka wa miaa"
        # No explicit flush: the search query autoflushes, and the flush rewrites the document.
        assert found(session, "kikapu") == set()
        assert found(session, "mkeka") == {work}
        added = new_work(session.get(Work, work).artist_id, "Kikapu kipya")
        session.add(added)
        assert found(session, "kikapu") == {added.id}
    assert search("kikapu") == {added.id}
    assert search("mkeka") == {work}


def test_a_rolled_back_change_leaves_the_index_as_it_was(make_indexed_work, db, search):
    work = make_indexed_work("Kikapu cha ukili")
    with pytest.raises(RuntimeError), db() as session:
        session.get(Work, work).title = "Mkeka wa miaa"
        session.flush()
        raise RuntimeError("the request failed")
    assert search("kikapu") == {work}
    assert search("mkeka") == set()


def test_deleting_a_work_removes_its_document(make_indexed_work, db, search, backend):
    kept = make_indexed_work("Kikapu cha ukili")
    gone = make_indexed_work("Kikapu cha mkeka")
    with db() as session:
        session.delete(session.get(Work, gone))
        assert found(session, "kikapu") == {kept}
    assert search("kikapu") == {kept}
    with db(write=False) as session:
        assert set(indexed(session)) == {kept}
        if backend == "sqlite":
            assert fts_rowids(session) == {kept}


def test_works_deleted_by_the_database_cascade_are_not_found(
    make_indexed_work, db, search, indexed_artist_id
):
    make_indexed_work("Kikapu cha ukili")
    with db() as session:
        user_id = session.get(ArtistProfile, indexed_artist_id).user_id
        session.delete(session.get(User, user_id))  # the database cascades to the profile and its works
    assert search("kikapu") == set()
    with db(write=False) as session:
        assert indexed(session) == {}


def test_the_document_holds_every_searched_text(make_indexed_work, add_translation, db):
    work = make_indexed_work("肯尼亚木雕", description="Mti wa mpingo", story="Hadithi", materials="Mpingo",
                     medium="Sanamu", technique="Kuchonga")  # fmt: skip
    add_translation(work, "fr", {"title": "Sculpture kényane", "description": "", "story": "Histoire"})
    add_translation(work, "en", {"title": "Draft only"}, status="draft")
    with db(write=False) as session:
        # Source texts, approved translations (by language), the artist's name; no draft.
        source = ["肯尼亚木雕", "Mti wa mpingo", "Hadithi", "Sanamu", "Mpingo", "Kuchonga"]
        french = ["Sculpture kényane", "", "Histoire"]
        assert indexed(session) == {work: document([*source, *french, "Wanjiru Kamau"])}
        assert "肯尼 尼亚 亚木 木雕 mti wa mpingo" in indexed(session)[work]


HOSTILE = [
    '"',
    '""',
    "'",
    "''",
    "--",
    "*",
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(a b, 2)",
    'mikono" OR "kikapu',
    "mikono OR kikapu",
    "title:mikono",
    "content:mikono",
    "-mikono",
    "^mikono",
    "mikono*",
    '"mikono"',
    "(mikono",
    "mikono)",
    "{mikono}",
    "mikono & | ! <-> :* ()",
    "'; DROP TABLE works; --",
    "1' OR '1'='1",
    "\\",
    "\\'",
    "%",
    "_",
    "\x00",
    "\x00mikono",
    "\ud800",
    "🎨",
    "   ",
    "",
    "kazi " * 5_000,
    "mikono" * 5_000,
    "木" * 5_000,
]


@pytest.mark.parametrize("q", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_break_the_search(make_indexed_work, db, q):
    hands = make_indexed_work("Kazi ya mikono")
    make_indexed_work("Kikapu cha ukili")
    with db(write=False) as session:
        result = found(session, q)
        assert result is None or result <= {hands}
        assert session.scalar(select(func.count()).select_from(Work)) == 2


def test_hostile_queries_give_sensible_answers(make_indexed_work, search):
    hands = make_indexed_work("Kazi ya mikono and more")
    basket = make_indexed_work("Kikapu cha ukili")
    for q in ('"', "'", "--", "*", "", "  ", "\x00", "%", "🎨"):
        assert search(q) is None, q
    assert search("AND") == {hands}  # a word like any other, here "and"
    assert search("NEAR(") == set()
    assert search('mikono" OR "kikapu') == set()  # no OR: every word must match
    assert search("mikono*") == {hands}
    assert search('"mikono"') == {hands}
    assert search("-kikapu") == {basket}  # no NOT either
    assert search("'; DROP TABLE works; --") == set()
    assert search("kazi " * 5_000) == {hands}


def test_matching_work_ids_is_none_for_an_empty_query(app, db):
    with db(write=False) as session:
        assert matching_work_ids(session, "") is None
        assert matching_work_ids(session, " ¡!¿? ") is None


def test_reindex_work_and_reindex_all_rebuild_lost_documents(make_indexed_work, db, search, backend):
    first = make_indexed_work("Kikapu cha ukili")
    second = make_indexed_work("Kikapu cha mkeka")
    with db() as session:
        session.execute(SearchDocument.__table__.delete())
        if backend == "sqlite":
            session.execute(text("DELETE FROM search_fts"))
    assert search("kikapu") == set()
    with db() as session:
        reindex_work(session, first)
    assert search("kikapu") == {first}
    with db() as session:
        assert reindex_all(session) == 2
    assert search("kikapu") == {first, second}
    with db(write=False) as session:
        assert set(indexed(session)) == {first, second}
        if backend == "sqlite":
            assert fts_rowids(session) == {first, second}


def test_flask_search_reindex(app, make_indexed_work, db, search):
    from marketplace.catalog.cli import search_cli

    first = make_indexed_work("Kikapu cha ukili")
    second = make_indexed_work("Mkeka")
    with db() as session:
        session.execute(SearchDocument.__table__.delete())
    result = app.test_cli_runner().invoke(search_cli, ["reindex"])
    assert result.exit_code == 0, result.output
    assert "Indexed 2 works." in result.output
    assert search("kikapu") == {first}
    assert search("mkeka") == {second}


def test_postgresql_searches_through_the_gin_index(make_indexed_work, db, backend):
    if backend != "postgresql":
        pytest.skip("PostgreSQL's index")
    make_indexed_work("Kikapu cha ukili")
    with db(write=False) as session:
        statement = matching_work_ids(session, "kikapu uki")
        sql = str(statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(session.connection().exec_driver_sql(f"EXPLAIN {sql}").scalars())
    assert GIN_INDEX in plan, plan
