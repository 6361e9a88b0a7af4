"""The settings dialog's way to the database: the office's document settings read, and saved through their use
case (domain/document_settings.py) as the person working."""

from domain.access import Principal
from domain.document_settings import DocumentSettings, save_settings, settings
from storage.database import Database


class SettingsGateway:
    def __init__(self, database: Database, user: Principal) -> None:
        self.database = database
        self.user = user

    def read(self) -> DocumentSettings:
        with self.database.session() as session:
            return settings(session)

    def save(self, new: DocumentSettings) -> DocumentSettings:
        """Store `new` (secretariat only, audited); the settings as stored."""
        with self.database.unit_of_work(self.user) as uow:
            return save_settings(uow, new=new)
