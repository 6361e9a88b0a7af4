"""The reorganisation dialog's way to the database: the recorded reorganisations and the villages' history read,
a workbook previewed and imported, the stored ones exported, through the same use cases as the command line
(domain/reorganisation_import.py). Called off the GUI thread."""

from dataclasses import dataclass
from pathlib import Path

from domain.access import Principal
from storage.database import Database


@dataclass(frozen=True)
class ReorganisationsRead:
    reorganisations: list  # domain.reorganisation_workbook_format.ReorganisationRows
    history: list  # domain.reorganisation_import.HistoryLine


class ReorganisationGateway:
    def __init__(self, database: Database, user: Principal) -> None:
        self.database = database
        self.user = user

    def read(self) -> ReorganisationsRead:
        from domain.reorganisation_import import stored_reorganisations, units_history

        with self.database.session() as session:
            return ReorganisationsRead(stored_reorganisations(session), units_history(session))

    def preview(self, path: Path) -> tuple[list, object]:
        """The workbook's rows and what importing them would do (WorkbookRefused, ReorganisationRefused or the
        apply step's DomainError when refused)."""
        from domain.reorganisation_import import preview_reorganisations
        from storage.reorganisation_workbook import read_reorganisation_workbook

        rows = read_reorganisation_workbook(path)
        with self.database.unit_of_work(self.user) as uow:
            return rows, preview_reorganisations(uow, reorganisations=rows, file_name=path.name)

    def import_rows(self, rows: list, file_name: str):
        """Record the rows in one audited transaction, after a backup of the file; what was done."""
        from domain.reorganisation_import import import_reorganisations

        self.database.backup("import-reorg")
        with self.database.unit_of_work(self.user) as uow:
            return import_reorganisations(uow, reorganisations=rows, file_name=file_name)

    def export(self, path: Path) -> Path:
        from exports.reorganisation_workbook import write_reorganisation_workbook

        return write_reorganisation_workbook(self.read().reorganisations, path)
