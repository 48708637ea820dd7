"""Rebuild kg/data/regex_code.bin (kg.recache): the compiled code of every pattern kg compiles
while importing its modules and extracting the seeds and the real texts. Run after changing
patterns (``make regex-code``); a pattern the table lacks is compiled as usual, only slower."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import kg
from kg.paths import ROOT
from kg.recache import CODE_FILE, compiled_entry, compiler_module, sre_stamp

FOLDERS = ("seeds", "tests/data/real", "tests/data/shared/realdev/docs", "tests/data/shared/realdev2/docs")


def build_code(folders: Iterable[Path], out: Path = CODE_FILE) -> int:
    """Write the table of every str pattern compiled while importing kg's modules, compiling their
    lazy patterns and extracting each of ``folders``; returns how many patterns it holds."""
    compiler = compiler_module()
    if compiler is None:
        raise SystemExit("this Python's re has no _compiler module")
    seen: dict[tuple[str, int], None] = {}
    plain = getattr(compiler.compile, "__wrapped__", compiler.compile)

    def recording(p: Any, flags: int = 0) -> Any:
        if type(p) is str:
            seen[(p, int(flags))] = None
        return plain(p, flags)

    compiler.compile = recording
    re.purge()
    try:  # kg's modules imported here, so that their module-level patterns are recorded too
        from kg.patterns import LazyPattern
        from kg.pipeline import extract_paths

        for info in pkgutil.walk_packages(kg.__path__, "kg."):
            try:
                module = importlib.import_module(info.name)
            except ImportError:  # an optional extra
                continue
            for value in list(vars(module).values()):
                if isinstance(value, LazyPattern):
                    value.search("")
        for folder in folders:
            extract_paths([folder], resolve=True)
    finally:
        compiler.compile = plain
        re.purge()
    table = {key: compiled_entry(*key) for key in seen if not key[1] & re.DEBUG}
    out.write_bytes(zlib.compress(marshal.dumps((sre_stamp(), table)), 9))
    return len(table)


if __name__ == "__main__":
    count = build_code([ROOT / folder for folder in FOLDERS if (ROOT / folder).is_dir()])
    print(f"wrote {CODE_FILE.relative_to(ROOT)}: {count} patterns, {CODE_FILE.stat().st_size:,} bytes")
