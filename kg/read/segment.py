"""Text → documents: split one source file into the documents it prints.

A gazette issue bundles many documents; each official one is announced by a
*heading*: its title, then its document number alone on a line (甬政发〔2021〕56号,
政府令第260号, or ``文件编号 鄞政办发〔2021〕79号`` on a web page). The number
must stand alone on its line, which is what keeps a table of contents (where
every title and number is listed too, but with page numbers) from producing
documents. Articles are found by their own headings: a chronicle (…记事, followed
by day entries) and a list of documents issued (…发文目录, followed by numbered
entries). A file without any heading is a news page (split at its bylines) or
an untitled excerpt.

Each document runs from its heading (or the 规范性文件统一编号 printed just above
it) to the next document's start; text before the first heading is front matter
and belongs to no document.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from kg.patterns import (
    DATE_PATTERN,
    DOC_NUMBER_ANCHOR_RE,
    DOC_NUMBER_LABELS,
    DOC_NUMBER_PATTERN,
    DOC_NUMBER_RE,
    DOC_NUMBER_REACH,
    DOC_TYPE_WORDS,
    ISSUER_CODE_BARE_STARTS,
    NEWS_ACT_VERBS,
    NEWS_BYLINE_WORDS,
    NEWS_HEADLINE_VERBS,
    NORMATIVE_CODE_LABELS,
    NUMBER_LEAD_IN_WORDS,
    OFFICIAL_TITLES,
    PINYIN_GLOSS,
    UNIT_SUFFIXES,
    alternation,
    back_to,
    is_traditional,
    iso_date,
    simplified,
)
from kg.read.identity import ID_PREFIX, content_hash
from kg.read.ingest import SourceText, read_text
from kg.records import Document

_SP = r"[ \t\u3000]"

# A line that holds only a document number (optionally labelled or bracketed).
_NUMBER_LINE_RE = re.compile(
    rf"^{_SP}*[（(]?{_SP}*(?:(?P<label>{alternation(DOC_NUMBER_LABELS)}){_SP}*[:：]?{_SP}*)?"
    rf"(?:{DOC_NUMBER_PATTERN}){_SP}*[)）]?(?:{_SP}+(?P<line_date>{DATE_PATTERN.replace('?P<', '?P<n')}))?"
    # the addressee run into the number where a line break was lost: 卫发改函〔2023〕26号各县(区)人民政府,市政府有关部门、
    # 直属机构: (tests/data/real/mixed28 ningxia_zhongwei_zhongdianxiangmu_tongbao_2023)
    r"(?:(?<=号)(?=[各省市县区])[^。；;！？!?\n：:]{2,80}[：:])?"
    rf"{_SP}*$",
    re.MULTILINE,
)
_NORMATIVE_RE = re.compile(
    rf"(?:{alternation(NORMATIVE_CODE_LABELS)}){_SP}*[:：]?{_SP}*(?P<code>[A-Za-z0-9][A-Za-z0-9—–\-－_]{{4,40}})"
)
_DATE_LINE_RE = re.compile(rf"^{_SP}*[（(]?{_SP}*(?:{DATE_PATTERN}){_SP}*[)）]?{_SP}*$", re.MULTILINE)
_CHRONICLE_RE = re.compile(
    rf"^{_SP}*(?P<title>[^\s，。：:；]{{0,24}}?(?:大事记|记事)){_SP}*\n\s*"
    r"(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})月?(?:\d{1,2}|[一二三四五六七八九十]{1,3})?日)",
    re.MULTILINE,
)
_CATALOGUE_RE = re.compile(
    rf"^{_SP}*(?P<title>[^\s，。：:；]{{0,30}}?(?:发文目录|文件目录|发文一览表?)){_SP}*\n\s*"
    rf"(?=[-•·*]?{_SP}*(?:\d{{1,3}}[.、．]{_SP}*)?(?:{DOC_NUMBER_PATTERN}))",
    re.MULTILINE,
)
_BYLINE_RE = re.compile(rf"^{_SP}*(?:{alternation(NEWS_BYLINE_WORDS)})(?:{_SP}|[:：])[^\n]{{0,60}}$", re.MULTILINE)
_META_LINE_RE = re.compile(
    r"^\s*(?:发布时间|发布日期|信息来源|来源|索\s*引\s*号|生成日期|成文日期|发布机构|主题分类|体裁分类|公开方式"
    r"|公开范围|组配分类|有效性|浏览次数|字号|正文内容|生效日期|废止日期|文\s*号\s*[:：]|所属主题)"
)
#: A page's time stamp on a line of its own, between a title and its addressee: 2022-10-19 14:39
#: (real/mixed5 hubei_wuhan_shengbaogao_fenjie_2018); bulleted or labelled 时间/日期, between a title and its 文号:
#: • 时间:2012-04-28 (real/mixed30 gansu_sheng_jingjitizhi_gaige_2012, gsei.com.cn), 时间: 2013-07-17 10:06 (real/mixed30
#: shaanxi_sheng_xianyu_biaozhang_2013, shaanxi.gov.cn) — the number under it is the document's own.
_STAMP_LINE_RE = re.compile(
    r"^(?:[•●▪·]\s*)?(?:(?:时间|日期)\s*[:：]\s*)?(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$")
#: A rule drawn between a title and its number (a red header's line): ——, ────, ＝＝ (real/mixed22
#: neimenggu_ordos_dongsheng_hubaoeyu_fangan_2017: the title, ——, 东政发〔2017〕66号).
_RULE_LINE_RE = re.compile(r"^[—－\-─━=＝_＿~～]{2,}$")
#: A list bullet before a page's title (• 新密市人民政府办公室 关于…, real/mixed5 henan_zhengzhou_xinmi_fenjie_2021).
_BULLET_RE = re.compile(r"^[•●▪·]")
#: A headline that speaks of its own place (我省发布2018年重点建设项目计划): news, no document's title.
_OUR_PLACE_RE = re.compile(r"^我[省市区县州旗盟]")
#: A headline that reports an act (省政府印发…责任分解通知, 江西发布第一批…认定名单): a document's own title
#: written without 关于 says 印发…的通知 (real/mixed10 zhejiang_zerenfenjie_2020, parks3 jiangxi_sheng_huagongyuanqu_2021).
_REPORTED_ACT_RE = re.compile(rf"(?:{alternation(NEWS_ACT_VERBS)})(?!.*的(?:{alternation(DOC_TYPE_WORDS)})$)")
_ENUM_START_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十百]+[条章节])")
_DOC_TYPE_END_RE = re.compile(
    rf"(?P<type>{alternation(DOC_TYPE_WORDS)})(?:[（(][^（）()]{{1,20}}[）)])?$"
)
_ATTACHMENT_RE = re.compile(r"关于(?:印发|转发|发布|颁布|公布)[《〈]?(?P<a>.+?)[》〉]?的通知$")
_PERSONNEL_TITLE_RE = re.compile(r"(?:任职|免职|任免|聘任|解聘|职务)的通知$")
_ISSUER_LINE_RE = re.compile(
    rf"^[\u4e00-\u9fff（）()]{{2,40}}(?:{alternation(UNIT_SUFFIXES)})$"
)
_SIGNER_LINE_RE = re.compile(rf"^(?P<title>{alternation(OFFICIAL_TITLES)}){_SP}*(?P<name>[\u4e00-\u9fff]{{2,4}})$")
_LEAD_IN_RE = re.compile(rf"^.*(?P<word>{alternation(NUMBER_LEAD_IN_WORDS)})")
_WS_RE = re.compile(r"\s+")
#: The tail of a broken title: a line that opens with a bracket or 的 cannot start one.
_TITLE_TAIL_RE = re.compile(r"^[（(〔的]")
#: A covering notice's title still open: 关于印发…工作报告 goes on to …目标任务分解方案的通知 on the next line
#: (a line ending in a document word inside it; real/mixed6 chongqing_liangping_mubiaorenwu_tongzhi_2021).
_OPEN_COVER_RE = re.compile(r"关于(?:印发|转发|批转|发布|颁布|公布)(?!.*通知$)")
#: Prose before the first heading (a gazette's front news) is an article of its own.
_PROSE_RE = re.compile(r"[。！？]")
#: A news lead with the byline inside the paragraph: 本报讯（记者 X 通讯员 Y）, 新华社杭州4月1日电.
_INLINE_NEWS_RE = re.compile(rf"本报讯|本台讯|新华社[^，。\n]{{0,12}}电|[（(]{_SP}*(?:记者|通讯员){_SP}")
_PROMULGATED_RE = re.compile(r"《(?P<title>[^《》\n]{2,80})》")
_LINE_RE = re.compile(r"^.*$", re.MULTILINE)
#: The line under a 人大 decision's title: （2023年5月31日济源市第十五届人民代表大会常务委员会第七次会议通过）.
_PASSED_RE = re.compile(
    rf"^{_SP}*[（(]{_SP}*(?P<when>[^（）()\n]{{0,20}}日)?[^（）()]{{0,80}}?(?:会议|大会)(?:审议)?(?:通过|批准){_SP}*[)）]?{_SP}*$"
)
#: A 会议通过 bracket inside a line, after a title: (2020年7月28日…常务委员会第二十六次会议通过).
_INLINE_PASSED_RE = re.compile(
    r"[（(](?P<when>[^（）()\n]{0,20}日)[^（）()\n]{0,80}?(?:会议|大会)(?:审议)?(?:通过|批准)[)）]"
)
#: What a title read leftwards from such a bracket cannot hold.
_INLINE_TITLE_STOPS = frozenset("。！？!?：:，,；;\n \t\u3000“”\\")
#: An OCR'd or scraped date whose 年/月 fell out: 2024115, 202184日 (a two-digit day is preferred).
_BARE_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{1,2}?)(?P<d>\d{2}|\d)日?")
#: The addressee line that follows a title: 各县、区人民政府，市政府各部门：.
_BARE_DATE_LINE_RE = re.compile(rf"^{_SP}*(?:19|20)\d{{4,6}}日?{_SP}*$", re.MULTILINE)
#: A page that goes on from another: 【紧接第1版】, （接上页）, (上接第2版).
_CONTINUED_RE = re.compile(r"^\s*[【\[（(〔]\s*(?:紧接|接|上接|续|转自)[^】\]）)〕\n]{0,12}[】\]）)〕]")
_ADDRESSEE_RE = re.compile(r"^[^。；;！？!?\n]{2,80}[：:]$")
#: The running number of a 公告 on its own line: 〔十一届〕第二十五号, （第9号）, 第1号.
_SERIAL_LINE_RE = re.compile(r"^(?:[〔［\[（(][^〔〕［］\[\]（）()\n]{1,8}[〕］\]）)])?[（(]?第[一二三四五六七八九十百零〇\d]{1,6}号[）)]?$")
#: Words that end a title with no document number and no addressee: plans and lists.
_PLAN_TITLE_END_RE = re.compile(
    r"(?:实施意见|意见|方案|规划|纲要|计划|要点|清单|分解表|一览表|进度表|计划表|汇总表|明细表|责任分解|任务分解|分工"
    r"|若干措施|政策措施|实施细则"  # 黑龙江省促进经济稳增长的若干措施 (real/mixed4)
    r"|决定|办法|通知|名单|名录|大事记)(?:[（(][^（）()]{1,20}[）)]){0,2}$"  # 进度表（截至10月31日）, 大事记(一)(4月-9月)
)


#: One part of what a page adds after its title, from its separator (_政策文件, -欧洲杯网络平台).
_PAGE_SUFFIX_PART = r"\s*[-_|｜－—–]+\s*[^-_|｜－—–\s]{2,24}"
#: What a stored page or attachment adds after its title: a site's name (…责任分解的通知-欧洲杯网络平台, real/mixed14
#: anhui_luan_zerenfenjie_2021) or a file's extension (…责任分解表.docx, real/mixed13
#: jiangsu_changzhou_zhonglou_minshengshishi_2021).
#: A page's title may name its column and its site (…的通知_政策文件_某某市人民政府门户网站): up to three parts.
_PAGE_SUFFIX_RE = re.compile(rf"(?:(?:{_PAGE_SUFFIX_PART}){{1,3}}|\.(?:docx?|DOCX?|pdf|PDF|xlsx?|XLSX?|wps|WPS))$")
_PAGE_SUFFIX_PART_RE = re.compile(_PAGE_SUFFIX_PART)
#: A news report's lead after its headline: 环保网获悉,5月10日… (real/mixed13 tianjin_renwufengong_2022).
_REPORTED_LEAD_RE = re.compile(r"\s*[^\s，,。：:]{1,12}获悉[，,：:]")


#: The date a page lists a document under, after its title on the title's line (关于印发区政府2021年第三季度工作要点的通知
#: 2021-08-06 over 杨府办〔2021〕21号; real/mixed18 shanghai_yangpu_gongzuoyaodian_2021): no part of the title.
_POSTED_DATE_RE = re.compile(rf"{_SP}+(?P<date>(?:19|20)\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}){_SP}*$")


def _without_page_suffix(title: str) -> str:
    """``title`` without what a page or a file adds after it (a site's name, .docx), when what stands before
    ends like a title and the whole does not."""
    m = _PAGE_SUFFIX_RE.search(title)
    if m is None or m.start() == 0 or _ends_like_title(title):
        return title
    # the shortest suffix whose removal leaves a title's ending
    cuts = [p.start() for p in _PAGE_SUFFIX_PART_RE.finditer(title, m.start())] or [m.start()]
    for cut in sorted(cuts, reverse=True):
        if cut > 0 and _ends_like_title(title[:cut]):
            return title[:cut]
    return title


def _ends_like_title(title: str) -> bool:
    """A document's or a plan's title ending (…的通知, …清单, …名单), also when the whole title
    is printed in 《》 (《关于…的具体实施细则》, tests/data/real/tasks2 jiangsu_huaian_wenzengzhang_xize_2022)."""
    if len(title) > 2 and title[0] == "《" and title[-1] == "》" and "《" not in title[1:-1]:
        title = title[1:-1]
    return _DOC_TYPE_END_RE.search(title) is not None or _PLAN_TITLE_END_RE.search(title) is not None
#: A web page's metadata block: 名称：…, 发文字号：…, 发布机构：…, 成文日期：… (also in | tables).
_PAGE_FIELDS = {
    "title": ("名称", "标题", "文件名称", "名 称"),
    # 文件号 / 制发日期: a 江苏 page's table (| 文件号 | 苏政办发〔2025〕45号 | 制发日期 | 2025-12-23 |, tests/data/real/mixed27
    # jiangsu_sheng_teseyoushichanye_yijian_2025); 制发日期 is a 政府信息公开目录 label elsewhere too (国家能源局's 目录项基本信息)
    "number": ("发文字号", "发文文号", "文件字号", "文号", "文件编号", "文 号", "文件号"),
    "issuer": ("发布机构", "发文机关", "发文机构", "发文单位", "发布机关"),
    # 成文时间 (parks4 ningxia_zizhiqu_gaoxinqu_pifu_2021); a law database's 公布日期, the date a notice is made
    # public under its own name (•【公布日期】2011.10.12, personnel3 tianjin_shi_kewei_gaoxinqu_lingdaoxiaozu_2011)
    "signed": ("成文日期", "发文日期", "签发日期", "印发日期", "成文时间", "公布日期", "制发日期"),
    "published": ("发布日期", "发布时间"),
}
_PAGE_FIELD_OF = {label: field for field, labels in _PAGE_FIELDS.items() for label in labels}
#: Any field's label, known or not, ends the field before it (文 号: 所属主题: …, tasks3 henan_shangqiu_minquan:
#: the 文号 is empty); [ 发布机构 ] 江津区人民政府 [ 有效性 ] (mixed10 chongqing_jiangjin) is one with its bracket.
_FIELD_LABEL = r"(?:[\[【]\s*[\u4e00-\u9fff]{2,6}\s*[\]】]|[\u4e00-\u9fff]{2,6}[:：])"
_PAGE_FIELD_RE = re.compile(
    rf"(?:^|[|｜\t]|{_SP}|(?<=[|｜\t \u3000])){_SP}*[•●▪·]?{_SP}*[\[【]?{_SP}*(?P<label>{alternation(tuple(_PAGE_FIELD_OF))}){_SP}*"
    rf"(?:[:：]{_SP}*[|｜]|[:：|｜]|[\]】]){_SP}*"
    rf"(?P<value>(?:(?!(?:{alternation(tuple(_PAGE_FIELD_OF))}){_SP}*[:：])[^|｜\t\n])*?)(?={_SP}*(?:[|｜\t]|$)|{_SP}{{2,}}|{_SP}(?:{alternation(tuple(_PAGE_FIELD_OF))}|索\s*引\s*号|所属机构|文件分类|来源|浏览次数|字号|作者|点击)|{_SP}*{_FIELD_LABEL})",
    re.MULTILINE,
)
#: A field after an empty one in a flattened table starts after the space the empty one's cell took (发布机构: | 发文日期:
#: 2014-10-29 | |, tests/data/real/mixed25 hebei_sheng_shangwuting_jianyi_dafu_2014): hence the look behind.
#: Any field's label: neither pattern above or below matches where none is (most texts have none).
_PAGE_LABEL_RE = re.compile(alternation(tuple(_PAGE_FIELD_OF)))
#: A field whose label stands alone on a bulleted line and whose value is on the next one (• 文号:⏎⏎
#: 嵊政办发〔2021〕5号, tests/data/real/mixed10 zhejiang_shengsi_zerenqingdan_2021).
_PAGE_FIELD_BELOW_RE = re.compile(
    rf"^{_SP}*[•●▪·]?{_SP}*(?P<label>{alternation(tuple(_PAGE_FIELD_OF))}){_SP}*[:：]{_SP}*\n\s*"
    rf"(?P<value>[^\s•●▪·:：](?:[^\n:：]|(?<=\d)[:：](?=\d))*?){_SP}*$",  # a time may follow a date (2024年04月06日 16:40)
    re.MULTILINE,
)
#: A page's 文号 printed without a colon, its label spaced out (文    号 蔡政办〔2023〕1号, realdev2
#: wuhan_caidian_tasks_2023): a document number is self-delimiting, so no colon is needed; a
#: flattened metadata table puts it on the next line or after a | (发文字号\n郧政发〔2023〕5号,
#: 文件编号: | 盐政办发〔2022〕16号 |, tests/data/real/tasks3).
_NUMBER_FIELD_RE = re.compile(
    rf"(?:文{_SP}*号|发{_SP}*文{_SP}*字{_SP}*号|文{_SP}*件{_SP}*编?{_SP}*号)[\s:：|｜]{{0,6}}(?P<value>{DOC_NUMBER_PATTERN})"
)
#: A site's column tag before a title: 【市政府重点工作及责任分解】滁州市人民政府关于… (realdev2 chuzhou_tasks_2020),
#: with the year in brackets after it: 【地方】(2016)河北省人民政府关于… (real/mixed14 hebei_xinji_kaifaqu_pifu_2016).
#: So is a news agency's dateline: 新華社北京2月4日電 全國人民代表大會常務委員會公告 (real/mixed14 quanguo_renda_gonggao_2026).
_COLUMN_TAG_RE = re.compile(r"^(?:【[^【】]{1,30}】(?:[（(](?:19|20)\d{2}[）)])?"
                            r"|新[华華]社[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日[电電])(?=.{6})")
#: A news headline: phrases set apart by spaces, one with a news verb, and no 关于 or 《》.
_HEADLINE_PHRASE_RE = re.compile(rf"{_SP}+(?=\S)")
_HEADLINE_VERB_RE = re.compile(alternation(NEWS_HEADLINE_VERBS))
_MEETING_HELD_RE = re.compile(r"(?:召开|举行)[^，,。]{0,20}(?:会议|大会|常委会)|听取|表决通过|审议通过")
_TITLE_STOP_CHARS = "。；;：:，,！？!?"
_MAX_TITLE_LINES = 4


def number_of(match: re.Match[str]) -> tuple[str, str, int]:
    """The canonical number, its style (``year``/``order``) and its start, from a
    :data:`kg.patterns.DOC_NUMBER_RE` match.

    Lead-in words that the match swallowed are cut (根据浙政干〔2021〕60号 → 浙政干…),
    the year bracket becomes 〔〕 and whitespace goes, so that [2021] and 〔2021〕
    spellings of one number are one id.
    """
    if match["year"]:
        code, start = match["code"], match.start("code")
        cut = _LEAD_IN_RE.match(code)
        if cut and cut.end() < len(code):
            end = cut.end()
            if len(cut["word"]) == 1 and code[end] in ISSUER_CODE_BARE_STARTS:
                end -= 1  # 即政办发: the one character is the issuer's abbreviation (即墨), not 即
            code, start = code[end:], start + end
        return f"{code}〔{match['year']}〕{int(match['serial'])}号", "year", start
    order, start = match["order"], match.start("order")
    cut = _LEAD_IN_RE.match(order)
    if cut and cut.end() < len(order):
        order, start = order[cut.end():], start + cut.end()
    serial = _WS_RE.sub("", match["oserial"])
    return f"{order}令第{serial}号", "order", start


def find_numbers(text: str) -> Iterator[tuple[str, str, int, int]]:
    """Every document number in ``text``: (number, style, start, end).

    The same matches as ``DOC_NUMBER_RE.finditer(text)``, found fast: the
    number's fixed part (its year bracket or 令第…号) is scanned for first, and
    the full pattern is tried only in the few characters before it. A match
    holds its anchor and starts at most ``DOC_NUMBER_REACH`` before it; a search
    from there (not before the last match's end) finds the leftmost match, as
    finditer would.
    """
    pos = 0
    for anchor in DOC_NUMBER_ANCHOR_RE.finditer(text):
        if anchor.start() < pos:
            continue
        m = DOC_NUMBER_RE.search(text, max(pos, anchor.start() - DOC_NUMBER_REACH), anchor.end())
        if m is None:
            continue
        pos = m.end()
        number, style, start = number_of(m)
        yield number, style, start, m.end()


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @functools.cached_property
    def stripped(self) -> str:  # read many times per line while headings are sought: stripped once
        return self.text.strip()


@dataclass
class _Heading:
    start: int  # where the document starts (normative code line, else title, else number)
    head_end: int  # end of the number line (or heading line for articles)
    kind: str
    title: str | None = None
    title_start: int | None = None
    number: str | None = None
    style: str | None = None
    number_start: int | None = None
    normative_code: str | None = None
    printed_number: str | None = None  # the number as printed ([2013] where the id has 〔2013〕)
    passed_date: str | None = None  # the date of a 会议通过 line under the title
    line_date: str | None = None  # a date printed on the number's line
    title_end: int | None = None  # where the title ends when it is not at the heading's end
    partial: bool = False  # the copy starts inside the document (its title not kept)


def _lines(clean: str) -> list[_Line]:
    return [_Line(m.start(), m.end(), m.group()) for m in _LINE_RE.finditer(clean)]


def _line_index(lines: list[_Line], offset: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _title_like(s: str) -> bool:
    return (
        0 < len(s) <= 120
        and "\t" not in s
        and s[-1] not in _TITLE_STOP_CHARS
        and "：" not in s
        and ":" not in s
        and not _DATE_LINE_RE.match(s)
        and not _NUMBER_LINE_RE.match(s)
        and not DOC_NUMBER_RE.match(s)  # 鞍立政发〔2023〕2号立山区人民政府关于…: a page's run-together header
        and not _NORMATIVE_RE.search(s)
        and not _ENUM_START_RE.match(s)
        and not _META_LINE_RE.match(s)
        and not _PAGE_FIELD_RE.search(s)
    )


def _find_title(lines: list[_Line], k: int) -> tuple[list[_Line], int]:
    """Title lines above the number line ``k`` and the index of the first line
    examined above them (for the normative code)."""
    j = k - 1
    while j >= 0 and (not lines[j].stripped or _META_LINE_RE.match(lines[j].stripped)
                      or _STAMP_LINE_RE.match(lines[j].stripped) or _RULE_LINE_RE.match(lines[j].stripped)
                      or _repeats_number(lines[j].stripped, lines[k].stripped)) \
            and k - j <= 6:
        j -= 1
    picked: list[_Line] = []
    while j >= 0 and len(picked) < _MAX_TITLE_LINES:
        s = lines[j].stripped
        if not s:
            j -= 1
            continue
        if not _title_like(s):
            break
        joined = "".join(line.stripped for line in [lines[j], *picked])
        if picked:
            so_far = "".join(line.stripped for line in picked)
            needs_more = "关于" not in so_far or so_far.startswith("关于")
            # a doc-type word ends a title above, unless what we hold cannot open a
            # title: "(2022-2024年)的通知" continues a title broken by OCR or layout
            ends_other = _DOC_TYPE_END_RE.search(s) and not _TITLE_TAIL_RE.match(so_far)
            if not needs_more or ends_other or len(joined) > 150:
                break
        picked.insert(0, lines[j])
        j -= 1
    return picked, j


def _repeats_number(line: str, number_line: str) -> bool:
    """Whether ``line`` is a page's header that runs the same number on into its date and place
    (东府办函[2003]248号2003年12月16日广东省 over 东府办函[2003]248号, real/personnel3
    guangdong_dongguan_gonggongweisheng_lingdaoxiaozu_2003): no title, skipped on the way up."""
    return len(line) > len(number_line) and line.startswith(number_line)


def _title_below(lines: list[_Line], k: int) -> list[_Line]:
    """Title lines under the number line ``k`` (red-header layout: number first)."""
    picked: list[_Line] = []
    for line in lines[k + 1 : k + 8]:
        s = line.stripped
        if not s:
            continue
        if not _title_like(s) or len(picked) >= _MAX_TITLE_LINES:
            break
        picked.append(line)
        if _DOC_TYPE_END_RE.search(s) and not _OPEN_COVER_RE.search("".join(p.stripped for p in picked)):
            return picked
    return []


def _official_headings(clean: str, lines: list[_Line]) -> list[_Heading]:
    """Headings around each line that holds only a document number.

    The title is looked for above the number (gazette layout), then below it
    (red-header layout); a number line with no title, no label and no 令 is a
    stray table cell, not a heading.
    """
    heads: list[_Heading] = []
    for m in _number_lines(clean):
        if m.re is _DAMAGED_NUMBER_LINE_RE:
            number = printed_number = m["number"]
            style, number_start, line_date = "year", m.start("number"), None
        else:
            number, style, number_start = number_of(m)
            printed = DOC_NUMBER_RE.match(clean, number_start)
            printed_number = _WS_RE.sub("", printed.group()) if printed else number
            line_date = _date_of(m["line_date"]) if m["line_date"] else None
        k = _line_index(lines, m.start())
        picked, j = _find_title(lines, k)
        if picked and not _ends_like_title(_POSTED_DATE_RE.sub("", "".join(line.stripped for line in picked))):
            picked, j = [], k - 1  # not a title: a cover word or a stray line
        start = picked[0].start if picked else lines[k].start
        head_end = m.end()
        if not picked and (below := _title_below(lines, k)):
            picked, head_end = below, below[-1].end
        title = _COLUMN_TAG_RE.sub("", _WS_RE.sub("", _POSTED_DATE_RE.sub("", "".join(line.text for line in picked)))) or None
        if title and title[0] == "《" and title[-1] == "》" and "《" not in title[1:-1]:
            title = title[1:-1]  # 《…的通知》 above its number (tests/data/real/series zhejiang_huzhou_fengong_2019)
        title_start = picked[0].start if picked else None
        if title is None and style == "order":
            promulgated = _PROMULGATED_RE.search(clean, m.end(), m.end() + 300)
            title = _WS_RE.sub("", promulgated["title"]) if promulgated else None
        if title is None and not m["label"] and style != "order" and not _addressed_below(lines, k):
            continue
        if line_date is None and not picked:  # (二OO八年二月二十六日) printed right above the number
            above = next((line for line in reversed(lines[max(0, k - 2) : k]) if line.stripped), None)
            if above is not None and (dm := _DATE_LINE_RE.match(above.text)):
                line_date = _date_of(dm.group().strip().strip("()（）"))
        code = None
        while j >= 0 and not lines[j].stripped:
            j -= 1
        if j >= 0 and (nm := _NORMATIVE_RE.search(lines[j].text)):
            code, start = nm["code"], lines[j].start
        else:  # some print the code right under the number
            nxt = _line_index(lines, head_end) + 1
            after = next((line for line in lines[nxt : nxt + 4] if line.stripped), None)
            if after is not None and (nm := _NORMATIVE_RE.search(after.text)):
                code = nm["code"]
        heads.append(_Heading(min(start, lines[k].start), head_end, "official", title, title_start,
                              number, style, number_start, code, printed_number, line_date=line_date))
    return heads


#: A number line whose 〕 and 号 fell out of the copy, kept as printed: 粤经贸工业〔20051006 (real/mixed12
#: guangdong_chanyezhuanyi_yuanqu_2005), 云工信园区〔2021142 (real/mixed8 yunnan_longchuan_yuanqu_2021).
_DAMAGED_NUMBER_LINE_RE = re.compile(
    rf"^{_SP}*(?P<number>[\u4e00-\u9fff]{{2,12}}[〔［\[【](?:19|20)\d{{2}}\d{{1,4}}){_SP}*$", re.MULTILINE
)


def _number_lines(clean: str) -> list[re.Match[str]]:
    """Lines holding only a document number, printed whole or damaged, in text order."""
    found = list(_NUMBER_LINE_RE.finditer(clean))
    if "〔" in clean or "[" in clean or "［" in clean or "【" in clean:
        found += _DAMAGED_NUMBER_LINE_RE.finditer(clean)
        found.sort(key=lambda m: m.start())
    return found


def _addressed_below(lines: list[_Line], k: int) -> bool:
    """Whether the line after number line ``k`` addresses the document's readers (宝府办〔2008〕18号 /
    各镇人民政府,各街道办事处,区政府各委、办、局:, real/mixed8 baoshan_sh_tasks_2008): a document's head
    whose title was lost, not a stray table cell, when it opens the file or only a date stands above it."""
    after = next((line for line in lines[k + 1 : k + 3] if line.stripped), None)
    if after is None or _ADDRESSEE_RE.match(after.stripped) is None:
        return False
    # nothing above but a date line: a title printed above would have been read (the head is there already)
    return all(not line.stripped or _DATE_LINE_RE.match(line.text) for line in lines[:k])


def _passage_at(lines: list[_Line], k: int) -> tuple[re.Match[str], int] | None:
    """The 会议通过 line at ``k`` (or broken over it and the next non-blank line),
    and the end of its last line."""
    s = lines[k].stripped
    if not s:
        return None
    nxt = next((line for line in lines[k + 1 : k + 4] if line.stripped), None)
    # a line closed too early, its 会议通过 on the next: (2021年10月9日南通市第十五届会议)⏎全国…第四十一次会议通过)
    # (tests/data/real/mixed19 jiangsu_nantong_renda_renmian_2021)
    early = s[:-1] + nxt.stripped if nxt and s[:1] in "（(" and s[-1:] in ")）" else ""
    for text, end in ((s, lines[k].end), (s + nxt.stripped if nxt else "", nxt.end if nxt else 0),
                      (early, nxt.end if nxt else 0)):
        if "通过" in text or "批准" in text:
            m = _PASSED_RE.match(text if text[:1] in "（(" else "（" + text)
            if m:
                return m, end
    return None


def _titled_headings(clean: str, lines: list[_Line], taken: list[_Heading]) -> list[_Heading]:
    """Headings with no document number: a title above a 会议通过 line or an
    addressee line (各县、区人民政府：), or a plan's title that opens the file."""
    spans = [(h.start, h.head_end) for h in taken]
    heads: list[_Heading] = []

    def add(picked: list[_Line], head_end: int, when: str | None = None, page_title: bool = False) -> None:
        title = _BULLET_RE.sub("", _COLUMN_TAG_RE.sub("", _WS_RE.sub("", "".join(line.text for line in picked))))
        title = _without_page_suffix(title)
        if "!" in title or "！" in title:
            return  # a headline's cry: 黔东南天柱化工园区上榜!贵州正式公布化工园区名单(第二批)|环球焦点 (real/mixed3
            # guizhou_sheng_huagongyuanqu_2023)
        if not _ends_like_title(title) or _under_signature(lines, picked[0], title):
            return
        start = picked[0].start
        if any(a <= start < max(b, a + 1) for a, b in spans) or any(h.start == start for h in heads):
            return
        if any(h.title == title and not clean[h.head_end : start].strip() for h in taken):
            return  # a page title, its number, the same title again (real/mixed6 guangdong_guangzhou_zerenfengong_2021)
        if page_title and any(h.title == title for h in heads):
            return  # the page's title over its metadata, the title again over the addressee (real/mixed5 xinmi)
        heads.append(_Heading(start, head_end, "official", title, start, passed_date=when))

    for pm in _INLINE_PASSED_RE.finditer(clean):
        # a decision's title and its 会议通过 bracket run on in a paragraph: …出席会议。 樊城区人民代表大会
        # 常务委员会任命名单 (2020年7月28日…会议通过) 决定任命: … (tests/data/real/heldout
        # hubei_xiangyang_fancheng_renda_renming_2020); the title is read leftwards to a space or a stop
        end = pm.start()
        while end > 0 and clean[end - 1] in " \t\u3000":
            end -= 1
        start = end
        while start > max(0, end - 60) and clean[start - 1] not in _INLINE_TITLE_STOPS:
            start -= 1
        if end - start >= 6 and _line_index(lines, start) == _line_index(lines, pm.start()):
            add([_Line(start, end, clean[start:end])], pm.end(), pm["when"])
    # a 会议通过 or 批准 line holds 过 or 准, on it or on one of the next three lines (_passage_at joins the next
    # non-blank one): lines with none near are not asked
    marks = [("过" in line.text or "准" in line.text) for line in lines] if "过" in clean or "准" in clean else []
    for k, line in enumerate(lines):
        s = line.stripped
        if not s:
            continue
        if True in marks[k : k + 4] and (passage := _passage_at(lines, k)):
            picked, _ = _find_title(lines, k)
            if picked:
                add(picked, passage[1], passage[0]["when"])
            elif not any(line.stripped for line in lines[:k]) and not any(h.start <= line.start for h in taken):
                # an excerpt that opens with its 会议通过 line, the title above it not kept: a decision whose title
                # was lost (real/mixed11 yanbian_renda_2017)
                heads.append(_Heading(line.start, passage[1], "official", passed_date=passage[0]["when"], partial=True))
        elif _SERIAL_LINE_RE.match(s):
            # a 公告's running number under its heading, no 文号 (全国人民代表大会常务委员会公告 / 〔十一届〕第二十五号,
            # real/mixed4 quanguo_renda_gonggao_bamian_2011)
            picked, _ = _find_title(lines, k)
            if picked:
                add(picked, line.end)
        elif _ADDRESSEE_RE.match(s) and not _ENUM_START_RE.match(s):
            picked, _ = _find_title(lines, k)
            if picked and ("关于" in "".join(p.stripped for p in picked) or len(picked) == 1):
                add(picked, picked[-1].end)
    first = next((i for i, line in enumerate(lines) if line.stripped and not _META_LINE_RE.match(line.stripped)
                  and not _PAGE_FIELD_RE.search(line.stripped)), None)
    numbered = any(h.number for h in taken)  # a page title above a numbered heading is not a document
    if first is not None and lines[first].stripped[-1] in "!！":
        # a page's exclamation headline above the document's own title (内蒙古自治区人民政府发布通知! /
        # 内蒙古自治区人民政府关于 / 推动…, real/mixed11 neimenggu_hubaoewu_yitihua_2023): no title ends so
        first = next((i for i in range(first + 1, len(lines)) if lines[i].stripped), None)
    if first is not None and not numbered and not any(h.start <= lines[first].start for h in [*taken, *heads]):
        picked = []
        for line in lines[first : first + _MAX_TITLE_LINES]:
            if not line.stripped or not _title_like(line.stripped):
                break
            if picked and "".join(p.stripped for p in picked).startswith(line.stripped):
                # the page's name over the document's own title it opens with (2023年莲都区政府工作报告重点工作责任分解
                # 第一季度进展情况 / 2023年莲都区政府工作报告重点工作责任分解, real/tasks3
                # zhejiang_lishui_liandu_zerenfenjie_jinzhan_2023): the title is the line it repeats
                picked = []
            picked.append(line)
            joined = _without_page_suffix("".join(p.stripped for p in picked))
            if _ends_like_title(joined):
                after = clean[line.end : line.end + 200]
                if not _INLINE_NEWS_RE.search(after) and not _BYLINE_RE.search(after) and not _is_headline(picked) \
                        and not _REPORTED_LEAD_RE.match(after):
                    add(picked, line.end, page_title=True)
                break
    return heads


#: A page whose lines ran together: number, title and addressee in one line at the file's start
#: (龙府发〔2009〕23号成都市龙泉驿区人民政府关于…的通知各街道办事处、镇(乡)人民政府,区政府有关部门:为…,
#: tests/data/real/projects2 sichuan_chengdu_longquanyi_zhongdianxiangmu_2009).
_RUN_TOGETHER_RE = re.compile(
    rf"\s*(?P<number>{DOC_NUMBER_PATTERN})(?P<title>[^\n：:。；;，,]{{0,40}}关于[^\n：:。；;]{{2,80}}?"
    rf"(?:{alternation(DOC_TYPE_WORDS)}))(?=[^\n：:。；;]{{2,80}}[：:])"
)


_SIGNED_DATE_RE = re.compile(rf"(?:{DATE_PATTERN})(?=\s*(?:主题词|抄送|$))", re.M)


#: A number and its title on one line, either way round: 许政 [2020] 20号 许昌市人民政府关于…的通知, the
#: number glued to a 关于 title (金政发〔2021〕1号关于印发…的通知, real/mixed9 shandong_jining_jinxiang_fengong_2021);
#: the line may run on into the addressee of a page printed on one line (…的通知 晋政发〔2006〕10号 各市、县人民政府,
#: 省人民政府各委、厅,各直属机构: 《关于…, real/mixed9 shanxi_sheng_tasks_2006).
#: The number glued to its title in 《》, a mirror's caption: 瓊府辦函〔2018〕322號《海南省人民政府辦公廳關(guān)于公布…的通知》
#: (tests/data/real/mixed26 hainan_sheng_xiandainongye_chanyeyuan_2018; its 关于 read through the pinyin glosses).
_NUMBER_TITLE_LINE_RE = re.compile(
    rf"^{_SP}*(?:(?P<number>{DOC_NUMBER_PATTERN})(?:{_SP}+|(?=关于)|(?P<quoted>《))"
    rf"(?P<title>[^\s：:。；;，,][^\n：:。；;]{{4,100}}?)(?(quoted)》)"
    rf"|(?P<title2>[^\s：:。；;，,][^\n：:。；;]{{4,100}}?)(?:{_SP}+|{_SP}*(?=[（(]))[（(]?"
    rf"(?P<number2>{DOC_NUMBER_PATTERN.replace('?P<', '?P<n2')})[）)]?)"
    rf"(?:{_SP}*$|{_SP}+(?=[^\s：:。；;《][^\n：:。；;《]{{1,80}}[：:]))"
)


_GLOSS_RE = re.compile(PINYIN_GLOSS)
_NOT_OWN_TITLE_RE = re.compile(r"[，,、《》“”\"]|^.{41,}$")


def _number_title_line(clean: str, lines: list[_Line]) -> _Heading | None:
    """A heading whose number and title share one line, in the file's first lines."""
    for line in lines:
        if line.start > 1500:
            break
        m = _NUMBER_TITLE_LINE_RE.match(line.text) if DOC_NUMBER_ANCHOR_RE.search(line.text) else None
        if m is None:
            continue
        key = "title" if m["title"] else "title2"
        title = _WS_RE.sub("", m[key])
        # a heading with its own number in brackets after it: 2021年县政府重点工作任务(华政发〔2021〕2号)
        # (tests/data/real/tasks3 hunan_yueyang_huarong); a cited title would sit in 《》 or after a clause
        own = key == "title2" and line.text.rstrip().endswith((")", "）")) and not _NOT_OWN_TITLE_RE.search(title)
        if not own and ("关于" not in _GLOSS_RE.sub("", title) or not _ends_like_title(title)) \
                or _ENUM_START_RE.match(title):
            continue  # 2. 甲市人民政府关于乙的批复（甲政发〔2021〕2号）: a catalogue's entry
        number_at = line.start + (m.start("number") if m["title"] else m.start("number2"))
        found = DOC_NUMBER_RE.match(clean, number_at)
        if found is None:
            continue
        number, style, number_start = number_of(found)
        return _Heading(line.start, line.start + m.end(), "official", title, line.start + m.start(key), number, style,
                        number_start, printed_number=_WS_RE.sub("", found.group()))
    return None


def _run_together_heading(clean: str, lines: list[_Line]) -> _Heading | None:
    """The heading of a file that opens with its number, title and addressee run together,
    or whose number and title share a line."""
    m = _RUN_TOGETHER_RE.match(clean)
    if m is None:
        return _number_title_line(clean, lines)
    number, style, number_start = number_of(m)
    printed = _WS_RE.sub("", clean[number_start : m.end("number")])
    signed = _SIGNED_DATE_RE.search(clean, m.end())  # the date that closes the body: …二○○九年五月十四日主题词
    return _Heading(m.start("number"), m.end("title"), "official", m["title"], m.start("title"), number, style,
                    number_start, printed_number=printed, line_date=iso_date(signed) if signed else None)


def _is_headline(picked: list[_Line]) -> bool:
    """Whether title lines read as a news headline: phrases set apart by spaces, one of them
    with a news verb (召开, 进行, 听取 …), and no 关于 or 《 of a document's title."""
    text = "".join(line.stripped for line in picked)
    # 区人大常委会召开第三次会议听取审议…报告, 市人大常委会听取审议市政府关于…的报告: a meeting held, told
    # as news, is no document's title (关于召开…会议的通知 is: the meeting comes after its 关于)
    held, about = _MEETING_HELD_RE.search(text), text.find("关于")
    if held is not None and (about < 0 or held.start() < about):
        return True
    if "关于" in text or "《" in text:
        return False
    if _OUR_PLACE_RE.match(text) or _REPORTED_ACT_RE.search(text):
        return True
    return any(_HEADLINE_PHRASE_RE.search(line.stripped) for line in picked) and _HEADLINE_VERB_RE.search(text) is not None


#: A table's header row, not a page's fields: 序號 | 所在盟市 | 名稱 | 四至范圍 | 認定類型 | (名称 over the column of names;
#: tests/data/real/mixed17 neimenggu_zizhiqu_huagongyuanqu_undated).
_TABLE_HEAD_RE = re.compile(rf"{_SP}*[|｜]?{_SP}*序{_SP}*号(?:{_SP}*[|｜\t]|{_SP}{{2,}})")


def page_metadata(clean: str) -> dict[str, str]:
    """Fields of a web page's metadata block (名称, 发文字号, 发布机构, 成文日期, 发布日期)
    in the first lines of a file, by field name: title, number, issuer, signed, published."""
    out: dict[str, str] = {}
    head = min(len(clean), 1500)
    if _PAGE_LABEL_RE.search(clean, 0, head):  # both patterns need a label
        for m in _PAGE_FIELD_RE.finditer(clean, 0, head):
            if _TABLE_HEAD_RE.match(clean, clean.rfind("\n", 0, m.start()) + 1):
                continue
            value = m["value"].strip()
            field = _PAGE_FIELD_OF[m["label"]]
            if value and field not in out:
                out[field] = value
        for m in _PAGE_FIELD_BELOW_RE.finditer(clean, 0, head):
            out.setdefault(_PAGE_FIELD_OF[m["label"]], m["value"].strip())
    if "number" not in out and (field_m := _NUMBER_FIELD_RE.search(clean, 0, head)):
        out["number"] = field_m["value"]
    return out


def _date_of(text: str | None) -> str | None:
    """An ISO date from a metadata value or a line: 2020-06-28, 2020年6月28日, 202184日."""
    if not text:
        return None
    if m := re.search(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})", text):
        y, mo, d = map(int, m.groups())
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if m := re.search(DATE_PATTERN, text):
        return iso_date(m)
    if m := _BARE_DATE_RE.fullmatch(text.strip()) or _BARE_DATE_RE.match(text.strip()):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    return None


