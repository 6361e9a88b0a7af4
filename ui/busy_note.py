"""A page's busy state: a line saying its figures are being read, the page's tables greyed meanwhile."""

from PySide6.QtWidgets import QLabel, QWidget


class BusyNote(QLabel):
    """'Đang đọc số liệu…' above a page while its data is read off the GUI thread; hidden otherwise."""

    def __init__(self, *covered: QWidget) -> None:
        super().__init__()
        self.setObjectName("busyNote")
        self.setText(self.tr("Reading the figures…"))
        self.setStyleSheet("font-style: italic;")
        self._covered = covered
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)
        for widget in self._covered:
            widget.setEnabled(not busy)
