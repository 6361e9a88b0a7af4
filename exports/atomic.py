"""Writing a file whole or not at all: into a temporary file beside it, then renamed over it."""

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces `target`, on error it is removed.

    An OSError about the temporary file (or about no file) is raised about `target`: the person chose that name,
    and the temporary one is gone."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise _about(error, target) from error
    os.close(handle)
    try:
        yield Path(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; the file is the user's document
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        if error.filename is not None and str(error.filename) != temporary:
            raise
        raise _about(error, target) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _about(error: OSError, target: Path) -> OSError:
    """The same refusal (its errno keeps its kind: PermissionError, ...) about `target`."""
    return OSError(error.errno, error.strerror, str(target))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
