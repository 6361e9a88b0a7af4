"""The village sheet's evidence files: the list of each criterion's attached files (name, type, date) and, as an
option, an annex of the attached images, each scaled to the A4 page under a caption.

Only images go into the annex. A PDF's first page would need a PDF renderer for the printing, which the program does
not carry (poppler is no part of an office PC; Qt's PDF module belongs to the window, which shows the pages), and a
DOCX or XLSX has no picture of itself: they are listed by name, with the date, as every file is. An image is read
from the database (checked against its digest: a damaged one stops the export with its sentence) and scaled here to
at most ANNEX_PIXELS on its longer side, about 150 dpi across the page: a sheet with twenty photos stays a few
megabytes, and no more than one photo is held whole at a time. A content attached to several criteria or villages
(stored once) is decoded and scaled once per export (ScaledImages, keyed by its digest).
"""

import io
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image as PillowImage
from PIL import ImageOps
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from sqlmodel import Session

from domain.attachments import AttachmentInfo, content_bytes
from domain.evidence_files import TYPE_LABELS
from domain.formatting import format_date
from domain.village_detail import VillageSheet
from exports.document import MARGINS, PAGE, RowSplittingTable, Styles, content_width, grid_style, heading, markup

ANNEX_PIXELS = 1600
SCALED_KEPT = 32
"""Scaled images kept for reuse in one export: at most ~0.5 MB each as JPEG of ANNEX_PIXELS, ~16 MB."""
CONTENT_WIDTH = content_width()
PICTURE_HEIGHT = PAGE[1] - MARGINS["topMargin"] - MARGINS["bottomMargin"] - 40 * mm
"""The most height a picture takes: the page's frame less the annex's title and the caption."""


@dataclass(frozen=True)
class AnnexPicture:
    """An attached image ready for the page: a JPEG of at most ANNEX_PIXELS, its size in pixels, its caption."""

    info: AttachmentInfo
    jpeg: bytes
    width: int
    height: int
    caption: str


def _criteria(sheet: VillageSheet) -> dict[int, tuple[int, str]]:
    return {row.criterion_id: (row.number, row.name) for row in sheet.checklist}


def _criterion_files(sheet: VillageSheet) -> list[tuple[int, str, AttachmentInfo]]:
    """(number, name, file) of the files attached to the sheet's criteria, by criterion then by date."""
    criteria = _criteria(sheet)
    files = [(*criteria[info.criterion_id], info) for info in sheet.attachments if info.criterion_id in criteria]
    return sorted(files, key=lambda item: (item[0], item[2].added_at, item[2].id))


class ScaledImages:
    """Attached images decoded and scaled to the annex's JPEG, each content once, keyed by its digest; the newest
    `bound` kept (a village's sheets, or many villages' sharing a photo of their commune, ask for the same ones)."""

    def __init__(self, bound: int = SCALED_KEPT) -> None:
        self._bound = bound
        self._kept: OrderedDict[str, tuple[bytes, int, int]] = OrderedDict()

    def scaled(self, session: Session, sha256: str) -> tuple[bytes, int, int]:
        """The content's JPEG of at most ANNEX_PIXELS on its longer side, and its width and height in pixels."""
        kept = self._kept.get(sha256)
        if kept is not None:
            self._kept.move_to_end(sha256)
            return kept
        with PillowImage.open(io.BytesIO(content_bytes(session, sha256))) as image:
            picture = ImageOps.exif_transpose(image)
            picture.thumbnail((ANNEX_PIXELS, ANNEX_PIXELS))
            picture = picture.convert("RGB")
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=85)
        kept = self._kept[sha256] = (out.getvalue(), picture.width, picture.height)
        if len(self._kept) > self._bound:
            self._kept.popitem(last=False)
        return kept


def annex_pictures(session: Session, sheet: VillageSheet, images: ScaledImages | None = None) -> list[AnnexPicture]:
    """The images attached to the sheet's criteria, in the order the list gives them, scaled and captioned; `images`
    shared by the sheets of one export decodes a content they share once."""
    images = images or ScaledImages()
    pictures = []
    for number, name, info in _criterion_files(sheet):
        if not info.is_image:
            continue
        jpeg, width, height = images.scaled(session, info.sha256)
        caption = (f"Hình {len(pictures) + 1}. Tiêu chí {number}. {name} — {info.name} "
                   f"(đính kèm ngày {format_date(info.added_at.date())})")
        pictures.append(AnnexPicture(info, jpeg, width, height, caption))
    return pictures


def attachment_list(sheet: VillageSheet, st: Styles) -> list:
    """The table of the files attached to the criteria (none: nothing), to follow the checklist."""
    files = _criterion_files(sheet)
    if not files:
        return []
    rows = [[Paragraph(h, st.cell_bold) for h in ("TC", "Tệp minh chứng đính kèm", "Loại", "Ngày đính kèm")]]
    for number, _name, info in files:
        rows.append([Paragraph(str(number), st.cell), Paragraph(markup(info.name), st.cell),
                     Paragraph(TYPE_LABELS.get(info.media_type, info.media_type), st.cell),
                     Paragraph(format_date(info.added_at.date()), st.cell)])
    widths = [12 * mm, CONTENT_WIDTH - 12 * mm - 45 * mm - 28 * mm, 45 * mm, 28 * mm]
    table = RowSplittingTable(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(grid_style()))
    return [Spacer(1, 2 * mm), table]


def annex_pages(pictures: Sequence[AnnexPicture], st: Styles) -> list:
    """The annex: each picture on a page of its own, as large as the page allows, its caption under it."""
    story: list = []
    for index, picture in enumerate(pictures):
        story.append(PageBreak())
        if index == 0:
            story += heading("PHỤ LỤC: ẢNH MINH CHỨNG", st)
        scale = min(CONTENT_WIDTH / picture.width, PICTURE_HEIGHT / picture.height)
        image = Image(io.BytesIO(picture.jpeg), width=picture.width * scale, height=picture.height * scale)
        framed = Table([[image]], colWidths=[CONTENT_WIDTH])
        framed.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        story.append(KeepTogether([framed, Spacer(1, 2 * mm), Paragraph(markup(picture.caption), st.center_italic)]))
    return story
