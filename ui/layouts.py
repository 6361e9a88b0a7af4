"""The two layouts every page is made of: a margin-less column of parts, and a vertical splitter."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget

Part = QWidget | QLayout | tuple[QWidget, int]


def column(*parts: Part) -> QWidget:
    """`parts` stacked top to bottom without margins (a widget given with a number takes that stretch)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        else:
            layout.addWidget(part)
    return box


def vertical_split(*widgets: QWidget, stretch: tuple[int, ...] = ()) -> QSplitter:
    """`widgets` one above the other, the user moving the borders; `stretch` shares out extra height."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    for widget in widgets:
        splitter.addWidget(widget)
    for index, factor in enumerate(stretch):
        splitter.setStretchFactor(index, factor)
    return splitter