#: A word every match of each article heading holds: without it the pattern (tried at every line's
#: start) is not run.
_ARTICLE_HEADINGS = ((_CHRONICLE_RE, "chronicle", ("记事", "大事记")), (_CATALOGUE_RE, "catalogue", ("目录", "发文一览")))


def _article_headings(clean: str) -> list[_Heading]:
    heads = []
    for regex, kind, needed in _ARTICLE_HEADINGS:
        if not any(word in clean for word in needed):
            continue
        for m in regex.finditer(clean):
            heads.append(_Heading(m.start("title"), m.end("title"), kind, m["title"], m.start("title")))
    return heads


def _news_headings(clean: str, lines: list[_Line]) -> list[_Heading]:
    """News items end with a byline (记者 …, 来源 …); each item's headline is the
    last short unpunctuated line before its first paragraph."""
    ends = [m.end() for m in _BYLINE_RE.finditer(clean)]
    if not ends:
        return []
    starts = [0] + [e for e in ends[:-1]]
    heads = []
    for s in starts:
        title, title_start, first = None, None, None
        for line in itertools.islice(lines, _line_index(lines, s), None):
            t = line.stripped
            if not t or line.start < s:
                continue
            first = line.start if first is None else first
            if len(t) <= 100 and t[-1] not in "。；;，," and not _BYLINE_RE.match(t):
                # a long line is a headline with its subheadlines: keep the first
                title = _WS_RE.sub("", t) if len(t) <= 40 else t.split()[0]
                title_start = line.start
                continue
            break
        if first is not None:
            heads.append(_Heading(first, first, "news", title, title_start))
    return heads


