"""A date typed whole, the way people write it (12/3/2026, 12/03/2026, 12.3.2026), or picked in a calendar.

Qt's QDateEdit takes a date part by part: typing did nothing until a part was selected, and a form kept today's
date silently. Here the field is plain text: what is typed is read when the form is saved (`value()`), and text
that is not a date is handed on as typed, for the domain to refuse naming the form's field ("Ngày: “31/2/2026”
không phải là ngày."). The calendar button opens a month view; its month and year bar is given its height
(under the qt-material theme it was squashed to a 3 px strip).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from domain.formatting import format_date

_TYPED = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
CALENDAR_STYLE = (
    "QWidget#qt_calendar_navigationbar { min-height: 36px; }"
    " QWidget#qt_calendar_navigationbar QToolButton { min-height: 30px; min-width: 30px; padding: 0 6px; }"
    " QWidget#qt_calendar_navigationbar QSpinBox { min-height: 28px; min-width: 64px; }"
)
"""The calendar's month/year bar and its buttons tall enough to read and click, whatever the theme."""


def parse_day(text: str) -> date | str | None:
    """'12/3/2026', '12/03/2026', '12.3.2026', '12-03-2026' -> date; blank -> None; anything else as typed."""
    text = text.strip()
    if not text:
        return None
    match = _TYPED.fullmatch(text)
    if match is None:
        return text
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return text


class DateField(QWidget):
    """A date as text with a calendar beside it; `optional`: blank means no date. `changed` on every edit."""

    changed = Signal()

    def __init__(self, window: tuple[date, date] | None = None, *, optional: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.text = QLineEdit()
        self.text.setObjectName("dateText")
        self.text.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.text.setToolTip(self.tr("Type the whole date, e.g. 12/3/2026, or pick it in the calendar."))
        self.text.textChanged.connect(self.changed)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setStyleSheet(CALENDAR_STYLE)
        self.calendar.setMinimumSize(460, 290)  # the days' names ("Th 2") whole
        for name, arrow in (("qt_calendar_prevmonth", "◀"), ("qt_calendar_nextmonth", "▶")):
            month = self.calendar.findChild(QToolButton, name)  # the theme drew their arrows invisible
            month.setIcon(QIcon())
            month.setText(arrow)
            month.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if window is not None:
            self.calendar.setDateRange(QDate(window[0]), QDate(window[1]))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._calendar_opens)
        self.button = QPushButton(self.tr("Calendar"))  # a QToolButton was drawn 3 px high by the theme
        self.button.setObjectName("dateButton")
        self.button.setToolTip(self.tr("Pick the date in a calendar"))
        self.button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.text)
        if not optional:
            self.set_value(date.today())

    def minimumDate(self) -> QDate:
        return self.calendar.minimumDate()

    def maximumDate(self) -> QDate:
        return self.calendar.maximumDate()

    def value(self) -> date | str | None:
        """The date typed; None when blank; the text as typed when it is not a date (the domain names the field)."""
        return parse_day(self.text.text())

    def set_value(self, day: date | None) -> None:
        self.text.setText(format_date(day) if day is not None else "")

    def _calendar_opens(self) -> None:
        typed = self.value()
        self.calendar.setSelectedDate(QDate(typed) if isinstance(typed, date) else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self.set_value(day.toPython())
        self.menu.close()
        self.text.setFocus()
