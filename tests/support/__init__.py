"""Plain helpers for the tests, one module per topic: no fixtures here.

The fixtures shared by several directories are pytest plugins in ``tests/fixtures``, registered once in
``tests/conftest.py``; a directory's own fixtures are in its conftest.py. Tests and conftest files import
helpers from this package only, never from a conftest file or another test module.
"""
