"""Searching works: the same answers on SQLite (FTS5) and PostgreSQL (GIN), current in every transaction."""

import pytest
from sqlalchemy import func, select, text

from marketplace.accounts.models import User
from marketplace.catalog.models import ArtistProfile, ContentTranslation, Work
from marketplace.catalog.search_index import reindex_all, reindex_work
from marketplace.db import sessionmaker_for
from marketplace.search.models import SearchDocument
from marketplace.search.normalize import document
from marketplace.search.query import matching_work_ids, ranked_work_ids
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


def test_searches_are_none_for_an_empty_query(app, db):
    with db(write=False) as session:
        assert ranked_work_ids(session, "") is None
        assert ranked_work_ids(session, " ¡!¿? ") is None
        assert matching_work_ids(session, "") is None
        assert matching_work_ids(session, " ¡!¿? ") is None


def test_matching_work_ids_finds_every_match_unranked(make_indexed_work, db):
    blue = make_indexed_work("Vase en céramique bleue", language="fr")
    green = make_indexed_work("Bol en céramique verte", language="fr")
    make_indexed_work("Kikapu")
    with db(write=False) as session:
        assert set(session.scalars(matching_work_ids(session, "ceramique"))) == {blue, green}
        assert set(session.scalars(matching_work_ids(session, "ceramique ble"))) == {blue}


LONG_STORY = " ".join(["Hadithi ya kijiji, mti na mto."] * 20)


def test_results_are_ranked_by_relevance(make_indexed_work, db):
    once_in_a_story = make_indexed_work("Sanamu ya mpingo", story=f"{LONG_STORY} Kikapu. {LONG_STORY}")
    only_the_word = make_indexed_work("Kikapu")
    twice = make_indexed_work("Kikapu na kikapu kidogo", story=LONG_STORY)
    make_indexed_work("Mkeka")
    with db(write=False) as session:
        assert ranked_work_ids(session, "kikapu") == [only_the_word, twice, once_in_a_story]
        # The same with the last word typed halfway (a prefix) and with two words.
        assert ranked_work_ids(session, "kika") == [only_the_word, twice, once_in_a_story]
        assert ranked_work_ids(session, "kikapu kidogo") == [twice]


def test_ranking_in_french_without_accents_and_in_chinese(make_indexed_work, db):
    story = f"{LONG_STORY} Une céramique. {LONG_STORY}"
    long_french = make_indexed_work("Panier", language="fr", story=story)
    french = make_indexed_work("Céramique émaillée", language="fr")
    long_chinese = make_indexed_work("花瓶", language="zh", story="这是一个很长的故事，" * 30 + "青花瓷")
    chinese = make_indexed_work("景德镇青花瓷", language="zh")
    with db(write=False) as session:
        assert ranked_work_ids(session, "ceramique emaillee") == [french]
        assert ranked_work_ids(session, "CERAMIQUE") == [french, long_french]
        assert ranked_work_ids(session, "青花") == [chinese, long_chinese]


def test_at_most_limit_results_the_best_ones(make_indexed_work, db):
    long = make_indexed_work("Sanamu", story=f"{LONG_STORY} kikapu {LONG_STORY}")
    best = make_indexed_work("Kikapu")
    second = make_indexed_work("Kikapu cha ukili")
    with db(write=False) as session:
        assert ranked_work_ids(session, "kikapu", limit=2) == [best, second]
        assert ranked_work_ids(session, "kikapu", limit=1) == [best]
        assert ranked_work_ids(session, "kikapu", limit=3) == [best, second, long]


def test_a_common_word_is_ranked_among_a_bounded_number_of_matches(make_indexed_work, db, backend):
    """Only ``candidates`` matches are ranked (what keeps a common word cheap): the newest on SQLite."""
    best = make_indexed_work("Kikapu")
    others = {make_indexed_work(f"Kikapu cha ukili {i}", story=LONG_STORY) for i in range(3)}
    with db(write=False) as session:
        assert ranked_work_ids(session, "kikapu", limit=1, candidates=4) == [best]
        some = ranked_work_ids(session, "kikapu", limit=2, candidates=2)
    assert len(some) == 2 and set(some) <= {best, *others}
    if backend == "sqlite":
        assert set(some) == set(sorted(others)[1:])


def test_a_search_is_one_statement_whatever_the_matches(make_indexed_work, db, count_queries):
    make_indexed_work("Kikapu")
    with db(write=False) as session, count_queries() as one_match:
        ranked_work_ids(session, "kikapu")
    for i in range(30):
        make_indexed_work(f"Kikapu {i}")
    with db(write=False) as session, count_queries() as many:
        assert len(ranked_work_ids(session, "kikapu", limit=10)) == 10
    assert many.count == one_match.count, str(many)


