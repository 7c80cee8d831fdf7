"""The count_queries fixture counts what the app's engine executes inside its block, and nothing else."""

from sqlalchemy import text


def test_it_counts_exactly_the_statements_of_the_block(app, count_queries):
    engine = app.extensions["marketplace.db"]["engine"]
    with engine.connect() as connection:
        connection.execute(text("SELECT 0"))  # the transaction (SQLite's BEGIN) starts before counting
        with count_queries() as counter:
            connection.execute(text("SELECT 1"))
            connection.execute(text("SELECT 2"))
        connection.execute(text("SELECT 3"))  # after the block: not counted
    assert counter.count == 2
    assert counter.statements == ["SELECT 1", "SELECT 2"]
    assert str(counter) == "2 statements:\nSELECT 1\nSELECT 2"


def test_it_counts_a_requests_statements_and_nothing_after_its_block(client, db, count_queries):
    with count_queries() as counter:
        assert client.get("/healthz").status_code == 200
    assert "SELECT 1" in counter.statements  # the health check asks the database
    counted = counter.count
    with db(write=False) as session:
        session.execute(text("SELECT 4"))
    assert counter.count == counted
    with count_queries() as idle:
        pass
    assert idle.count == 0
