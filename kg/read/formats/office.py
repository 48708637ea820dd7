"""Word 97-2003 .doc and WPS .wps files: converted to .docx by LibreOffice headless
when it is installed (Debian: ``apt-get install libreoffice-writer-nogui``), else a
one-line skip that names the file and the conversion to run."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from kg.errors import InputError
from kg.read.formats.docx import read_docx
from kg.read.formats.limits import DEFAULT_LIMITS, Limits

#: LibreOffice's command names, in the order they are looked for.
COMMANDS = ("soffice", "libreoffice")
TIMEOUT_S = 180


def libreoffice() -> str | None:
    """The LibreOffice command on PATH, or None."""
    return next((found for name in COMMANDS if (found := shutil.which(name))), None)


def read_old_word(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> str:
    """The text of a .doc or .wps file, through a .docx that LibreOffice writes."""
    path = Path(path)
    command = libreoffice()
    if command is None:
        raise InputError(
            f"{path}: {path.suffix.lower()} (old Word/WPS format) needs LibreOffice to read: install it "
            f"(apt-get install libreoffice-writer-nogui) or convert it first: "
            f"soffice --headless --convert-to docx {path.name}")
    with tempfile.TemporaryDirectory(prefix="kg-office-") as tmp:
        try:
            # A profile of its own, so a LibreOffice the user has open does not take the job.
            result = subprocess.run(
                [command, f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                 "--convert-to", "docx", "--outdir", tmp, str(path.resolve())],
                capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise InputError(f"{path}: LibreOffice took longer than {TIMEOUT_S} s to convert it; not read") from exc
        converted = Path(tmp) / (path.stem + ".docx")
        if result.returncode != 0 or not converted.exists():
            raise InputError(f"{path}: LibreOffice could not convert it (damaged or not a Word file)")
        try:
            return read_docx(converted, limits=limits)
        except InputError as exc:
            raise InputError(f"{path}: {str(exc).split(': ', 1)[-1]}") from exc