def test_reindex_work_and_reindex_all_rebuild_lost_documents(app, make_indexed_work, db, search, backend):
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
    assert reindex_all(sessionmaker_for(app)) == 2
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
    result = app.test_cli_runner().invoke(search_cli, ["reindex", "--batch", "1"])
    assert result.exit_code == 0, result.output
    assert "1 of 2 works indexed" in result.output  # progress
    assert "Indexed 2 works in " in result.output  # and the time taken
    assert search("kikapu") == {first}
    assert search("mkeka") == {second}


def everything_indexed(db, backend) -> tuple[dict[int, str], dict[int, str]]:
    with db(write=False) as session:
        fts = {}
        if backend == "sqlite":
            fts = {row[0]: row[1] for row in session.execute(text("SELECT rowid, content FROM search_fts"))}
        return indexed(session), fts


def test_reindex_all_writes_what_the_listeners_write(
    app, make_indexed_artist, make_indexed_work, add_translation, db, backend
):
    li = make_indexed_artist(name="李明", email="li@example.org", language="zh", country="CN")
    works = [
        make_indexed_work("Kikapu cha ukili", story="Hadithi ndefu", materials="Ukili"),
        make_indexed_work("景德镇青花瓷", artist=li, language="zh"),
        make_indexed_work("Vase en céramique", language="fr", technique="Tournage"),
        make_indexed_work("Mkeka"),
        make_indexed_work("Sanamu"),
    ]
    add_translation(works[0], "fr", {"title": "Panier tressé", "description": "", "story": "Une histoire"})
    add_translation(works[1], "fr", {"title": "Porcelaine bleue", "story": ""})
    add_translation(works[1], "en", {"title": "Draft"}, status="draft")
    with db() as session:
        session.delete(session.get(Work, works[3]))
    written = everything_indexed(db, backend)
    assert set(written[0]) == set(works) - {works[3]}
    with db() as session:  # a stale document, and on SQLite an FTS row whose work is gone
        session.execute(SearchDocument.__table__.update().values(content="stale"))
        if backend == "sqlite":
            session.execute(text("INSERT INTO search_fts (rowid, content) VALUES (999999, 'kikapu')"))

    assert reindex_all(sessionmaker_for(app), batch=2) == 4
    assert everything_indexed(db, backend) == written


def test_searches_and_writes_go_on_between_reindex_batches(app, make_indexed_work, db, search):
    """Each batch is a transaction of its own: between two, searchers find every work (the documents not
    rebuilt yet are the old ones) and writers are not blocked."""
    works = [make_indexed_work(f"Kikapu {i}") for i in range(5)]
    seen, changed = [], set()

    def between_batches(done: int, total: int) -> None:
        assert search("kikapu") == set(works), done
        with db() as session:  # would wait out the busy timeout and fail if a batch held the write lock
            session.get(Work, works[done - 2]).story = f"Hadithi {done}"  # one done, one not (or new)
            changed.add(works[done - 2])
            if done == 2:
                works.append(new_work(session.get(Work, works[0]).artist_id, "Kikapu kipya"))
                session.add(works[-1])
                session.flush()
                works[-1] = works[-1].id
        seen.append((done, total))

    assert reindex_all(sessionmaker_for(app), batch=2, progress=between_batches) == 6
    assert seen == [(2, 5), (4, 5), (6, 5)]
    assert search("kikapu") == set(works)
    assert search("hadithi") == changed == {works[0], works[2], works[4]}
    with db(write=False) as session:
        expected = {work.id: work for work in session.scalars(select(Work))}
        assert set(indexed(session)) == set(expected)


def test_postgresql_ranks_with_the_stored_tsvector_through_the_gin_index(make_indexed_work, db, backend):
    if backend != "postgresql":
        pytest.skip("PostgreSQL's index")
    from marketplace.search.query import _POSTGRESQL_RANKED

    make_indexed_work("Kikapu cha ukili")
    with db(write=False) as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        parameters = {"expression": "'kikapu' & 'uki':*", "candidates": 10, "limit": 10}
        plan = "\n".join(session.execute(text(f"EXPLAIN {_POSTGRESQL_RANKED.text}"), parameters).scalars())
    assert GIN_INDEX in plan, plan
    assert "to_tsvector" not in plan, plan  # never tokenised again per row