def _inline_news_heading(clean: str, lines: list[_Line]) -> list[_Heading]:
    """A news item whose byline sits inside the first paragraph, 本报讯（记者 蒋雨桐）…:
    one article, its headline the first line when that line is short and unpunctuated."""
    if not _INLINE_NEWS_RE.search(clean, 0, 400):
        return []
    first = next((line for line in lines if line.stripped), None)
    if first is None:
        return []
    t = first.stripped
    is_headline = len(t) <= 60 and not _PROSE_RE.search(t) and t[-1] not in "，,；;"
    return [_Heading(first.start, first.start, "news", _WS_RE.sub("", t) if is_headline else None,
                     first.start if is_headline else None)]


def _doc_type(title: str | None, style: str | None, number: str | None) -> tuple[str, str | None]:
    """(kind, doc_type) from the number style and the title's last word."""
    if style == "order":
        return "regulation", "政府规章" if number and "政府" in number else "规章"
    if title and (_PERSONNEL_TITLE_RE.search(title) or (number and "干〔" in number)):
        return "personnel", "人事任免通知"
    m = _DOC_TYPE_END_RE.search(title or "")
    doc_type = m["type"] if m else None
    if doc_type and doc_type.endswith("意见"):
        return "opinion", doc_type
    if doc_type in ("方案", "实施方案", "行动方案", "规划", "纲要", "计划", "要点"):
        return "plan", doc_type
    return "notice", doc_type


