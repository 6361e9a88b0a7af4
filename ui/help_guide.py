"""The Help menu: the user guide (F1) and About.

F1 opens the guide at the chapter of the window it was pressed in: the main window's page shown (the village's
records, the dashboard, the review round…), or a dialog's (the record form, the history, an import's preview…),
chosen by the module of the window's class (`CHAPTERS`; a message box by the window it was opened over). A dialog
learns F1 when it first takes the focus (a shortcut of its own: the main window's would not reach a modal dialog);
over a modal dialog the guide opens as a child of it, or Qt would refuse it every click while the dialog is open.

The guide is bundled as HTML sections with pictures of the window under resources/guide/ (one file a section,
its <h1> the title, read in file-name order), shown in a QTextBrowser beside its table of contents. The search
finds words typed with or without diacritics ("ke hoach" finds "kế hoạch"): each section's text is folded once,
character by character, so a match found in the folded text maps back to the characters shown and is highlighted
there. About names the program's version and the database as people read it, never a URL or a password."""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTabWidget, QTextEdit, QWidget

from domain.text import fold
from resources import resource_path
from ui.forms.guide_dialog_ui import Ui_GuideDialog

if TYPE_CHECKING:
    from storage.database import Database

GUIDE = resource_path("guide")
HIGHLIGHT = QColor("#ffe08a")
STYLE = "body { color: #202124; } h1, h2 { color: #00574b; } a { color: #00574b; } th { background: #e0f2ef; }"
"""The guide's colours, whatever the theme gives a text browser (qt-material's is its accent colour)."""
CHAPTERS = {
    "ui.account_dialogs": "10-tai-khoan.html",
    "ui.agency_view": "06-theo-doi.html",
    "ui.attachment_dialog": "05-tep-minh-chung.html",
    "ui.attachment_viewer": "05-tep-minh-chung.html",
    "ui.backup_dialogs": "09-sao-luu.html",
    "ui.campaign_view": "06-theo-doi.html",
    "ui.completeness_view": "08-ra-soat.html",
    "ui.dashboard_view": "06-theo-doi.html",
    "ui.database_dialog": "02-du-lieu.html",
    "ui.history_dialog": "11-lich-su.html",
    "ui.households_page": "05-ho-so.html",
    "ui.plan_editors": "03-ke-hoach.html",
    "ui.plan_import_dialog": "03-ke-hoach.html",
    "ui.printing": "07-in.html",
    "ui.record_dialog": "05-ho-so.html",
    "ui.records_page": "05-ho-so.html",
    "ui.reorganisation_dialog": "03-ke-hoach.html",
    "ui.review_dialog": "08-ra-soat.html",
    "ui.review_dialogs": "08-ra-soat.html",
    "ui.review_strip": "08-ra-soat.html",
    "ui.reviews_page": "08-ra-soat.html",
    "ui.settings_dialog": "07-thiet-lap.html",
    "ui.updates_dialogs": "08-phieu-cap-nhat.html",
    "ui.village_panel": "04-tieu-chi.html",
}
"""The guide's chapter (its file) for a window or page by the module of its class."""


@dataclass(frozen=True)
class Section:
    """One page of the guide: its file, title, HTML, and its shown text folded with each folded character's place
    in the shown text."""
    name: str
    title: str
    html: str
    folded: str
    places: tuple[int, ...]

    def matches(self, words: list[str]) -> list[tuple[int, int]]:
        """The (start, end) of each occurrence of each folded word in the shown text, in reading order; none
        unless every word occurs."""
        found: list[tuple[int, int]] = []
        for word in words:
            hits = [m.start() for m in re.finditer(re.escape(word), self.folded)]
            if not hits:
                return []
            found += [(self.places[at], self.places[at + len(word) - 1] + 1) for at in hits]
        return sorted(found)


def folded_with_places(text: str) -> tuple[str, tuple[int, ...]]:
    """`text` folded as domain.text.fold folds it, one character at a time (whitespace becomes one space), with
    the index in `text` of each character of the result."""
    out: list[str] = []
    places: list[int] = []
    for index, char in enumerate(text):
        piece = " " if char.isspace() else fold(char)
        out.append(piece)
        places += [index] * len(piece)
    return "".join(out), tuple(places)


def read_guide(folder: Path = GUIDE) -> list[Section]:
    """The guide's sections, in file-name order."""
    sections = []
    for path in sorted(folder.glob("*.html")):
        page = path.read_text(encoding="utf-8")
        heading = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
        title = html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip() if heading else path.stem
        document = QTextDocument()
        document.setHtml(page)
        folded, places = folded_with_places(document.toPlainText())
        sections.append(Section(path.name, title, page, folded, places))
    return sections


