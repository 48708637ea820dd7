"""Files written whole or not at all.

Every file policy-kg writes goes to a temporary file in the folder of its final path, is
flushed to disk (fsync) and renamed over the final path, so a reader, a crash or a
Ctrl-C never sees half a file; the temporaries of a failed or interrupted write are
removed. :class:`Outputs` stages several files and renames them together at the end, so
``kg build`` leaves either all of its new outputs or all of the previous ones.

Paths that are not regular files are written through, never replaced: ``-`` is standard
output, and a character device (``/dev/null``) or a FIFO is opened and written. A symlink
is followed: its target is replaced and the link stays.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with Outputs() as out:
...     out.path(folder / "a.txt").write_text("one")
...     out.path(folder / "b.txt").write_text("two")
3
3
>>> sorted(p.name for p in folder.iterdir())
['a.txt', 'b.txt']
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType

#: The path that means standard output.
STDOUT = "-"


def written_through(path: Path | str) -> bool:
    """Whether ``path`` is written in place: ``-``, a character or block device, a FIFO or socket."""
    if str(path) == STDOUT:
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def remove_stale(folder: Path, prefix: str) -> int:
    """Remove the temporaries ``prefix<pid>.*.tmp`` (files) and ``prefix<pid>-*`` (folders)
    that a killed kg left in ``folder``: those whose process no longer runs. How many went.

    A SIGKILL or a power cut leaves them (SIGTERM and Ctrl-C clean up); the next run that
    writes beside them removes them."""
    removed = 0
    try:
        entries = [entry for entry in folder.iterdir() if entry.name.startswith(prefix)]
    except OSError:
        return 0
    for entry in entries:
        pid = entry.name[len(prefix):].split(".", 1)[0].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _running(int(pid)):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
        elif entry.name.endswith(".tmp"):
            with suppress(OSError):
                entry.unlink()
                removed += 1
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


def final_path(path: Path | str) -> Path:
    """Where the content of ``path`` ends up: a symlink's target (followed), else ``path``."""
    path = Path(path)
    return path.resolve() if path.is_symlink() else path


class Outputs:
    """Temporary files beside their final paths, renamed over them together by :meth:`commit`.

    As a context manager it commits when the block ends normally and removes every
    temporary when it raises (KeyboardInterrupt included).
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (temporary, final)

    def path(self, target: Path | str) -> Path:
        """The path to write ``target``'s new content to (``target`` itself when written through)."""
        if str(target) == STDOUT:
            return Path("/dev/stdout")
        if written_through(target):
            return Path(target)
        final = final_path(target)
        final.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(final.parent, f".{final.name}.")
        fd, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.{os.getpid()}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(name)
        self._staged.append((tmp, final))
        return tmp

    def commit(self) -> None:
        """fsync every temporary, then rename each over its final path, then fsync the folders."""
        for tmp, _ in self._staged:
            _fsync(tmp)
        for tmp, final in self._staged:
            mode = _mode_of(final)
            if mode is not None:
                os.chmod(tmp, mode)
            else:  # mkstemp makes 0600: give a new file the usual permissions
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, final)
        for folder in {final.parent for _, final in self._staged}:
            _fsync(folder)
        self._staged.clear()

    def discard(self) -> None:
        """Remove every temporary not yet renamed."""
        for tmp, _ in self._staged:
            with suppress(OSError):
                tmp.unlink()
        self._staged.clear()

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            try:
                self.commit()
            finally:
                self.discard()
        else:
            self.discard()


@contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """One file written whole: yields the path to write, renamed over ``target`` at the end."""
    with Outputs() as out:
        yield out.path(target)


def _mode_of(path: Path) -> int | None:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot fsync a folder
        if not path.is_dir():
            raise
    finally:
        os.close(fd)