def _sign_off(clean: str, lines: list[_Line], start: int, end: int) -> tuple[str | None, str | None, str | None]:
    """(date, issuer, signer) from the first date line of the document and the
    lines just above it (the signature block)."""
    m = _DATE_LINE_RE.search(clean, start, end) or _BARE_DATE_LINE_RE.search(clean, start, end)
    if not m:
        return None, None, None
    date = iso_date(m) if m.re is _DATE_LINE_RE else _date_of(m.group().strip())
    issuer = signer = None
    k = _line_index(lines, m.start())
    for line in reversed(lines[max(0, k - 4):k]):
        s = line.stripped
        if not s:
            continue
        if issuer is None and signer is None and _ISSUER_LINE_RE.match(s):
            issuer = s
            continue
        if signer is None and (sm := _SIGNER_LINE_RE.match(s)):
            signer = sm["name"]
            continue
        break
    return date, issuer, signer


#: The verbs a title's issuer is written before: 某市人民政府关于…, 国务院办公厅转发国家地震局关于…的通知 (the issuer is the
#: 办公厅, not the bureau it forwards; tests/data/constructions/documents.tsv), 某市人民政府印发《…》的通知.
_TITLE_VERB_RE = re.compile(r"关于|转发|批转|印发")


def _issuer_from(title: str | None, number: str | None, style: str | None) -> str | None:
    if title and (verb := _TITLE_VERB_RE.search(title)):
        head = title[: verb.start()]
        if _ISSUER_LINE_RE.match(head):
            return head
    if style == "order" and number:
        order = number.split("令第", 1)[0]
        if _ISSUER_LINE_RE.match(order) and len(order) > 4:
            return order
    return None


