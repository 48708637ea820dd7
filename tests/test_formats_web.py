"""kg.read.formats.web: the article of a saved government web page, without its furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import extract_text
from kg.read.formats.web import article_layer, is_whole_page, page_date, page_title
from kg.read.ingest import decode
from kg.read.sources import read_source

DATA = Path(__file__).parent / "data" / "formats" / "web"
FURNITURE = ["网站标识码", "ICP备案号", "当前位置", "相关文件", "无障碍", "网站地图", "请输入关键词"]


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.html")))
def test_the_article_is_kept_and_the_menus_and_footer_are_not(name):
    page = (DATA / name).read_text(encoding="utf-8")
    layer = article_layer(page, name)
    assert layer is not None
    assert not [word for word in FURNITURE if word in layer]
    paragraphs = page.split('id="zoom">')[1].split("</div>")[0].count("<p>")
    assert len([line for line in layer.splitlines() if line.strip()]) >= paragraphs


def test_title_number_and_date_come_from_the_page_metadata_when_the_body_lacks_them():
    page = (DATA / "yinzhou_plan.html").read_text(encoding="utf-8")
    layer = article_layer(page, "yinzhou_plan.html")
    title = "宁波市鄞州区人民政府办公室关于印发鄞州区对接大上海、融入长三角“十四五”发展规划的通知"
    assert layer.startswith(title + "\n\n文件编号 鄞政办发〔2021〕79号\n\n发布机构：鄞州区政府办公室\n\n各镇政府")
    facts = extract_text(read_source(DATA / "yinzhou_plan.html"))
    assert [(d["doc_number"], d["title"], d["date"]) for d in facts["documents"]] == [
        ("鄞政办发〔2021〕79号", title, "2021-10-17")]
    assert len(facts["projects"]) >= 30


def test_metadata_readers():
    page = (DATA / "hegang_fuyuan.html").read_text(encoding="utf-8")
    assert page_title(page) == "鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知"
    assert page_date(page) == "2025-05-06"
    assert page_title("<html><title>某某通知_某市人民政府</title></html>") == "某某通知"


def test_a_date_is_added_only_when_the_body_has_none():
    page = (DATA / "ningbo_appointments_35.html").read_text(encoding="utf-8")
    assert article_layer(page, "x.html").rstrip().endswith("2021年12月31日")
    undated = page.replace("<p>2021年12月31日</p>", "")
    assert article_layer(undated, "x.html").rstrip().endswith("宁波市人民政府\n\n2021年12月31日")


def test_an_html_fragment_is_not_a_whole_page():
    raw = (Path(__file__).parent / "data" / "other_cities" / "suzhou_sip_projects.html").read_bytes()
    assert not is_whole_page(decode(raw))
    assert not read_source(Path(__file__).parent / "data" / "other_cities" / "suzhou_sip_projects.html").layer


def test_a_saved_page_gives_appointments_with_evidence_into_its_text_layer():
    text = read_source(DATA / "ningbo_appointments_35.html")
    facts = extract_text(text)
    assert [d["doc_number"] for d in facts["documents"]] == ["甬政干〔2021〕35号"]
    assert len(facts["appointments"]) > 50
    for rec in facts["appointments"]:
        ev = rec["evidence"]
        assert text.original[ev["start"]:ev["end"]] == ev["quote"]
