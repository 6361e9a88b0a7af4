"""The command line configures the log file: in the tests it is the test's own, never the user's."""

import pytest

import storage.logs


@pytest.fixture(autouse=True)
def private_log_file(tmp_path, monkeypatch):
    monkeypatch.setattr(storage.logs, "log_file", lambda: tmp_path / "log" / "langmoi.log")
