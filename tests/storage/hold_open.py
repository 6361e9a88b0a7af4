"""A second program for the two-process tests: opens the database given for writing (taking its hold),
creates the hand-counted plan of tests/builders.py when asked, says "held" on stdout and waits to be killed.

    python -m tests.storage.hold_open sqlite:///…/langmoi.sqlite3 [--with-plan]
"""

import sys
import time

from domain.access import Principal
from domain.plans import create_plan
from storage.database import open_database
from tests.builders import small_plan_draft


def main(url: str, *options: str) -> None:
    database = open_database(url, actor="holder", with_sample=False)
    if "--with-plan" in options:
        with database.unit_of_work(Principal.local("holder")) as uow:
            create_plan(uow, draft=small_plan_draft())
    print("held", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    main(*sys.argv[1:])
