"""ingest: decoding, repairs, and the map back to original offsets."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.read.ingest import decode, read_text
from kg.read.sources import find_sources, read_source

SAMPLE = "宁波市人民政府关于印发（牵头单位：市经信局；配合单位：市发改委）的通知"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
        SAMPLE.encode("utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom"],
)
def test_decode_supported_encodings(data):
    assert decode(data) == SAMPLE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(128, 256)) * 20, "cannot decode"),
    ],
)
def test_decode_rejects_binary_and_undecodable(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "bad.txt")


def test_empty_file_is_a_clear_error():
    with pytest.raises(InputError, match="empty"):
        read_text(b"  \n", "empty.txt")


def test_line_break_inside_parenthetical_is_repaired_and_mapped():
    original = "加快建设。（牵头单位：市经信局；配合\n单位：市发改委）\n下一段"
    text = read_text(original.encode(), "a.txt")
    assert "（牵头单位：市经信局；配合单位：市发改委）" in text.clean
    start = text.clean.index("（")
    end = text.clean.index("）") + 1
    ev = text.evidence(start, end)
    assert ev.quote == original[ev.start : ev.end]
    assert ev.quote == "（牵头单位：市经信局；配合\n单位：市发改委）"
    # the break between paragraphs is kept
    assert "）\n下一段" in text.clean


def test_html_cells_become_tabs_and_paragraphs_lines():
    original = '<p>专栏9</p> <table><tr><td data-bbox="1 2">领域</td><td>名称</td></tr></table>&amp;'
    text = read_text(original.encode(), "h.txt")
    assert "<" not in text.clean
    assert "领域\t名称\t" in text.clean
    assert text.clean.endswith("&")
    i = text.clean.index("名称")
    ev = text.evidence(i, i + 2)
    assert ev.quote == "名称" and original[ev.start : ev.end] == "名称"


def test_crlf_becomes_lf():
    text = read_text("一行\r\n二行".encode(), "crlf.txt")
    assert text.clean == "一行\n二行"


def test_every_clean_span_of_the_seeds_maps_to_an_equal_slice(seed_paths):
    for path in seed_paths:
        text = read_source(path)
        step = max(1, len(text.clean) // 400)
        for start in range(0, len(text.clean) - 10, step):
            ev = text.evidence(start, start + 10)
            assert text.original[ev.start : ev.end] == ev.quote


def test_find_sources_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        find_sources([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no text files"):
        find_sources([tmp_path / "empty"])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_not_binary(encoding):
    text = "关于印发2021年工作要点的通知\n一、总体要求（牵头单位：市发改委）\n"
    assert decode(text.encode(encoding), "a.txt") == text


def test_nul_bytes_that_are_not_utf16_are_still_binary():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 10, "a.bin")


def test_one_bad_byte_costs_its_span_and_is_reported_at_its_true_offset():
    text = "关于印发工作要点的通知\n一、总体要求（牵头单位：市发改委）\n" * 40
    data = text.encode("utf-8")
    at = len("关于印发工作要点的通知\n一、总体要求".encode())
    broken = data[:at] + b"\xff" + data[at:]
    notes: list[str] = []
    decoded = decode(broken, "a.txt", notes=notes)
    assert decoded.replace("\ufffd", "", 1) == text and decoded.count("\ufffd") == 1
    assert len(notes) == 1 and f"byte {at:,}" in notes[0] and "a.txt" in notes[0]
    with pytest.raises(InputError):  # without notes (--strict): the file is refused, as before
        decode(broken, "a.txt")


def test_a_file_with_one_bad_byte_is_extracted_and_reported(tmp_path):
    from kg.pipeline import ExtractReport, extract_paths

    good = "宁波市人民政府关于印发工作要点的通知\n甬政发〔2021〕59号\n各区县人民政府：\n做好工作。（牵头单位：市经信局）\n"
    path = tmp_path / "a.txt"
    path.write_bytes(good.encode("utf-8") + b"\xff" + good.encode("utf-8"))
    report = ExtractReport()
    facts = extract_paths([path], report=report)
    assert report.files == 1 and len(report.errors) == 1 and "U+FFFD" in report.errors[0]
    assert facts["documents"] or facts["articles"]


def test_an_unreadable_subfolder_is_reported_like_an_unreadable_file(tmp_path):
    """Run as a user who cannot list the folder: root without its capability to bypass file
    permissions (setpriv), since the tests run as root."""
    import os
    import shutil
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "b.txt").write_text("宁波市人民政府\n", encoding="utf-8")
    (corpus / "a.txt").write_text("宁波市人民政府关于印发工作要点的通知\n做好工作。\n", encoding="utf-8")
    (corpus / "locked").chmod(0)
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to drop root's file-permission bypass"
    prefix = [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search"] if os.getuid() == 0 else []
    try:
        result = subprocess.run([*prefix, sys.executable, "-m", "kg.cli", "extract", str(corpus),
                                 "-o", str(tmp_path / "f.json")], capture_output=True, text=True, timeout=300)
    finally:
        (corpus / "locked").chmod(0o755)
    assert result.returncode == 0, result.stderr[-2000:]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("kg: skipped:")]
    assert len(skipped) == 1 and "locked: cannot read this folder (Permission denied)" in skipped[0], result.stderr


def test_a_source_is_named_by_its_path_in_the_folder_given(tmp_path):
    from kg.read.sources import find_named_sources

    for folder in ("a", "b"):
        (tmp_path / "x" / folder).mkdir(parents=True)
        (tmp_path / "x" / folder / "notice.txt").write_text(f"{folder}的通知", encoding="utf-8")
    (tmp_path / "x" / "top.txt").write_text("通知", encoding="utf-8")
    x = tmp_path / "x"
    assert [name for _, name in find_named_sources([x])] == ["a/notice.txt", "b/notice.txt", "top.txt"]
    # a file given as such keeps its bare name; the same file given twice is read once
    assert find_named_sources([x / "a" / "notice.txt", x / "a"]) == [(x / "a" / "notice.txt", "notice.txt")]
    assert [name for _, name in find_named_sources([x, x / "a"])] == ["a/notice.txt", "b/notice.txt", "top.txt"]
    assert read_source(x / "a" / "notice.txt", source="a/notice.txt").evidence(0, 1).source == "a/notice.txt"


def test_two_files_that_would_be_one_source_are_refused_in_one_line(tmp_path):
    from kg.read.sources import find_named_sources

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "notice.txt").write_text(f"{folder}的通知", encoding="utf-8")
    with pytest.raises(InputError, match=r"would both be the source 'notice.txt': give the folder") as err:
        find_named_sources([tmp_path / "a", tmp_path / "b"])
    assert "\n" not in str(err.value)


# tests/data/real/mixed9/shanxi_sheng_tasks_2006.txt: a law library's page holds the document on one line,
# its paragraphs set apart by spaces (half-width marks as stored)
_ONE_LINE = ("山西省人民政府印发关于山西省国民经济和社会发展第十一个五年规划纲要的报告工作目标责任分解的通知 晋政发〔2006〕10号 "
             "各市、县人民政府,省人民政府各委、厅,各直属机构: 《关于山西省国民经济和社会发展第十一个五年规划纲要的报告》工作目标责任分解"
             "已经省人民政府同意,现印发给你们,请认真贯彻落实。 二○○六年五月十一日 "
             "一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助) 对主要工作任务负总责,同时具体负责以下工作: "
             "(一)省监察委员会牵头的工作 强化行政监察,建立健全教育、制度、监督并重的惩治和预防腐败体系。 "
             "协同部门:省政府办公厅、发展改革委等。 (三)省编办牵头的工作 1.进一步优化政府组织机构。 协同部门:省人民政府各部门。")


def test_a_document_printed_on_one_line_gets_its_paragraph_breaks() -> None:
    text = read_text(_ONE_LINE.encode(), "x.txt")
    assert text.clean.splitlines()[:4] == [
        "山西省人民政府印发关于山西省国民经济和社会发展第十一个五年规划纲要的报告工作目标责任分解的通知",
        "晋政发〔2006〕10号", "各市、县人民政府,省人民政府各委、厅,各直属机构:",
        "《关于山西省国民经济和社会发展第十一个五年规划纲要的报告》工作目标责任分解已经省人民政府同意,现印发给你们,请认真贯彻落实。"]
    assert "(三)省编办牵头的工作\n1.进一步" in text.clean and len(text.clean) == len(_ONE_LINE)
    ev = text.evidence(text.clean.index("晋政发"), text.clean.index("各市") + 2)
    assert ev.quote == _ONE_LINE[ev.start : ev.end] == "晋政发〔2006〕10号 各市"


def test_a_one_line_page_keeps_the_spaces_inside_a_document_number() -> None:
    spaced = _ONE_LINE.replace("晋政发〔2006〕10号", "晋政发 〔2006〕 10号")
    assert "\n晋政发 〔2006〕 10号\n" in read_text(spaced.encode(), "x.txt").clean
