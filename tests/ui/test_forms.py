"""The Qt Designer forms of ui/forms/ and the Python modules compiled from them agree."""

from pathlib import Path

import pytest

from ui.forms.compile import FORMS, compiled, target


@pytest.mark.parametrize("form", sorted(FORMS.glob("*.ui")), ids=lambda form: form.name)
def test_each_compiled_form_is_what_its_ui_file_compiles_to(form: Path):
    assert target(form).read_text(encoding="utf-8") == compiled(form), "run: uv run python -m ui.forms.compile"


def test_there_are_forms_to_check():
    assert {"backups_dialog.ui", "history_dialog.ui", "record_dialog.ui", "review_dialog.ui",
            "village_panel.ui"} <= {form.name for form in FORMS.glob("*.ui")}