def chapter_of(widget: QWidget | None) -> str | None:
    """The chapter of `widget`'s class (or a base class), else of the nearest widget above it that has one."""
    while widget is not None:
        for kind in type(widget).__mro__:
            chapter = CHAPTERS.get(kind.__module__)
            if chapter is not None:
                return chapter
        widget = widget.parentWidget()
    return None


def search_terms(sections: list[Section], text: str) -> list[str]:
    """What to look for: the folded words typed as one phrase when some section holds it ("to truong" finds
    "tổ trưởng", not every "tổ" and "trường"), else each word apart."""
    words = fold(text).split()
    phrase = " ".join(words)
    if len(words) > 1 and any(phrase in section.folded for section in sections):
        return [phrase]
    return words


class SectionsModel(QAbstractListModel):
    """The table of contents: every section, or while searching those that hold every word, with their count."""

    def __init__(self, sections: list[Section], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sections = sections
        self.rows: list[tuple[Section, int | None]] = [(section, None) for section in sections]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        section, count = self.rows[index.row()]
        return section.title if count is None else self.tr("%1 (%2)").replace("%1", section.title).replace(
            "%2", str(count))

    def show(self, words: list[str]) -> None:
        """List the sections holding every word (all of them when there is none)."""
        self.beginResetModel()
        if words:
            self.rows = [(section, len(hits)) for section in self.sections if (hits := section.matches(words))]
        else:
            self.rows = [(section, None) for section in self.sections]
        self.endResetModel()


class GuideDialog(QDialog):
    """The guide beside its contents and a search field; Enter in the search goes to the next match."""

    def __init__(self, parent: QWidget | None = None, sections: list[Section] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GuideDialog()
        self.ui.setupUi(self)
        self.ui.splitter.setSizes([300, 800])
        self.ui.guideBrowser.setSearchPaths([str(GUIDE)])
        self.ui.guideBrowser.document().setDefaultStyleSheet(STYLE)
        self.model = SectionsModel(sections if sections is not None else read_guide(), self)
        self.ui.sectionsView.setModel(self.model)
        self.ui.sectionsView.selectionModel().currentChanged.connect(lambda current, _: self._show(current.row()))
        self.ui.searchEdit.textChanged.connect(self._search)
        self.ui.searchEdit.returnPressed.connect(self.next_match)
        for button in self.ui.buttons.buttons():  # Enter in the search is "next match", never "close"
            button.setAutoDefault(False)
            button.setDefault(False)
        self.ui.guideBrowser.anchorClicked.connect(self._follow)
        self.words: list[str] = []
        self.shown: Section | None = None
        self.hits: list[tuple[int, int]] = []
        self.hit = -1
        self._select(0)

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.ui.sectionsView.setCurrentIndex(self.model.index(row))
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        browser = self.ui.guideBrowser
        if not 0 <= row < self.model.rowCount():
            self.shown, self.hits, self.hit = None, [], -1
            browser.clear()
            browser.setExtraSelections([])
            return
        section = self.model.rows[row][0]
        if section is not self.shown:
            self.shown = section
            browser.setHtml(section.html)
        self.hits = section.matches(self.words) if self.words else []
        self.hit = -1
        browser.setExtraSelections([self._selection(start, end) for start, end in self.hits])
        if self.hits:
            self.next_match()
        else:
            browser.moveCursor(QTextCursor.MoveOperation.Start)

    def _selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)
        selection.format = QTextCharFormat()
        selection.format.setBackground(HIGHLIGHT)
        return selection

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.ui.guideBrowser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def next_match(self) -> None:
        """Select the next match of the section shown, then the first of the next section that has one."""
        if self.hit + 1 < len(self.hits):
            self.hit += 1
            browser = self.ui.guideBrowser
            browser.setTextCursor(self._cursor(*self.hits[self.hit]))
            bar = browser.verticalScrollBar()  # the match a third down the page, its context readable around it
            bar.setValue(bar.value() + browser.cursorRect().top() - browser.viewport().height() // 3)
        elif self.model.rowCount() > 1:
            self._select((self.ui.sectionsView.currentIndex().row() + 1) % self.model.rowCount())

    def _search(self, text: str) -> None:
        self.words = search_terms(self.model.sections, text)
        self.model.show(self.words)
        found = self.ui.foundLabel
        if not self.words:
            found.clear()
        elif self.model.rowCount():
            found.setText(self.tr("Found in %1 of the guide's sections.").replace("%1", str(self.model.rowCount())))
        else:
            found.setText(self.tr("“%1” is not in the guide.").replace("%1", text.strip()))
        self.shown = None
        self._select(0)

    def show_chapter(self, name: str | None) -> None:
        """The section of file `name` shown (the search cleared when it does not list it); None: as it is."""
        if name is None:
            return
        if not any(section.name == name for section, _count in self.model.rows):
            self.ui.searchEdit.clear()
        for row, (section, _count) in enumerate(self.model.rows):
            if section.name == name:
                self._select(row)
                return

    def _follow(self, url: QUrl) -> None:
        """A link to another section shows it (the search is cleared, so that it is listed); other links are
        ignored: the guide points nowhere outside the program."""
        name = url.path().rsplit("/", 1)[-1]
        if self.ui.searchEdit.text():
            self.ui.searchEdit.clear()
        for row, (section, _count) in enumerate(self.model.rows):
            if section.name == name:
                self._select(row)
                if url.fragment():
                    self.ui.guideBrowser.scrollToAnchor(url.fragment())
                return


def program_version() -> str:
    """The version of the program: from the installed package's metadata, else from pyproject.toml beside the
    source, else a dash (a frozen bundle without either)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("langmoi")
    except PackageNotFoundError:
        pass
    import tomllib

    try:
        project = Path(__file__).resolve().parents[1] / "pyproject.toml"
        return tomllib.loads(project.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "—"


class HelpActions(QObject):
    """Trợ giúp → Hướng dẫn sử dụng (F1) and Giới thiệu."""

    def __init__(self, window: QWidget, database: Database) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.guide: GuideDialog | None = None
        self._sections: list[Section] | None = None
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(lambda: self.show_guide())
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def sections(self) -> list[Section]:
        """The guide's sections, read once for every guide shown."""
        if self._sections is None:
            self._sections = read_guide()
        return self._sections

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        """A dialog of this window taking the focus for the first time is given F1."""
        dialog = now.window() if now is not None else None
        if not isinstance(dialog, QDialog) or isinstance(dialog, GuideDialog) or dialog.findChild(
                QShortcut, "guideShortcut", Qt.FindChildOption.FindDirectChildrenOnly) is not None:
            return
        above = dialog.parentWidget()
        while above is not None and above is not self.window:
            above = above.parentWidget()
        if above is None:
            return
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog)
        shortcut.setObjectName("guideShortcut")
        shortcut.activated.connect(lambda: self.show_guide(dialog))

    def _page_shown(self) -> QWidget:
        """The main window's page on screen, the innermost tab of it (the village page's records list)."""
        tabs = getattr(self.window, "tabs", None)
        page = tabs.currentWidget() if isinstance(tabs, QTabWidget) else None
        inner = page.findChild(QTabWidget) if page is not None else None
        if inner is not None and inner.isVisible() and inner.currentWidget() is not None:
            return inner.currentWidget()
        return page or self.window

    def show_guide(self, over: QWidget | None = None) -> None:
        """The guide at the chapter of `over` (a dialog; None: the main window's page shown), not modal: one reads
        it while working. Beside the main window it is made once; over a modal dialog, once for that dialog."""
        if over is None or not over.isModal():
            if self.guide is None:
                self.guide = GuideDialog(self.window, self.sections())
            guide = self.guide
        else:
            guide = over.findChild(GuideDialog, options=Qt.FindChildOption.FindDirectChildrenOnly) or GuideDialog(
                over, self.sections())
        guide.show_chapter(chapter_of(self._page_shown() if over is None else over))
        guide.show()
        guide.raise_()
        guide.activateWindow()
        guide.ui.searchEdit.setFocus()

    def database_described(self) -> str:
        """The database as people read it: the file's path, or the server's host (and port unless the usual one)
        and database; no URL, no user name, no password."""
        from sqlalchemy.engine import make_url

        from storage.location import sqlite_path

        url = self.database.url
        path = sqlite_path(url)
        if path is not None:
            return self.tr("Data file: %1").replace("%1", str(path))
        if url.startswith("sqlite"):
            return self.tr("Data held in memory only")
        parsed = make_url(url)
        host, name = parsed.host or "localhost", parsed.database or ""
        if parsed.port and parsed.port != 5432:
            return (self.tr("Shared server: host %1, port %2, database %3")
                    .replace("%1", host).replace("%2", str(parsed.port)).replace("%3", name))
        return self.tr("Shared server: host %1, database %2").replace("%1", host).replace("%2", name)

    def about_text(self) -> str:
        """About's rich text: name, version, what it is for, the database, where help is, Qt's and Python's
        versions (for whoever supports the PC)."""
        read_only = self.tr(" (read-only)") if self.database.read_only else ""
        paragraphs = (
            self.tr("Version %1").replace("%1", program_version()),
            self.tr("Làng Mới follows the agencies assigned to help villages build new rural villages: the "
                    "assignment plan, support teams, the yearly checklist of criteria and the campaign's records."),
            self.database_described() + read_only,
            self.tr("Press F1 for the user guide."),
        )
        runtime = self.tr("Qt %1, Python %2").replace("%1", qVersion()).replace("%2", sys.version.split()[0])
        return "<h3>Làng Mới</h3>" + "".join(f"<p>{html.escape(text)}</p>" for text in paragraphs) + (
            f"<p><small>{html.escape(runtime)}</small></p>")

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Làng Mới"), self.about_text())
