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
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

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
