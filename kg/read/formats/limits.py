"""What one input file may cost (pages, OCR time, what a zip inflates to), so that a
hostile or runaway file is skipped in one line and never stops the rest of a folder."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError


@dataclass(frozen=True)
class Limits:
    """What one file may cost before it is skipped in one line (``kg: skipped: PATH: …``),
    so that a hostile or runaway file never stops the rest of a folder.

    ``max_pages``: pages of a PDF or frames of an image (``--max-pages``); ``ocr_seconds``:
    Tesseract's time on one file (``--ocr-seconds``); ``max_unpacked_bytes``: what a
    Word file's zip may inflate to (a zip bomb is refused from its directory, unread).
    """

    max_pages: int = 2_000
    ocr_seconds: float = 900.0
    max_unpacked_bytes: int = 256 * 2**20

    def __post_init__(self) -> None:
        if self.max_pages < 1 or self.ocr_seconds <= 0 or self.max_unpacked_bytes < 1:
            raise ValueError(f"limits must be positive: {self}")


DEFAULT_LIMITS = Limits()


class OcrClock:
    """Tesseract's time on one file, against ``Limits.ocr_seconds``."""

    def __init__(self, path: Path, limits: Limits) -> None:
        self.path, self.limit, self.used = path, limits.ocr_seconds, 0.0

    def left(self) -> float:
        """Seconds left; InputError once the file has used its time."""
        left = self.limit - self.used
        if left <= 0:
            raise InputError(f"{self.path}: OCR took more than {self.limit:.0f} s (raise --ocr-seconds to read it)")
        return left

    def run(self, fn: Callable[[float], Any]) -> Any:
        """``fn(seconds left)``, timed against the file's budget."""
        began = time.monotonic()
        try:
            return fn(self.left())
        except TimeoutError:
            self.used = self.limit
            self.left()
            raise
        finally:
            self.used += time.monotonic() - began
