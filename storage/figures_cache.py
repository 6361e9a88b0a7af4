"""The plan's layout and a year's figures kept on disk between two starts, proven exact by the audit trail.

At 10,000 villages reading a plan's layout and computing a year's figures takes more than a second however the
queries are written (the raw SQLite floor alone is ~150 ms), so the window keeps what it read: per database, plan
and format version, the layout (villages, agencies, assignments); per database, plan, year, day (overdue
difficulties depend on the day) and format version, the year's progress and the campaign Sums behind its figures,
and the dashboard summary's facts (domain/summary.SummaryFacts); per database and account, the history's tally
of the audit by person and kind (domain/history.AuditTally).
Each is marked with the newest audit row when it was read (domain/figures_mark.py); what the rows written since
say decides whether it is used as it is, refreshed for a few villages, or read again in full (ui/plan_gateway.py).

A file is input, never code: two lines of JSON, a header (format, key, mark, SHA-256 of the second line) and the
data. A file that is damaged, of another format or for another key is ignored (and rewritten at the next read).
Files are written in a thread of their own, whole under a temporary name, then renamed (a program stopped meanwhile
leaves the last file whole); the folder keeps the newest MAX_FILES files within
MAX_BYTES (older ones are removed after each write). A folder that cannot be written only costs the next start
its speed.
"""

import base64
import hashlib
import json
import logging
import os
import tempfile
import threading
import time
import zlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir
from sqlalchemy import Engine, text

from domain.agency_overview import AgencyRow, AgencyVillage
from domain.campaign import NO_SUMS, CampaignRollup, rollup_from_sums
from domain.figures import AgencyProgress, PlanProgress, Progress, RollupSums, VillageProgress
from domain.figures_mark import AuditMark
from domain.history import AuditTally
from domain.places import PlaceRow
from domain.summary import SummaryFacts
from domain.vocabulary import AgencyKind, AssignmentRole
from storage.location import sqlite_path

log = logging.getLogger(__name__)

FORMAT = 3
"""Raised whenever what a file holds changes shape: files of another format are ignored."""
MAX_FILES = 48
"""Three years of a few plans over a few days, at most (~2 MB each at 10,000 villages)."""
MAX_BYTES = 128 * 1024 * 1024
MAX_TABLE_BYTES = 64 * 1024 * 1024
"""A table of integers larger than this once inflated is not ours (a plan of a million villages stays under)."""
LEFTOVER_AGE_S = 3600
"""A temporary file older than this was left by a program stopped while writing: removed."""


def cache_folder() -> Path:
    """The user's cache folder for Làng Mới's figures (platformdirs, as the theme's cache)."""
    return Path(user_cache_dir("LangMoi", appauthor=False)) / "figures"


def database_identity(url: str, engine: Engine) -> str:
    """Which database the figures are of. An SQLite file: its full path (another file put at that path is told
    apart by the audit mark). A server: its address, port and database name, and the cluster's system identifier
    when the account may read it (a database of the same name on another cluster then never matches)."""
    path = sqlite_path(url)
    if path is not None:
        return f"sqlite:{path.resolve()}"
    with engine.connect() as connection:
        database, address, port = connection.execute(
            text("select current_database(), inet_server_addr()::text, inet_server_port()")).one()
        try:
            system = connection.execute(text("select system_identifier from pg_control_system()")).scalar()
        except Exception:  # noqa: BLE001 — not granted to every account: the address and the name then say it
            system = None
    return f"postgresql:{address}:{port}/{database}#{system}"


@dataclass(frozen=True)
class CachedLayout:
    mark: AuditMark
    places: list[PlaceRow]
    agencies: list[AgencyRow]
    assignments: list[AgencyVillage]
    agency_names: dict[int, str]


@dataclass(frozen=True)
class CachedFacts:
    mark: AuditMark
    facts: SummaryFacts


@dataclass(frozen=True)
class CachedFigures:
    mark: AuditMark
    progress: PlanProgress
    campaign: CampaignRollup