#: Characters a copy of a text loses (a converter without them): the 〇 of 二〇三五, the round O of 二○二一.
_COPY_LOSES = str.maketrans("", "", "〇○")


def _drop_duplicates(heads: list[_Heading], ends: list[int], clean: str) -> list[int]:
    """Indices of headings to keep: a number printed as a heading twice (a
    contents page without page numbers) keeps the occurrence with most text."""
    best: dict[str, tuple[int, int]] = {}
    for i, h in enumerate(heads):
        key = h.number or (f"title:{h.title}" if h.kind == "official" and h.title else None)
        if key is not None:
            size = len(_WS_RE.sub("", clean[h.head_end:ends[i]]))
            if key not in best or size > best[key][1]:
                best[key] = (i, size)
    keep = {i for i, _ in best.values()}
    # the same title printed again under the numbered heading, a character lost in the copy (二〇三五 as 二三五, the
    # number line damaged to 魏政字202154: tests/data/real/tasks3 hebei_handan_weixian_shisiwu_guihua_tongzhi_2021)
    numbered = {h.title.translate(_COPY_LOSES) for h in heads if h.number and h.title}
    keep -= {i for i, h in enumerate(heads) if not h.number and h.title and h.title.translate(_COPY_LOSES) in numbered}
    return [i for i, h in enumerate(heads)
            if i in keep or not (h.number or (h.kind == "official" and h.title))]


