"""The line over a page's figures that names the administrative units they are grouped by, once the database holds
a reorganisation (issue 18): 'Số liệu theo đơn vị hành chính năm 2024', '… hiện nay'."""

from PySide6.QtWidgets import QLabel, QWidget


class UnitsNote(QLabel):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet("font-weight: bold;")
        self.setVisible(False)

    def show_units(self, said: str) -> None:
        """`said` as the window words it ('by the administrative units of 2024'); '' hides the line."""
        self.setText(self.tr("Figures %1").replace("%1", said) if said else "")
        self.setVisible(bool(said))
