"""Compiling kg's regexes once per character class, not once per use of it.

kg's patterns spell the same character classes hundreds of times (``[\\u4e00-\\u9fff]``,
the surname class, the characters that end a name …), and ``re`` optimises every
occurrence again: ``re._compiler._optimize_charset`` fills a 65,536-entry map for each
class that reaches beyond Latin-1, about 1.3 ms a time. Importing the extractors did that
1,800 times for 470 distinct classes: 0.27 s of a one-file ``kg extract``'s 0.55 s CPU.

:func:`install` wraps that function with a memo keyed on its arguments, so each distinct
class is optimised once per process. The function is pure (its result depends only on the
class, the case flags and the case-folding function) and its caller only reads the result,
so every compiled pattern is the same code as without the memo (tests/test_recache.py
compares them for every pattern of kg). Classes compiled with IGNORECASE on str patterns
(a ``fixes`` table) bypass the memo. On a Python whose ``re`` internals differ, nothing is
wrapped and ``re`` works as it always did.

:func:`install_code` answers ``re``'s compiler from a table shipped in the package
(``kg/data/regex_code.bin``): for each pattern kg compiles (the text and flags as the key),
what ``re._compiler.compile`` would hand ``_sre.compile`` — its flags, its code, its groups.
Parsing and emitting code for kg's ~600 patterns was ~0.19 s of a one-file ``kg extract``;
reading the table and building the pattern objects from it takes ~0.01 s. The table is built
by a developer (``make regex-code``, after changing patterns; nothing is written at run
time) for one Python (its full version, major.minor.micro: ``re``'s code generator may change in a
bug-fix release) and ``_sre`` (its ``MAGIC`` and code size): on any other, or for a pattern it
does not hold (a pattern changed since), ``re`` compiles as it always did, so a stale table costs
time, never a different pattern (tests/test_recache.py builds a table for the running Python,
compiles every entry afresh and compares).

Importing kg replaces ``re._compiler.compile`` for the whole process, so every module's
patterns pass through it, not kg's only; it answers only the exact (pattern, flags) pairs the
table holds, with the code ``re`` itself emits for them, and hands everything else to ``re``'s
own compiler, so no pattern behaves differently.
"""

from __future__ import annotations

import functools
import inspect
import marshal
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The compiled code of kg's patterns (see :func:`install_code`), built by ``make regex-code``.
CODE_FILE = Path(__file__).resolve().parent / "data" / "regex_code.bin"

_MEMO_SIZE = 4096


def _memoised(optimize: Callable[..., Any]) -> Callable[..., Any]:
    memo: dict[tuple[Any, ...], Any] = {}

    @functools.wraps(optimize)
    def optimize_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
        if fixes is not None:
            return optimize(charset, iscased, fixup, fixes)
        try:
            key = (tuple(charset), iscased, fixup)
            found = memo.get(key)
        except TypeError:  # an unhashable item: not worth a key
            return optimize(charset, iscased, fixup, fixes)
        if found is None:
            found = optimize(charset, iscased, fixup, fixes)
            if len(memo) < _MEMO_SIZE:
                memo[key] = found
        out, hascased = found
        return list(out), hascased

    optimize_charset.kg_memoised = True  # type: ignore[attr-defined]
    return optimize_charset


def install() -> bool:
    """Wrap ``re``'s charset optimiser with the memo (once); False when ``re`` has none to wrap."""
    try:
        from re import _compiler as compiler  # type: ignore[attr-defined]  # Python ≥ 3.11
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_compile as compiler
    optimize = getattr(compiler, "_optimize_charset", None)
    if optimize is None or not callable(optimize):
        return False
    if getattr(optimize, "kg_memoised", False):
        return True
    try:
        params = list(inspect.signature(optimize).parameters)
    except (TypeError, ValueError):  # pragma: no cover - not a Python function
        return False
    if params != ["charset", "iscased", "fixup", "fixes"]:  # pragma: no cover - other re internals
        return False
    compiler._optimize_charset = _memoised(optimize)
    return True


def sre_stamp() -> tuple[Any, ...] | None:
    """What compiled code depends on: the Python (major, minor, micro), ``_sre``'s MAGIC and code size."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - not CPython
        return None
    return (tuple(sys.version_info[:3]), getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))


def compiler_module() -> Any:
    try:
        from re import _compiler as compiler  # type: ignore[attr-defined]  # Python ≥ 3.11
    except ImportError:  # pragma: no cover - Python 3.10
        return None
    compile_ = getattr(compiler, "compile", None)
    if compile_ is None or not hasattr(compiler, "_code"):  # pragma: no cover - other re internals
        return None
    return compiler


def compiled_entry(pattern: str, flags: int) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern``: flags, code (as
    machine words), groups, group index and its inverse."""
    from re import _parser as parser  # type: ignore[attr-defined]

    compiler = compiler_module()
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    import _sre

    words = array("I", code) if array("I").itemsize == _sre.CODESIZE else array("L", code)
    return (int(flags | parsed.state.flags), words.tobytes(), parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def read_code(path: Path = CODE_FILE) -> dict[tuple[str, int], tuple[Any, ...]] | None:
    """The table of :data:`CODE_FILE`, or None when it is missing, unreadable or for another ``_sre``."""
    try:
        stamp, table = marshal.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return None
    if stamp != sre_stamp() or not isinstance(table, dict):
        return None
    return table


def _with_code(compile_: Callable[..., Any], table: dict[tuple[str, int], tuple[Any, ...]],
               typecode: str) -> Callable[..., Any]:
    import _sre

    @functools.wraps(compile_)
    def compile_with_code(p: Any, flags: int = 0) -> Any:
        if type(p) is str and not flags & 128:  # re.DEBUG prints the code: compile it
            found = table.get((p, flags))
            if found is not None:
                all_flags, code, groups, groupindex, indexgroup = found
                return _sre.compile(p, all_flags, array(typecode, code).tolist(), groups, dict(groupindex),
                                    indexgroup)
        return compile_(p, flags)

    compile_with_code.kg_code = table  # type: ignore[attr-defined]
    return compile_with_code


def install_code(path: Path = CODE_FILE) -> bool:
    """Answer ``re``'s compiler from the shipped table (once); False when there is none for this Python."""
    compiler = compiler_module()
    if compiler is None:  # pragma: no cover - Python 3.10
        return False
    if getattr(compiler.compile, "kg_code", None) is not None:
        return True
    import _sre

    typecode = "I" if array("I").itemsize == _sre.CODESIZE else "L"
    if array(typecode).itemsize != _sre.CODESIZE:  # pragma: no cover - an unusual platform
        return False
    table = read_code(path)
    if table is None:
        return False
    compiler.compile = _with_code(compiler.compile, table, typecode)
    return True