def segment(text: SourceText) -> list[Document]:
    """Split one source file into its documents, in text order; a file printed in traditional
    characters is read in simplified ones (one for one, offsets hold) and its documents' words
    written as printed (2024年政府工作報告重點工作責任分解, real/mixed6 zhejiang_sheng_zerenfenjie_2024).

    >>> from kg.read.ingest import read_text
    >>> t = read_text("前言\\n\\n杭州市人民政府关于印发某某方案的通知\\n\\n杭政发[2020]3号\\n\\n各区：正文。\\n\\n"
    ...               "杭州市人民政府\\n2020年5月6日\\n".encode(), "x.txt")
    >>> [(d.id, d.title, d.date) for d in segment(t)]
    [('杭政发〔2020〕3号', '杭州市人民政府关于印发某某方案的通知', '2020-05-06')]
    """
    if is_traditional(text.clean):
        return _in_traditional(text)
    return _segment(text, text.clean)


def _in_traditional(text: SourceText) -> list[Document]:
    """A text printed in traditional characters is segmented in simplified ones (one character for one,
    so offsets stay), and each document's words are given back as printed (株洲市人民政府關於…的實施意見)."""
    back = back_to(text.clean)
    clean = simplified(text.clean)

    def printed(value: str | None) -> str | None:
        """The words as the text prints them: its own slice where it holds them whole (若干 stays 若干
        in a text that prints 幹 elsewhere), else translated back character by character."""
        if not value:
            return value
        at = clean.find(value)
        return text.clean[at : at + len(value)] if at >= 0 else value.translate(back)

    return [replace(d, id=printed(d.id) or d.id if d.doc_number and d.id == d.doc_number else d.id,
                    title=printed(d.title), doc_number=printed(d.doc_number), issuer=printed(d.issuer),
                    attachment_title=printed(d.attachment_title), signer=printed(d.signer), publisher=printed(d.publisher))
            for d in _segment(text, clean)]


