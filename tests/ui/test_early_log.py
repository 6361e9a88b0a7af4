"""What a start logs before its log file is set up (storage/log_buffer.py) reaches the log file: why the picture of
the last close was not painted."""

from tests.ui.test_window_picture import kept_pictures, start


def test_why_the_picture_was_not_painted_is_in_the_log_file(db_path, tmp_path):
    start(db_path, tmp_path)
    picture = kept_pictures(tmp_path)[0]
    picture.write_bytes(picture.read_bytes()[:100])  # truncated
    assert start(db_path, tmp_path)["picture"] is False
    log = (tmp_path / ".local" / "state" / "LangMoi" / "log" / "langmoi.log").read_text(encoding="utf-8")
    assert f"window picture: {picture} is ignored" in log
