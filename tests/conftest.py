"""The suite's root: the shared fixtures are pytest plugins, registered here once (pytest reads
``pytest_plugins`` only in the root conftest).

- ``tests/fixtures/``: fixtures used in several directories (the database and the app, the catalogue's
  makers, the marketplace with its fake Stripe); a directory's own fixtures stay in its conftest.py.
- ``tests/support/``: plain helpers, imported by tests and conftest files alike.
"""

import pytest

# The helpers assert as tests do: let pytest explain their failures too.
pytest.register_assert_rewrite("tests.support")

pytest_plugins = [
    "tests.fixtures.database",
    "tests.fixtures.catalogue",
    "tests.fixtures.market",
]