def _segment(text: SourceText, clean: str) -> list[Document]:
    """:func:`segment` over ``clean``, the text's clean form (or the same in simplified characters)."""
    lines = _lines(clean)
    heads = _official_headings(clean, lines) + _article_headings(clean)
    if not heads and (glued := _run_together_heading(clean, lines)):
        heads.append(glued)
    heads += _titled_headings(clean, lines, heads)
    meta = page_metadata(clean)
    if not any(h.kind == "official" for h in heads) and (meta.get("title") or meta.get("number")):
        heads.append(_title_under_fields(_meta_heading(meta), lines))
    elif meta.get("number") and (first := next((h for h in heads if h.kind == "official"), None)) and not first.number:
        from_meta = _meta_heading(meta)  # 发文文号 in the page's metadata, the title printed below
        first.number, first.printed_number, first.style = from_meta.number, from_meta.printed_number, from_meta.style
    elif meta.get("title") and (first := next((h for h in heads if h.kind == "official"), None)) \
            and first.title is None and first.start <= 1500 \
            and canonical_number(meta.get("number")) in (None, first.number):
        first.title = _meta_heading(meta).title  # 标题：… above 文号：…: the page's fields name the document
    heads.sort(key=lambda h: h.start)
    if heads:
        ends = [h.start for h in heads[1:]] + [len(clean)]
        keep = _drop_duplicates(heads, ends, clean)
        heads = [heads[i] for i in keep]
    if not heads and (notice := _addressed_notice(clean, lines) or _quoted_plan_heading(clean, lines)):
        heads = [notice]
    if not heads:
        heads = _news_headings(clean, lines) or _inline_news_heading(clean, lines)
        if heads:
            heads[0].start = 0
    elif _PROSE_RE.search(clean, 0, heads[0].start):
        # text before the first heading (a gazette's cover and news items) is not
        # dropped: it becomes an untitled news article, so its mentions are read
        heads.insert(0, _Heading(0, 0, "news", None, None))
    if not heads:
        # an excerpt signed like a document (issuer line, then date line) keeps that date for its facts
        signed, by, _ = _sign_off(clean, lines, 0, len(clean))
        return _identified([Document(id=f"{text.source}#1", source=text.source, seq=1, start=0, end=len(clean),
                                     text=text, kind="excerpt", doc_type=None, partial=bool(_CONTINUED_RE.match(clean)),
                                     date=signed if by else None,
                                     evidence=text.evidence(0, min(len(clean), 40)) if clean.strip() else None)])
    ends = [h.start for h in heads[1:]] + [len(clean)]
    docs: list[Document] = []
    for seq, (h, end) in enumerate(zip(heads, ends, strict=True), 1):
        ev_start = h.title_start if h.title_start is not None else h.start
        ev_end = h.title_end if h.title_end is not None else max(h.head_end, ev_start + 1)
        evidence = (text.evidence(ev_start, ev_end) if h.title or h.number
                    else text.evidence(h.start, min(end, h.start + 40)) if clean[h.start:end].strip() else None)
        if h.kind != "official":
            docs.append(Document(id=f"{text.source}#{seq}", source=text.source, seq=seq, start=h.start, end=end,
                                 text=text, title=h.title, kind=h.kind, evidence=evidence))
            continue
        kind, doc_type = _doc_type(h.title, h.style, h.number)
        date, issuer, signer = _sign_off(clean, lines, h.head_end, end)
        signed_by = issuer is not None
        issuer = issuer or _issuer_from(h.title, h.number, h.style)
        publisher = None
        if h.start <= len(clean) // 4 or len(heads) == 1:  # the page's metadata speaks of its first document
            # its 成文日期 before a date near the heading or a date line no issuer signs (the 发布日期 under the 发文字号:
            # tests/data/constructions/documents.tsv, www.gov.cn pages)
            date = (date if signed_by else None) or _date_of(meta.get("signed")) or date
            issuer = issuer or meta.get("issuer")
            publisher = meta.get("issuer")
        date = date or h.line_date or _date_of(h.passed_date)
        attachment = (m["a"] if (m := _ATTACHMENT_RE.search(h.title or "")) else None)
        docs.append(Document(
            id=h.number or f"{text.source}#{seq}", source=text.source, seq=seq, start=h.start, end=end,
            text=text, doc_number=h.printed_number or h.number, title=h.title, issuer=issuer, date=date, kind=kind,
            doc_type=doc_type, attachment_title=attachment, normative_code=h.normative_code, signer=signer,
            publisher=publisher, evidence=evidence, partial=h.partial,
        ))
    return _identified(_fill_order_issuers(docs))


def _identified(docs: list[Document]) -> list[Document]:
    """Each document with the hash of its normalised body (``content_hash``); one with no
    document number takes its id from it (kg.read.identity), so that a copy of it in another
    file is the same document."""
    out = []
    for doc in docs:
        digest = content_hash(doc.body)
        out.append(replace(doc, content_hash=digest,
                           id=ID_PREFIX + digest[:16] if doc.id == f"{doc.source}#{doc.seq}" else doc.id))
    return out


def _addressed_notice(clean: str, lines: list[_Line]) -> _Heading | None:
    """A notice whose copy lost its title: the text opens (after a page's metadata lines) with its
    addressee line (各区县人民政府，市政府直属各单位：) and closes with a signature block (issuer, date).
    A cover notice's title is then the heading of what it issues, printed under the signature
    (tests/data/real/mixed10 changzhou_zhonglou_tasks_2022, suzhou_wujiang_tasks_2024; mixed8 tongxiang)."""
    full = [line for line in lines if line.stripped and not _META_LINE_RE.match(line.stripped)]
    first = full[0] if full else None
    lead = _NEWS_LEAD_TITLE_RE.search(first.text) if first is not None and len(full) > 1 else None
    if lead is not None and _ends_like_title(lead["title"]):
        first = full[1]  # 省人民政府网站发布《…的批复》。具体内容如下:⏎宿州市人民政府:: the text under a news lead
    else:
        lead = None
    if first is not None and lead is None and (named := _PUBLISHED_RE.search(first.stripped)):
        return _published_catalogue(clean, lines, first, named["name"])
    if first is None or not _ADDRESSEE_RE.match(first.stripped) or _ENUM_START_RE.match(first.stripped):
        return None
    date, issuer, _ = _sign_off(clean, lines, first.end, len(clean))
    if not date:
        return None
    head = _Heading(first.start, first.end, "official")
    signed = _DATE_LINE_RE.search(clean, first.end) or _BARE_DATE_LINE_RE.search(clean, first.end)
    if lead is not None:
        at = full[0].start + lead.start("title")
        head.title, head.title_start, head.title_end = _WS_RE.sub("", lead["title"]), at, at + len(lead["title"])
    elif signed is not None and (issued := _issued_heading(lines, _line_index(lines, signed.start()))):
        head.title, head.title_start, head.title_end = _WS_RE.sub("", issued.text), issued.start, issued.end
    elif not issuer:
        return None  # a date alone signs a notice only with the heading of what it issues under it
    return head


