"""A database as the first release (schema revision 0001) left it, with a little data, built through Alembic."""

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from storage.migrate import alembic_config

VILLAGES = ["Kon Klor", "Plei Đôn", "Kon Rờ Bàng"]
EVIDENCE = "Biên bản kiểm tra ngày 12/10/2024"


def schema_at(path: Path, revision: str) -> None:
    """A new file with the schema of `revision`, built by Alembic, and no rows."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def database_at_0001(path: Path) -> None:
    """Migrate a new file to 0001, then insert three villages, two criteria and their 2024 assessments."""
    schema_at(path, "0001")
    with sqlite3.connect(path) as d:
        units = [(1, "Kon Tum", "province", None), (2, "Kon Rẫy", "district", 1), (3, "Đăk Ruồng", "commune", 2)]
        d.executemany("INSERT INTO adminunit (id, name, kind, parent_id) VALUES (?, ?, ?, ?)", units)
        d.executemany("INSERT INTO village (id, name, commune_id, households, minority_households, ethnic_groups, "
                      "note) VALUES (?, ?, 3, 100, 80, 'Xơ Đăng', '')", list(enumerate(VILLAGES, start=1)))
        d.execute("INSERT INTO criteriaset (id, code, title, is_template, note) "
                  "VALUES (1, 'BTC', 'Bộ tiêu chí', 0, '')")
        d.executemany("INSERT INTO criterion (id, criteria_set_id, group_order, group_name, number, name, "
                      "requirement) VALUES (?, 1, 1, 'Quy hoạch', ?, ?, '')",
                      [(1, 1, "Quy hoạch"), (2, 2, "Giao thông")])
        d.executemany("INSERT INTO assessment (village_id, criterion_id, year, status, evidence, note, updated_by) "
                      "VALUES (?, ?, 2024, 'met', ?, '', 'thuky')",
                      [(village, criterion, EVIDENCE) for village in (1, 2, 3) for criterion in (1, 2)])
        d.execute("INSERT INTO auditevent (at, actor, entity, entity_id, field, old_value, new_value, context) "
                  "VALUES ('2024-10-12 08:00:00', 'thuky', 'assessment', 1, 'status', 'not_met', 'met', '')")
    d.close()
