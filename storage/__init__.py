"""Keeping the database: engine and sessions, migrations, backups, the bundled sample."""