class FiguresCache:
    """The files of one database in `folder`."""

    def __init__(self, folder: Path, identity: str) -> None:
        self.folder = folder
        self.identity = identity
        self._lock = threading.Lock()
        self._writing: list[threading.Thread] = []

    def wait(self) -> None:
        """Return once the files being written are written."""
        with self._lock:
            writing = list(self._writing)
        for thread in writing:
            thread.join()

    # the layout

    def layout(self, plan_id: int, units_on: date | None = None) -> CachedLayout | None:
        """The layout kept under the units of `units_on` (None: today's; domain/unit_days.py)."""
        found = self._read(self._key("layout", plan_id, units_on=units_on))
        if found is None:
            return None
        mark, data = found
        try:
            ids, names = _column(data["place_ids"], 3), data["place_names"]
            if len(names) != 3 * len(ids) or not all(type(name) is str for name in names[::3] + names[1::3]) \
                    or not all(name is None or type(name) is str for name in names[2::3]):
                raise ValueError("names of another number or kind")
            places = [PlaceRow(v, names[3 * i], c, names[3 * i + 1], _district(d), names[3 * i + 2])
                      for i, (v, c, d) in enumerate(ids)]
            return CachedLayout(
                mark, places, [AgencyRow(int(a), str(n), str(s), AgencyKind(k)) for a, n, s, k in data["agencies"]],
                [AgencyVillage(a, v, ROLES[r]) for a, v, r in _column(data["assignments"], 3)],
                {int(a): str(n) for a, n in data["agency_names"]})
        except (KeyError, TypeError, ValueError, IndexError) as error:
            return self._damaged("layout", error)

    def keep_layout(self, plan_id: int, mark: AuditMark, places: list[PlaceRow], agencies: list[AgencyRow],
                    assignments: list[AgencyVillage], agency_names: dict[int, str],
                    units_on: date | None = None) -> None:
        self._write(self._key("layout", plan_id, units_on=units_on), mark, lambda: {
            "place_ids": _packed([[p.village_id, p.commune_id, NO_DISTRICT if p.district_id is None else p.district_id]
                                  for p in places]),
            "place_names": [name for p in places for name in (p.village, p.commune, p.district)],
            "agencies": [[a.agency_id, a.name, a.short_name, a.kind.value] for a in agencies],
            "assignments": _packed([[a.agency_id, a.village_id, ROLES.index(a.role)] for a in assignments]),
            "agency_names": list(agency_names.items()),
        })

    # a year's figures

    def figures(self, plan_id: int, year: int, today: date, units_on: date | None = None) -> CachedFigures | None:
        """The year's figures kept grouped by the units of `units_on` (None: today's)."""
        found = self._read(self._key("figures", plan_id, year, today, units_on))
        if found is None:
            return None
        mark, data = found
        try:
            if data["year"] != year or data["today"] != today.isoformat():
                raise ValueError("another year or day")
            tables = {name: _table(data[name], 12 if name == "agencies" else 4)
                      for name in ("plan", "villages", "communes", "districts", "agencies")}
            (_, [whole], [whole_sums]), (villages, village_counts, village_sums) = tables["plan"], tables["villages"]
            progress = PlanProgress(
                year, Progress(*whole), dict(zip(villages, (VillageProgress(*c) for c in village_counts), strict=True)),
                *({_district(i): Progress(*c) for i, c in zip(tables[name][0], tables[name][1], strict=True)}
                  for name in ("communes", "districts")),
                {a: AgencyProgress(Progress(*c[:4]), Progress(*c[4:8]), Progress(*c[8:]))
                 for a, c in zip(tables["agencies"][0], tables["agencies"][1], strict=True)})
            sums = RollupSums(today, whole_sums, dict(zip(villages, village_sums, strict=True)),
                              *({_district(i): s for i, s in zip(tables[name][0], tables[name][2], strict=True)}
                                for name in ("communes", "districts", "agencies")))
            return CachedFigures(mark, progress, rollup_from_sums(year, sums))
        except (KeyError, TypeError, ValueError, IndexError) as error:
            return self._damaged("figures", error)

    def keep_figures(self, plan_id: int, mark: AuditMark, progress: PlanProgress, campaign: CampaignRollup,
                     units_on: date | None = None) -> None:
        sums = campaign._sums
        if sums is None:
            return
        # Copied here, in the caller's thread: the writer packs them later, while a refresh may change the originals.
        tables = {"villages": (dict(progress.by_village), dict(sums.by_village)),
                  "communes": (dict(progress.by_commune), dict(sums.by_commune)),
                  "districts": (dict(progress.by_district), dict(sums.by_district)),
                  "agencies": (dict(progress.by_agency), dict(sums.by_agency))}
        if any(not set(counts) <= set(group_sums) for counts, group_sums in tables.values()):
            log.warning("figures of plan %s, %s not kept: counts and sums name different places", plan_id,
                        progress.year)
            return  # kept figures must be whole; not keeping them only costs the next start its speed

        def table(counts: dict, group_sums: dict, as_counts) -> dict[str, str]:
            ids = list(counts)
            return {"ids": _packed([[NO_DISTRICT if i is None else i] for i in ids]),
                    "counts": _packed([as_counts(counts[i]) for i in ids]),
                    "sums": _packed([group_sums[i] for i in ids])}

        def agency_counts(p: AgencyProgress) -> list[int]:
            return [*_counts(p.lead), *_counts(p.co_support), *_counts(p.all)]

        def village_counts(p: VillageProgress) -> list[int]:
            return [p.total, p.met, p.not_met, p.in_progress]

        as_counts = {"villages": village_counts, "communes": _counts, "districts": _counts, "agencies": agency_counts}
        year, today, whole, whole_sums = progress.year, sums.today, progress.plan, sums.plan
        self._write(self._key("figures", plan_id, year, today, units_on), mark, lambda: {
            "year": year, "today": today.isoformat(), "plan": table({0: whole}, {0: whole_sums}, _counts),
            **{name: table(counts, group_sums, as_counts[name]) for name, (counts, group_sums) in tables.items()},
        })

    # the dashboard's summary facts of a year

    def facts(self, plan_id: int, year: int, today: date) -> CachedFacts | None:
        found = self._read(self._key("facts", plan_id, year, today))
        if found is None:
            return None
        mark, data = found
        try:
            if data["year"] != year or data["today"] != today.isoformat():
                raise ValueError("another year or day")
            met: dict[int, set[int]] = {}
            for village_id, criterion_id in _column(data["met"], 2):
                met.setdefault(village_id, set()).add(criterion_id)
            meeting: dict[int, set[int]] = {y: set() for y in data["years"]}
            for meeting_year, village_id in _column(data["meeting"], 2):
                meeting[meeting_year].add(village_id)
            return CachedFacts(mark, SummaryFacts(
                year, today, {v: frozenset(ids) for v, ids in met.items()},
                frozenset(v for (v,) in _column(data["assessed"], 1)),
                {v: (count, date.fromordinal(day)) for v, count, day in _column(data["overdue"], 3)},
                {y: frozenset(ids) for y, ids in meeting.items()}))
        except (KeyError, TypeError, ValueError, IndexError, OverflowError) as error:
            return self._damaged("facts", error)

    def keep_facts(self, plan_id: int, mark: AuditMark, facts: SummaryFacts) -> None:
        self._write(self._key("facts", plan_id, facts.year, facts.today), mark, lambda: {
            "year": facts.year, "today": facts.today.isoformat(),
            "met": _packed([[v, c] for v, ids in facts.met.items() for c in ids]),
            "assessed": _packed([[v] for v in facts.assessed]),
            "overdue": _packed([[v, count, oldest.toordinal()] for v, (count, oldest) in facts.overdue.items()]),
            "years": list(facts.meeting),
            "meeting": _packed([[y, v] for y, ids in facts.meeting.items() for v in ids]),
        })

    # the history's tally of the audit (domain/history.AuditTally), per account reading it

    def audit_tally(self, reader: str) -> AuditTally | None:
        found = self._read(self._key("audit-tally", 0) | {"reader": reader})
        if found is None:
            return None
        mark, data = found
        try:
            counts = {}
            for actor, entity, count in data["counts"]:
                if type(actor) is not str or type(entity) is not str or type(count) is not int or count < 0:
                    raise ValueError("a count of another kind")
                counts[(actor, entity)] = count
            return AuditTally(mark, counts)
        except (KeyError, TypeError, ValueError) as error:
            return self._damaged("audit tally", error)

    def keep_audit_tally(self, reader: str, tally: AuditTally) -> None:
        self._write(self._key("audit-tally", 0) | {"reader": reader}, tally.mark, lambda: {
            "counts": [[actor, entity, count] for (actor, entity), count in tally.counts.items()]})

    # files

    def _key(self, kind: str, plan_id: int, year: int | None = None, today: date | None = None,
             units_on: date | None = None) -> dict[str, Any]:
        """What a file is of. A layout and figures grouped by the units of another day than today's (a year before a
        reorganisation, by the units of its time) are kept apart from today's; today's keep the key they had."""
        key = {"database": self.identity, "kind": kind, "plan": plan_id, "year": year,
               "day": today.isoformat() if today else None}
        return key if units_on is None else key | {"units": units_on.isoformat()}

    def _path(self, key: dict[str, Any]) -> Path:
        name = hashlib.sha256(json.dumps([FORMAT, key], sort_keys=True).encode()).hexdigest()[:40]
        return self.folder / f"{name}.json"

    def _read(self, key: dict[str, Any]) -> tuple[AuditMark, Any] | None:
        """The mark and the data of the file for `key`; None when there is none, or none to trust."""
        path = self._path(key)
        try:
            content = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("figures cache: %s not read: %s", path, error)
            return None
        head, _, body = content.partition(b"\n")
        try:
            header = json.loads(head)
            if header.get("format") != FORMAT or header.get("key") != key:
                raise ValueError("another format or key")
            if header.get("sha256") != hashlib.sha256(body).hexdigest():
                raise ValueError("its data does not match its checksum")
            marked = header["mark"]
            mark = AuditMark(int(marked["id"]), datetime.fromisoformat(marked["at"]),
                             frozenset(int(gap) for gap in marked["gaps"]))
            return mark, json.loads(body)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            log.warning("figures cache: %s ignored (%s): read again", path, error)
            return None

    def _damaged(self, kind: str, error: Exception) -> None:
        log.warning("figures cache: a %s file ignored (%s): read again", kind, error)

    def _write(self, key: dict[str, Any], mark: AuditMark, data: Callable[[], object]) -> None:
        """The file for `key` written in a thread of its own (the read that kept it returns meanwhile: ~35 ms at
        10,000 villages); `data` makes what it holds from values no one changes (the figures are never changed in
        place: a refresh makes new ones)."""
        thread = threading.Thread(target=self._write_now, args=(key, mark, data), name="figures-cache", daemon=True)
        with self._lock:
            self._writing = [t for t in self._writing if t.is_alive()] + [thread]
        thread.start()

    def _write_now(self, key: dict[str, Any], mark: AuditMark, data: Callable[[], object]) -> None:
        body = json.dumps(data(), ensure_ascii=False, separators=(",", ":")).encode()
        header = json.dumps({"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest(),
                             "mark": {"id": mark.id, "at": mark.at.isoformat(), "gaps": sorted(mark.gaps)}},
                            ensure_ascii=False).encode()
        path = self._path(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".writing-", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(header + b"\n" + body)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            self._bound()
        except OSError as error:
            log.warning("figures cache: %s not written: %s", path, error)

    def _bound(self) -> None:
        """The newest MAX_FILES files within MAX_BYTES kept; temporary files left by a stopped program removed."""
        now = time.time()
        files = []
        for entry in os.scandir(self.folder):
            try:
                stat = entry.stat()
            except FileNotFoundError:  # removed meanwhile by another write's bound
                continue
            if entry.name.endswith(".json"):
                files.append((stat.st_mtime, stat.st_size, entry.path))
            elif entry.name.startswith(".writing-") and now - stat.st_mtime > LEFTOVER_AGE_S:
                Path(entry.path).unlink(missing_ok=True)
        files.sort(reverse=True)
        kept_bytes = 0
        for kept, (_, size, path) in enumerate(files):
            kept_bytes += size
            if kept >= MAX_FILES or kept_bytes > MAX_BYTES:
                Path(path).unlink(missing_ok=True)


ROLES = tuple(AssignmentRole)
"""An assignment's role written as its place here."""
NO_DISTRICT = -1
"""The district id written for the communes with no district (ids are positive)."""


def _district(value: int) -> int | None:
    return None if value == NO_DISTRICT else value


def _counts(progress: Progress) -> list[int]:
    return [progress.villages, progress.villages_meeting, progress.criteria_met, progress.criteria_total]


def _packed(rows: list[list[int]]) -> str:
    """Rows of integers of one width as 64-bit integers, compressed, in base 64: read back ten times faster than
    JSON lists (most counts are small: they compress to a tenth)."""
    values = array("q", [value for row in rows for value in row]).tobytes()
    return base64.b64encode(zlib.compress(values, 1)).decode("ascii")


def _column(packed: str, width: int) -> list[tuple[int, ...]]:
    """The rows `_packed` wrote, `width` integers each."""
    inflating = zlib.decompressobj()
    raw = inflating.decompress(base64.b64decode(packed, validate=True), MAX_TABLE_BYTES)
    if inflating.unconsumed_tail or not inflating.eof:
        raise ValueError("a table too large or cut short")
    values = array("q")
    values.frombytes(raw)
    if len(values) % width:
        raise ValueError("rows of another width")
    return list(zip(*[iter(values.tolist())] * width, strict=True))  # whole rows: the length was checked


def _table(table: dict[str, str], width: int) -> tuple[list[int], list[tuple[int, ...]], list[tuple[int, ...]]]:
    """A group's ids, progress counts (`width` a row) and Sums, as keep_figures wrote them."""
    ids = [i for (i,) in _column(table["ids"], 1)]
    counts, sums = _column(table["counts"], width), _column(table["sums"], len(NO_SUMS))
    if not len(ids) == len(counts) == len(sums):
        raise ValueError("a table of rows of different numbers")
    return ids, counts, sums