#: A news lead that gives the text below it by its title: 省人民政府网站发布《安徽省人民政府关于同意…牌子的批复》。具体内容如下:
#: (tests/data/real/mixed27 anhui_suzhou_gaoxinqu_jiagua_pifu_2024); the addressee line follows.
_NEWS_LEAD_TITLE_RE = re.compile(r"《(?P<title>[^《》\n]{6,100})》[^《》\n]{0,6}?(?:具体内容|全文|原文|内容)如下[：:]$")


#: Lines between a cover notice's signature and the heading of what it issues: 附件1, (此件公开发布).
_UNDER_SIGNATURE_RE = re.compile(rf"^(?:附件{_SP}*\d*{_SP}*[:：]?|[（(]此件[^（）()\n]{{0,12}}[）)])$")


def _under_signature(lines: list[_Line], first: _Line, title: str) -> bool:
    """Whether a plan's heading stands right under a signature's date (past 附件1, (此件公开发布)): the
    attachment a notice issues, part of that notice, not a document of its own (《关于…的报告》工作目标责任分解
    under 二○○六年五月十一日, real/mixed9 shanxi_sheng_tasks_2006)."""
    if "关于" in title.replace("《关于", "") or not _PLAN_TITLE_END_RE.search(title):
        return False
    k = _line_index(lines, first.start) - 1
    while k >= 0 and (not lines[k].stripped or _UNDER_SIGNATURE_RE.match(lines[k].stripped)):
        k -= 1
    return k >= 0 and _DATE_LINE_RE.match(lines[k].text) is not None


#: A 公告 with no addressee that publishes what it names: …形成了《上海市特色产业园区公告目录(2022年版)》,现予以公告。
#: (tests/data/real/mixed27 shanghai_tesechanyeyuanqu_mulu_2022); its signature follows, then the heading of what it names.
_PUBLISHED_RE = re.compile(r"《(?P<name>[^《》\n]{4,60})》[^《》。\n]{0,10}现予(?:以)?(?:公告|公布|发布)。$")


def _published_catalogue(clean: str, lines: list[_Line], first: _Line, name: str) -> _Heading | None:
    """The 公告 ``first`` opens, titled by the heading printed under its signature when that heading is what the
    公告 names in 《》 (上海市特色产业园区公告目录(2022年版) under 上海市经济和信息化委员会⏎2022年10月24日)."""
    date, _, _ = _sign_off(clean, lines, first.end, len(clean))
    signed = _DATE_LINE_RE.search(clean, first.end) or _BARE_DATE_LINE_RE.search(clean, first.end)
    if not date or signed is None:
        return None
    k = _line_index(lines, signed.start())
    heading = next((line for line in lines[k + 1 : k + 4] if line.stripped), None)
    if heading is None or _WS_RE.sub("", heading.stripped) != _WS_RE.sub("", name):
        return None
    head = _Heading(first.start, first.end, "official")
    head.title, head.title_start, head.title_end = _WS_RE.sub("", heading.text), heading.start, heading.end
    return head


def _issued_heading(lines: list[_Line], k: int) -> _Line | None:
    """The heading printed under signature line ``k`` (…分解表, …落实方案), past 附件1 and (此件公开发布);
    blank lines not counted (a double-spaced copy: real/mixed18 zhejiang_hangzhou_shangcheng_mubiaorenwu_2019)."""
    for line in [line for line in lines[k + 1 : k + 16] if line.stripped][:5]:
        s = line.stripped
        if _UNDER_SIGNATURE_RE.match(s):
            continue
        return line if _title_like(s) and _ends_like_title(s) else None
    return None


#: Endings of a list's heading that a news report prints over the names it reports (2021年省级现代农业产业园创建名单 over
#: 1.大荔县现代农业产业园 …, after 据省农业农村厅近日发布《关于批准创建…的通知》…: tests/data/real/mixed24
#: shaanxi_sheng_xiandainongye_chanyeyuan_2022): the report's, not a plan it quotes.
_REPORTED_LIST_ENDS = ("名单", "名录")


def _quoted_plan_heading(clean: str, lines: list[_Line]) -> _Heading | None:
    """A plan quoted in a news report under its own heading: a line alone that ends like a plan
    (…重点工作责任分解) over its first numbered item (一、王浩省长牵头重点工作), after prose
    (real/mixed6 zhejiang_sheng_zerenfenjie_2024)."""
    full = [line for line in lines if line.stripped]
    for prev, line, nxt in zip(full, full[1:], full[2:], strict=False):
        s = line.stripped
        if s.endswith(_REPORTED_LIST_ENDS):
            continue  # the report's own list of what it tells of: 2021年省级现代农业产业园创建名单 / 1.大荔县现代农业产业园
        if (_PLAN_TITLE_END_RE.search(s) and _title_like(s) and "关于" not in s and _ENUM_START_RE.match(nxt.stripped)
                and prev.stripped[-1:] in "。！？" and not _ENUM_START_RE.match(s)):
            return _Heading(line.start, line.end, "official", _WS_RE.sub("", line.text), line.start)
    return None


def _meta_heading(meta: dict[str, str]) -> _Heading:
    """A document known only from its page's metadata block (名称, 发文字号)."""
    number = printed = None
    if meta.get("number") and (m := DOC_NUMBER_RE.search(meta["number"])):
        number, printed = number_of(m)[0], _WS_RE.sub("", m.group())
    title = _WS_RE.sub("", meta["title"]) if meta.get("title") else None
    return _Heading(0, 0, "official", title, None, number, "year" if number else None, None,
                    printed_number=printed)


#: A flattened metadata table's cell ends: 海盐县人民政府办公室关于印发…的通知 | (tests/data/real/tasks3
#: zhejiang_jiaxing_haiyan_zerenfenjie_2022).
_CELL_END_RE = re.compile(r"[\s|｜]+$")


def _title_under_fields(head: _Heading, lines: list[_Line]) -> _Heading:
    """``head`` (known from the page's fields, with no 标题 among them) titled by the line right under the
    fields, when that line reads as a document's title: 索引号: | … | 成文日期: | … / 文件编号: | 盐政办发〔2022〕16号 |
    / 海盐县人民政府办公室关于印发…的通知 | (tests/data/real/tasks3 zhejiang_jiaxing_haiyan_zerenfenjie_2022)."""
    if head.title:
        return head
    k = 0
    while k < len(lines) and k < 12 and (not lines[k].stripped or _PAGE_FIELD_RE.search(lines[k].stripped)
                                         or _NUMBER_FIELD_RE.search(lines[k].stripped)):
        k += 1
    if k == 0 or k >= len(lines) or k >= 12:
        return head
    line = lines[k]
    title = _CELL_END_RE.sub("", line.text)
    if not _title_like(title.strip()) or not _ends_like_title(title.strip()) or "关于" not in title:
        return head
    lead = len(title) - len(title.lstrip())
    return replace(head, title=_WS_RE.sub("", title), title_start=line.start + lead, title_end=line.start + len(title))


def canonical_number(number: str | None) -> str | None:
    """The id form of a printed document number: 临政办函[2013]89号 → 临政办函〔2013〕89号."""
    if not number:
        return None
    m = DOC_NUMBER_RE.search(number)
    return number_of(m)[0] if m else number


def _fill_order_issuers(docs: list[Document]) -> list[Document]:
    """A 政府令 that names no government is the gazette's own government: the
    人民政府 that signs most documents of this file."""
    governments = Counter(d.issuer for d in docs if d.issuer and d.issuer.endswith("人民政府"))
    if not governments:
        return docs
    own = governments.most_common(1)[0][0]
    return [replace(d, issuer=own) if d.kind == "regulation" and not d.issuer else d for d in docs]


def as_one_document(text: str, source: str = "t.txt", **fields: Any) -> Document:
    """A text snippet as one unsegmented document, to try an extractor on a sentence.

    >>> from kg.extract.tasks import extract_task_assignments
    >>> doc = as_one_document("加快建设。（牵头单位：市经信局；配合单位：市发改委）")
    >>> [(t.lead_units, t.cooperating_units) for t in extract_task_assignments(doc)]
    [(('市经信局',), ('市发改委',))]
    """
    source_text = read_text(text.encode("utf-8"), source)
    return Document(id=f"{source}#1", source=source, seq=1, start=0, end=len(source_text.clean),
                    text=source_text, **fields)
