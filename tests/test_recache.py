"""kg.recache: every pattern of kg compiles to the same code with the charset memo as without,
and the shipped table of compiled code holds what ``re`` compiles."""

from __future__ import annotations

import importlib
import marshal
import pkgutil
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

import kg
from kg.paths import ROOT
from kg.patterns import LazyPattern
from kg.recache import _with_code, compiled_entry, read_code, sre_stamp

try:
    from re import _compiler as compiler  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as compiler  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]


def _kg_patterns() -> list[tuple[str, int]]:
    """(pattern, flags) of every compiled or lazy pattern a kg module holds at module level."""
    found: dict[tuple[str, int], None] = {}
    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (spaCy's pipeline is built lazily anyway)
            continue
        for value in vars(module).values():
            if isinstance(value, LazyPattern) or (isinstance(value, re.Pattern) and isinstance(value.pattern, str)):
                found[(value.pattern, value.flags)] = None
    return list(found)


def _code(pattern: str, flags: int) -> list[int]:
    parsed = parser.parse(pattern, flags)
    return compiler._code(parsed, flags)


def test_the_memo_is_installed_with_kg() -> None:
    assert getattr(compiler._optimize_charset, "kg_memoised", False)


def test_every_kg_pattern_compiles_to_the_same_code() -> None:
    patterns = _kg_patterns()
    assert len(patterns) > 300  # the extractors' patterns were all found
    memoised = compiler._optimize_charset
    plain = memoised.__wrapped__
    with_memo = [_code(p, f) for p, f in patterns]
    with_memo_again = [_code(p, f) for p, f in patterns]  # now answered from the memo
    compiler._optimize_charset = plain
    try:
        without = [_code(p, f) for p, f in patterns]
    finally:
        compiler._optimize_charset = memoised
    assert with_memo == without
    assert with_memo_again == without


@pytest.mark.parametrize(("pattern", "flags", "text"), [
    (r"[\u4e00-\u9fff]+局", 0, "宁波市经信局"),
    (r"(?i)[a-zé]+", 0, "ÉCOLE"),  # a class with IGNORECASE (fixes table): not memoised
    (r"[^\s，,]+", 0, "甲，乙"),
    (rb"[\x80-\xff]+", 0, b"\xe5\xae\x81"),
])
def test_matching_is_unchanged(pattern: str, flags: int, text: str) -> None:
    code = f"import re; print(re.compile({pattern!r}, {flags}).findall({text!r}))"
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    memo = subprocess.run([sys.executable, "-c", "import kg; " + code], capture_output=True, text=True,
                          check=True).stdout
    assert memo == plain
    assert memo.strip() not in ("", "[]")


# The table of compiled code (kg.recache.install_code). The shipped kg/data/regex_code.bin is for the Python it
# was built with; these tests build one for the running Python (scripts/regex_code.py, in a child process so that
# this one's re keeps its compiler) and check that.

@pytest.fixture(scope="module")
def built_table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regex_code") / "regex_code.bin"
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); from scripts.regex_code import build_code; "
            f"from pathlib import Path; print(build_code([], Path({str(out)!r})))")
    count = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(count) > 300
    return out


def test_a_code_table_for_this_python_is_installed(built_table: Path) -> None:
    table = read_code(built_table)
    assert table is not None and len(table) > 300
    found = {pattern for pattern, _ in table}
    assert sum(pattern in found for pattern, _ in _kg_patterns()) > 300  # the extractors' patterns are in it
    code = ("from pathlib import Path; from re import _compiler as c; import kg.recache as r; "
            "c.compile = getattr(c.compile, '__wrapped__', c.compile); "  # whatever table kg installed, none now
            f"print(r.install_code(Path({str(built_table)!r})), len(c.compile.kg_code))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", str(len(table))]


def test_every_entry_of_the_table_is_what_re_compiles(built_table: Path) -> None:
    table = read_code(built_table)
    assert table is not None
    assert all(entry == compiled_entry(*key) for key, entry in table.items())


def test_a_pattern_from_the_table_is_the_pattern_re_compiles(built_table: Path) -> None:
    import _sre
    from array import array

    table = read_code(built_table)
    assert table is not None
    plain = getattr(compiler.compile, "__wrapped__", compiler.compile)
    ours_compile = _with_code(plain, table, "I" if array("I").itemsize == _sre.CODESIZE else "L")
    text = "根据《宁波市人民政府关于印发（2020）12号文件的通知》，任命张三为宁波市经信局副局长（试用期一年）。"
    keys = sorted(table, key=lambda key: -len(key[0]))[:40] + [(r"(?P<unit>[\u4e00-\u9fff]+局)(?P<post>副?局长)", 0)]
    for pattern, flags in keys:
        ours, theirs = ours_compile(pattern, flags), plain(pattern, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == \
            (theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex)
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_the_table_is_keyed_on_the_full_python_version(tmp_path: Path) -> None:
    stamp = sre_stamp()
    assert stamp is not None and stamp[0] == tuple(sys.version_info[:3])
    (major, minor, micro), magic, size = stamp
    other = tmp_path / "other_micro.bin"  # the same major.minor, another bug-fix release
    other.write_bytes(zlib.compress(marshal.dumps((((major, minor, micro + 1), magic, size),
                                                    {("a", 0): (0, b"", 0, {}, ())}))))
    assert read_code(other) is None


def test_a_table_for_another_python_or_a_broken_file_is_not_read(tmp_path) -> None:
    other = tmp_path / "other.bin"
    other.write_bytes(zlib.compress(marshal.dumps((((2, 7), 0, 4), {("a", 0): (0, b"", 0, {}, ())}))))
    broken = tmp_path / "broken.bin"
    broken.write_bytes(b"not a table")
    assert read_code(other) is None
    assert read_code(broken) is None
    assert read_code(tmp_path / "missing.bin") is None
