"""Run by tests/storage/test_disk_refusals.py in a process of its own: a plan saved while the operating system
refuses every write to a file (RLIMIT_FSIZE at 0, the process's own limit: each write fails with EFBIG, which
SQLite reports as "disk I/O error", as for a disk that fails), then saved again once writes are allowed.
Prints the refusal (class: message), then "saved". Its output must go to a pipe, which the limit does not bind."""

import resource
import sys

from domain.plans import create_plan, list_plans
from storage.database import open_database
from storage.errors import StorageError
from tests.builders import small_plan_draft
from tests.conftest import ACTOR, OFFICER


def main(db_path: str) -> None:
    database = open_database(f"sqlite:///{db_path}", actor=ACTOR)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    try:
        with database.unit_of_work(OFFICER) as uow:
            list_plans(uow.session)  # the connection is open, its files as they were
            resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))
            try:
                create_plan(uow, draft=small_plan_draft("1-KH/TEST"))
            except StorageError as error:
                print(f"{type(error).__name__}: {error}")
            finally:
                resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        with database.unit_of_work(OFFICER) as uow:
            create_plan(uow, draft=small_plan_draft("2-KH/TEST"))
        print("saved")
    finally:
        database.close()


if __name__ == "__main__":
    main(sys.argv[1])
