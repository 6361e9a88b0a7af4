"""What the operating system refused, said in Vietnamese: the window's background jobs and the command line show
an OSError with this sentence, never with the system's English (“Permission denied”, “Access is denied”)."""

import errno

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def file_error_message(error: OSError) -> str:
    """One sentence naming the file and what to do. Windows refuses to replace a file that Excel or a PDF viewer
    has open with “Access is denied” (a PermissionError), so that is said as a likely cause."""
    name = f"“{error.filename}”" if error.filename else "tệp"
    if isinstance(error, PermissionError):
        return (f"Không ghi hoặc đọc được {name}: không có quyền, hoặc tệp đang mở trong một chương trình khác "
                "(như Excel hay trình xem PDF). Đóng tệp đó hoặc chọn nơi khác rồi thử lại.")
    if error.errno in _FULL:
        return f"Không ghi được {name}: ổ đĩa đã đầy. Giải phóng chỗ trống hoặc chọn ổ khác rồi thử lại."
    if isinstance(error, FileNotFoundError):
        return f"Không tìm thấy {name}."
    if isinstance(error, IsADirectoryError):
        return f"Đường dẫn {name} là một thư mục, không phải một tệp: chọn tên tệp khác."
    if isinstance(error, (NotADirectoryError, FileExistsError)):
        return f"Không dùng được đường dẫn {name}: ở chỗ một thư mục trong đó lại là một tệp."
    if error.errno == errno.ENAMETOOLONG:
        return f"Không ghi hoặc đọc được {name}: tên hoặc đường dẫn quá dài."
    if error.errno == errno.EROFS:
        return f"Không ghi được {name}: ổ đĩa chỉ cho đọc. Chọn nơi khác rồi thử lại."
    return f"Không ghi hoặc đọc được {name} ({error.strerror or error})."
