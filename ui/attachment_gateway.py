"""The window's way to attached files (issue 20): count them, list them, read one's content, attach, remove.

The calls here are the plain ones the window's threads make, each in its own session or unit of work through the
domain's use cases (domain/attaching.py); the window never calls them on the GUI thread. `read_counts` and
`read_list` go through the window's reads (ui/latest_read.py: the newest request of a kind wins), `attach_files`
runs as a background task (ui/attachment_actions.py) and a removal in the window's save queue.

A village's counts are one read for the whole page: the year's criteria and every record of the village, each
a set-based query of the domain (no query a row).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal
from PySide6.QtGui import QImage

from exports.cancel import Cancelled, Progress
from ui.attachment_thumbnails import Thumbnails

if TYPE_CHECKING:
    from ui.record_gateway import RecordGateway

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
"""A file is read a mebibyte at a time: progress is said, and cancelling is heard, between two."""


@dataclass(frozen=True)
class Target:
    """What files are attached to: a criterion's assessment of a village in a year (`kind` "assessment",
    `key` the criterion), or a village record (`kind` its record kind, "visits", `key` its id)."""

    village_id: int
    kind: str
    key: int
    year: int | None = None

    @property
    def is_assessment(self) -> bool:
        return self.kind == ASSESSMENT


ASSESSMENT = "assessment"


@dataclass(frozen=True)
class Counts:
    """How many files are attached, by criterion (for the year shown) and by record kind and id."""

    village_id: int | None = None
    year: int | None = None
    criteria: dict[int, int] = field(default_factory=dict)
    records: dict[str, dict[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Incoming:
    """A file to attach: from a path (read in chunks when attached), or a pasted picture (written as PNG when
    attached, off the GUI thread)."""

    name: str
    path: Path | None = None
    image: QImage | None = None

    def size(self) -> int:
        return self.path.stat().st_size if self.path is not None else self.image.sizeInBytes()

    def png(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


@dataclass
class Attached:
    """What an attaching did: the files attached, the ones refused with their reasons, whether it was cancelled
    (the files attached before that stay: each is one transaction, whole or not at all)."""

    attached: list = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


class AttachmentGateway(QObject):
    """Attached files of the village the record gateway points at; `changed(village_id)` once files were attached
    to or removed from it (emitted in the GUI thread)."""

    changed = Signal(int)

    def __init__(self, records: RecordGateway, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.database = records.database
        self.user = records.user
        self.thumbnails = Thumbnails()

    # in the GUI thread

    def read_counts(self, year: int | None, apply: Callable[[Counts], None]) -> None:
        """The shown village's counts read off the GUI thread, then `apply(counts)` in it (newest wins)."""
        village_id = self.records.village_id
        if village_id is None or year is None:
            self.records.reads.drop("attachments")
            apply(Counts())
            return
        self.records.reads.request("attachments", lambda: self.counts(village_id, year), apply)

    def read_list(self, reads, target: Target, apply: Callable[[list], None]) -> None:
        """The target's files (without their content) read off the GUI thread through `reads`."""
        reads.request("attachment list", lambda: self.listed(target), apply)

    def remove_later(self, info, reply: Callable[[object, BaseException | None], None]) -> None:
        """Remove the file in the window's save queue; `reply(None, error or None)` once done."""
        self.records.saves.submit(lambda: lambda: self.remove(info.id), reply)

    # off the GUI thread

    def counts(self, village_id: int, year: int) -> Counts:
        """The year's counts by criterion and every kind's by record: two set-based queries, one session."""
        from domain.attachments import attachment_counts, record_attachment_counts

        with self.database.session() as session:
            return Counts(village_id, year, attachment_counts(session, village_id=village_id, year=year),
                          record_attachment_counts(session, village_id=village_id))

    def listed(self, target: Target) -> list:
        from domain.attachments import list_attachments

        with self.database.session() as session:
            return list_attachments(session, target=self._domain_target(target))

    def content(self, attachment_id: int) -> bytes:
        from domain.attachments import attachment_content

        with self.database.session() as session:
            return attachment_content(session, attachment_id)

    def thumbnails_of(self, infos: Sequence, make: Callable[[bytes], QImage | None],
                      wanted: Callable[[], bool] = lambda: True) -> dict[str, QImage | None]:
        """Each file's thumbnail, by digest, made by `make` from an image's small copy stored with it (the domain's,
        made when attached: one query for them all), else from the file itself (a PDF's first page: one content
        held at a time), in one session; None for a file that has none, or whose content could not be read.
        `wanted()` is asked before each file: False (a newer screenful superseded this one) stops there, with the
        thumbnails made so far."""
        from domain.attachments import attachment_content, thumbnails

        made: dict[str, QImage | None] = {}
        with self.database.session() as session:
            small = thumbnails(session, [info.sha256 for info in infos if info.is_image])
            for info in infos:
                if not wanted():
                    break
                try:
                    source = small.get(info.sha256)
                    made[info.sha256] = make(source if source is not None else attachment_content(session, info.id))
                except Exception:  # a thumbnail is a convenience: the list shows the kind's icon instead
                    log.exception("no thumbnail for %s", info.sha256)
                    made[info.sha256] = None
        return made

    def attach_files(self, target: Target, files: Sequence[Incoming], progress: Progress) -> Attached:
        """Each file read (a chunk at a time) and attached in a transaction of its own, saying how far (the reading
        is half the work, the storing the other half) and stopping when cancelled (a file being stored is rolled
        back); a refusal (the domain's sentence, or the file unreadable) noted with the file's name and the next
        one tried."""
        from domain.attaching import attach_file
        from domain.errors import DomainError
        from storage.file_errors import file_error_message

        outcome = Attached()
        sizes = []
        for incoming in files:
            try:
                sizes.append(incoming.size())
            except OSError:
                sizes.append(0)
        total, done = max(1, 2 * sum(sizes)) // 1024, 0

        def said(at: int) -> None:
            progress.advance(at // 1024, total)

        plan_id = self.records.plan.id
        for incoming, size in zip(files, sizes, strict=True):
            try:
                if incoming.image is not None:
                    content = incoming.png()
                else:
                    content = self._read(incoming.path, lambda got, before=done: said(before + got))
                start = done + size
                with self.database.unit_of_work(self.user) as uow:
                    outcome.attached.append(attach_file(
                        uow, plan_id=plan_id, target=self._domain_target(target), name=incoming.name,
                        content=content, progress=lambda stored, _total, before=start: said(before + stored)))
            except Cancelled:
                outcome.cancelled = True
                return outcome
            except DomainError as refusal:
                outcome.refused.append((incoming.name, str(refusal)))
            except OSError as error:
                outcome.refused.append((incoming.name, file_error_message(error)))
            done += 2 * size
            said(done)
        return outcome

    def remove(self, attachment_id: int) -> None:
        from domain.attaching import remove_attachment

        with self.database.unit_of_work(self.user) as uow:
            remove_attachment(uow, plan_id=self.records.plan.id, attachment_id=attachment_id)

    @staticmethod
    def _read(path: Path, advanced: Callable[[int], None]) -> bytes:
        """The file's content, read a chunk at a time; `advanced(bytes read)` after each (it may cancel). A file
        over the domain's limit is refused from its size, before it is read."""
        from domain.evidence_files import check_size

        check_size(path.name, path.stat().st_size)
        parts, got = [], 0
        with path.open("rb") as file:
            while chunk := file.read(CHUNK):
                parts.append(chunk)
                got += len(chunk)
                check_size(path.name, got)  # grown while read
                advanced(got)
        return b"".join(parts)

    @staticmethod
    def _domain_target(target: Target):
        from domain.attachments import AttachTarget

        if target.is_assessment:
            return AttachTarget.of_criterion(target.village_id, target.key, target.year)
        return AttachTarget.of_record(target.village_id, target.kind, target.key)
