"""Compile every Qt Designer form of ui/forms/ (NAME.ui) to the Python module the window imports (NAME_ui.py).

Run after changing a form: `uv run python -m ui.forms.compile`. A test fails while a compiled module differs
from what its form compiles to.

One step follows pyside6-uic: from its `from PySide6.X import (...)` lists, the names the module never uses are
dropped (uic imports ~40 of them whatever the form holds, and PySide6 builds each name on its first access: ~25 ms
of the main window's start). Nothing else of uic's output changes."""

import ast
import subprocess
import sys
from pathlib import Path

FORMS = Path(__file__).resolve().parent
UIC = Path(sys.executable).parent / "pyside6-uic"


def compiled(form: Path) -> str:
    """The Python module `form` compiles to: pyside6-uic's output with its unused PySide6 names dropped."""
    return without_unused_imports(
        subprocess.run([str(UIC), str(form)], check=True, capture_output=True, text=True).stdout)


def without_unused_imports(source: str) -> str:
    """`source` with each `from PySide6... import` keeping only the names used elsewhere in it (in their order,
    four to a continuation line as uic writes them); a statement left with none is dropped."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    for node in reversed(tree.body):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        names = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        lines[node.lineno - 1:node.end_lineno] = [_import_line(node.module, names)] if names else []
    return "".join(lines)


def _import_line(module: str, names: list[str]) -> str:
    rows = [", ".join(names[start:start + 4]) for start in range(0, len(names), 4)]
    joined = ",\n    ".join(rows)
    return f"from {module} import ({joined})\n"


def target(form: Path) -> Path:
    return form.with_name(f"{form.stem}_ui.py")


def main() -> None:
    for form in sorted(FORMS.glob("*.ui")):
        target(form).write_text(compiled(form), encoding="utf-8")
        print(f"{form.name} → {target(form).name}")


if __name__ == "__main__":
    main()
