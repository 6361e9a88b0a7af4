"""The window closed while a job runs, in a process of its own, so that a test can kill it when it hangs.

python -m tests.ui.closing_scenario FOLDER: a window on a new database in FOLDER prints every village's sheets
and writes the summary report into FOLDER/out, two exports at once, each held at its first step until another
thread lets them go half a second later; the window is closed at once, and whoever asks whether to cancel is
answered "Hủy và đóng". Prints the question, then "closed" and what is left in FOLDER/out, and exits 0.
"""

import os
import sys
import threading
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton  # noqa: E402

from domain.access import Principal  # noqa: E402
from exports.cancel import Progress  # noqa: E402
from storage.database import open_database  # noqa: E402
from ui.app import install_translations  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def answer(text: str) -> None:
    """Click the button reading `text` of the question box once it is shown."""
    box = QApplication.activeModalWidget()
    button = next((b for b in box.findChildren(QPushButton) if b.text() == text), None) \
        if isinstance(box, QMessageBox) else None
    if button is None:
        QTimer.singleShot(50, lambda: answer(text))
        return
    print("asked:", box.text().replace("\n", " | "), flush=True)
    button.click()


def main(folder: Path) -> int:
    app = QApplication([])
    install_translations(app)
    database = open_database(f"sqlite:///{folder / 'langmoi.sqlite3'}", actor="tester")
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window.show()
    window.attach(database, Principal.local("tester"))
    while not window.is_settled():
        app.processEvents()
    released = threading.Event()
    advance = Progress.advance

    def held(progress, done, total):
        released.wait(10)
        advance(progress, done, total)

    Progress.advance = held
    out = folder / "out"
    for name, action in (("phieu.pdf", window.print_all_action), ("tong_hop.pdf", window.summary_action)):
        QFileDialog.getSaveFileName = lambda *args, n=name, **kwargs: (str(out / n), "")
        action.trigger()
    threading.Timer(0.5, released.set).start()
    QTimer.singleShot(100, window.close)
    QTimer.singleShot(100, lambda: answer("Hủy và đóng"))
    app.exec()
    database.close()
    print("closed; left:", sorted(p.name for p in out.iterdir()) if out.exists() else [], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
