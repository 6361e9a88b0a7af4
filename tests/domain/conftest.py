"""Every test here that takes a database runs on SQLite and on PostgreSQL."""

from tests.backends import both_backends  # noqa: F401
