"""Writing a file whole or not at all: into a temporary file beside it, then renamed over it."""

import os
import tempfile
import time
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
    _sweep(target)
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


def _sweep(target: Path) -> None:
    """Remove what a writing of `target` killed half-way left (its temporary files an hour old), so that
    killed exports do not pile up hidden files in the user's folder; one still open elsewhere is left."""
    from storage.backups import LEFTOVER_AGE_S  # the backups' rule for their own leftovers

    for leftover in target.parent.glob(f".{target.name}.*.part"):
        try:
            if time.time() - leftover.stat().st_mtime > LEFTOVER_AGE_S:
                leftover.unlink()
        except OSError:
            continue


def _about(error: OSError, target: Path) -> OSError:
    """The same refusal (its errno keeps its kind: PermissionError, ...) about `target`."""
    return OSError(error.errno, error.strerror, str(target))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
