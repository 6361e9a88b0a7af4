"""A tab widget that lays itself out again only when its tab bar changed.

Qt's QTabWidget answers every layout request by laying out its tab bar and page again and repainting itself
whole, page included (QTabWidget::setUpLayout calls update()). Its layout requests come from its children: any
label of the page shown whose text changes size, any tab text set in a tab widget inside it, a busy note shown,
climbs up to it. On the village page that repainted the checklist (~10-20 ms of the GUI thread at each paint,
longer beside a reading thread) two or three times more at each plan loaded (issue 14). The page's geometry is
the tab widget's less its tab bar: while the tab bar asks for the same size nothing is to be laid out, and the
request is only passed up (the page's minimum size may have changed). A resize lays the tab widget out as ever
(QTabWidget::resizeEvent), and so do its own changes (a tab added, removed or renamed)."""

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QTabWidget


class _SteadyTabs(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.bar: tuple[QSize, bool] | None = None
        """The tab bar's size hint and visibility at the last layout request let through."""
        tabs.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Overrides QObject.eventFilter: a layout request with the tab bar unchanged is only passed up."""
        if event.type() != QEvent.Type.LayoutRequest:
            return False
        bar = self.tabs.tabBar()
        now = (bar.sizeHint(), bar.isVisibleTo(self.tabs))
        if now == self.bar:
            self.tabs.updateGeometry()
            return True
        self.bar = now
        return False


def keep_steady(tabs: QTabWidget) -> None:
    """`tabs` laid out again (and repainted whole) on a layout request only when its tab bar asks for another size."""
    _SteadyTabs(tabs)
