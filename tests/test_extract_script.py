"""A document printed in traditional characters is read by every extractor (kg.extract.script)."""

from __future__ import annotations

from kg.extract import extract_document
from kg.extract.script import as_printed, read_deglossed
from kg.patterns import back_to
from kg.read.segment import as_one_document
from kg.records import Appointment, Evidence, Park

# tests/data/real/mixed6/guangxi_nanning_yuanqu_kaifang_qingdan_2025.txt, line 5 (a 广西 mirror
# printed in traditional characters): parks in a list were not read before extract_document
# read the whole document in simplified characters
NANNING = ("《實施方案》還列出了全區產業園區對外開放分類指導清單,南寧市有多家園區入列。其中,南寧高新技術產業開發區、"
           "廣西—東盟經濟技術開發區、南寧經濟技術開發區、南寧綜合保稅區等4家園區列入引領型園區;")


def test_parks_of_a_traditional_text_are_read_and_written_as_printed() -> None:
    doc = as_one_document(NANNING)
    parks = [r for r in extract_document(doc) if isinstance(r, Park)]
    assert [p.name for p in parks] == ["南寧高新技術產業開發區", "廣西—東盟經濟技術開發區", "南寧經濟技術開發區",
                                       "南寧綜合保稅區"]
    assert all(NANNING[p.evidence.start : p.evidence.end] == p.evidence.quote == p.name for p in parks)


def test_as_printed_gives_back_the_words_not_the_codes() -> None:
    text = "南寧經濟技術開發區"
    park = Park(source="x.txt", doc_id="d", doc_number=None, name="南宁经济技术开发区", host="南宁市", sector=None,
                industries=("电子信息",), industries_raw="", evidence=Evidence("x.txt", 0, 9, text),
                catalogue_name="南宁经济技术开发区")
    written = as_printed(park, back_to(text))
    assert (written.name, written.host, written.catalogue_name) == ("南寧經濟技術開發區", "南寧市", "南宁经济技术开发区")
    assert written.evidence == park.evidence


# tests/data/real/mixed7/xinjiang_yili_zhengxie_xuanju_undated.txt, line 2 (a web mirror that prints
# pinyin after characters): elections were not read through the glosses
YILI = ("伊犁州政協(xié)十四屆一次會議選舉產(chǎn)生了自治州政協(xié)第十四屆委員會主席、副主席。"
        "賽爾建·烏合拜當(dāng)選為自治州政協(xié)第十四屆委員會主席;"
        "努拉合買提·祖農(nóng)、周立新當(dāng)選為自治州政協(xié)第十四屆委員會副主席;")


def test_pinyin_glosses_are_read_through_and_kept_as_printed() -> None:
    doc = as_one_document(YILI)
    got = [(a.person, a.organization, a.position) for a in extract_document(doc) if isinstance(a, Appointment)]
    unit = "自治州政協(xié)第十四屆委員會"
    assert got == [("賽爾建·烏合拜", unit, "主席"), ("努拉合買提·祖農(nóng)", unit, "副主席"), ("周立新", unit, "副主席")]
    assert all(YILI[a.evidence.start : a.evidence.end] == a.evidence.quote
               for a in extract_document(doc) if isinstance(a, Appointment))


def test_glosses_without_tone_marks_are_read_through_where_a_text_prints_several() -> None:
    # tests/data/real/mixed17/shanxi_sheng_renda_cizhi_2025.txt, lines 6-7: toneless glosses (省(sheng), 罢(ba))
    text = ("山西省(sheng)人民代表大会(hui)常务委员会(hui)\n公告\n"
            "吕梁(liang)市人大常委会(hui)决定罢(ba)免金湘军的山西省(sheng)第十四届人民代表大会(hui)代表职(zhi)务。\n")
    found = [a for a in extract_document(as_one_document(text)) if isinstance(a, Appointment)]
    assert [(a.person, a.action, a.organization, a.position, a.kind) for a in found] == [
        ("金湘军", "remove", "山西省(sheng)第十四届人民代表大会(hui)", "代表", "recall")]
    assert all(text[a.evidence.start : a.evidence.end] == a.evidence.quote for a in found)
    # one bracketed syllable is no gloss: 见附件(a) stays as printed
    assert read_deglossed(as_one_document("任命李明(a)为市商务局局长。")) is None


def test_a_text_without_glosses_is_read_as_it_is() -> None:
    assert read_deglossed(as_one_document("任命李明(见附件)为市商务局局长。")) is None
