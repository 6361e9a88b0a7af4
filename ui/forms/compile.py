"""Compile every Qt Designer form of ui/forms/ (NAME.ui) to the Python module the window imports (NAME_ui.py).

Run after changing a form: `uv run python -m ui.forms.compile`. A test fails while a compiled module differs
from what its form compiles to."""

import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent
UIC = Path(sys.executable).parent / "pyside6-uic"


def compiled(form: Path) -> str:
    """The Python module `form` compiles to, as pyside6-uic writes it."""
    return subprocess.run([str(UIC), str(form)], check=True, capture_output=True, text=True).stdout


def target(form: Path) -> Path:
    return form.with_name(f"{form.stem}_ui.py")


def main() -> None:
    for form in sorted(FORMS.glob("*.ui")):
        target(form).write_text(compiled(form), encoding="utf-8")
        print(f"{form.name} → {target(form).name}")


if __name__ == "__main__":
    main()
