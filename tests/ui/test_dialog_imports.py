"""The dialogs the window opens from its menus (database, accounts, plan import, update workbooks) import without
the database layer: the window imports them before SQLAlchemy is loaded (issue 14)."""

import pytest

from tests.ui.test_startup_imports import loaded_slow_modules

DIALOGS = ["ui.database_dialog", "ui.account_dialogs", "ui.plan_import_dialog", "ui.updates_dialogs"]


@pytest.mark.parametrize("module", DIALOGS)
def test_a_dialog_module_imports_without_the_database_layer(module):
    assert loaded_slow_modules(f"import {module}") == []
