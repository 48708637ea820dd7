"""Issue 21's constructions, one row each, read from a real file: the coverage matrix.

Each row names a construction issue 21 lists under "The misses, by construction", the
corpus file that holds a real sentence with it, two markers that slice the sentence out
of that file (the test reads the file, never a copy of the sentence), and the records the
public pipeline (kg.read.segment.segment → kg.extract.extract_document) must give for that
slice. A row the extractor fails today is ``xfail(strict=True)`` with the reason, so it
turns red the day the construction is read and the mark must come off.

Matrix: construction → rows here (status today) · other tests that cover it (with made-up or inline text).
xfail = strict xfail, the extractor misses it today (reason on the row).

Appointments
  选举A为X；B为Y / 补选A为X,B为Y   election-pairs-taizhou, -jiangxi, by-election-yangpu (pass)
                                   · test_extract_personnel::test_constructions (written 选举张三为…；李四为…)
  以N票当选                        votes-lanzhou (traditional, pinyin glosses), votes-jiahe (pass) · personnel (inline)
  补选A、B、C N名同志为…代表        by-election-suining (pass); 补选3名(A、B、C) by-election-names-in-brackets-liaoyuan (pass since 01548e5)
  任命A、B、C为…组成人员            names-before-wei-jinwan (pass) · personnel, lists::test_names_before_wei
  为A、B…N位新聘馆员颁发聘书        names-before-collective-wenshiguan (pass) · personnel (inline);
                                   A、B、C三人担任X的议案 names-count-before-post-xizang (pass)
  新聘/续聘参事为A、B               engaged-after-wei-canshi (pass) · personnel (inline)
  names after 是：                 names-after-shi-henan (pass) · lists::test_names_after_head_shi…
  names after 如下：               names-after-ruxia-quanzhou (任免名单如下:/决定接受:, pass)
  posts chained after one unit     chained-posts-songjiang, -procuratorate-hongkou, -procuratorate-guangdong (pass)
    (inner 检察委员会 no new unit)  a single post …人民检察院检察委员会委员: inner-body-single-post-tongzhou (pass)
    (a court's division …第二庭)    chained-after-court-division-putian (…刑事审判第二庭副庭长、审判员, pass)
  辞去 told as narrative           resignation-narrative-age-zhejiang (因任职年龄到限辞去, pass) · personnel (anhui);
                                   A因…、B因…请辞 resignation-reasons-each-guangxi (pass)
  接受A、B、C辞去…                   accept-resignations-yaan, -suning (pass) · personnel (changsha, ezhou)
  代表资格终止                       termination-heilongjiang (pass); 他们的代表资格终止 termination-they-liaoyuan (pass since 55a7f96)
  罢免 in a 公告                     recall-quanguo-2011 (pass), termination-heilongjiang (罢免 then 资格终止: one recall)
  space-separated roster names     roster-spaces-changsha (副组长:彭景坤 易肇沅 周杏武, pass);
                                   成 员:方国友 <post>、<post> roster-name-then-post-changzhou (pass) · personnel, rosters
  unit carried from clause before  unit-from-clause-before-zhengzhou (…辞去郑州市长职务 王文超任代理市长, pass)
  A当选X主任,B、C当选副主任,D当选秘书长 elected-body-posts-wuhan (traditional), elected-body-posts-shijingshan (pass)
  A、B等N名委员当选X常务委员         elected-count-of-members-shizhu (pass)
  …当选秘书长。A等N名同志当选常务委员 elected-count-sentence-after-hubei, elected-count-sentence-after-sichuan
                                   (traditional) (the body elected the sentence before, pass)
  A(無黨派)、B获聘X参事 / 我校A…3人获聘 engaged-huopin-guangdong (traditional, 倪梁康 beside 周興樑, pass)
  A也受聘担任X (unit from the headline) engaged-shoupin-danren-ningxia (宁夏政协聘任20位文史专员, pass)
  a 名单 titled by the post decided,  names-one-a-line-under-list-title-xianning (冯 丹(女)  <unit>, pass)
    one name a line
  a bare name run into its place   bare-name-before-place-yanshan (免去闫磊盐山县…职务 in a 盐山县 text, pass)
  代理 not read into the unit        acting-guizhou, acting-guangdong, acting-without-name-suining (决定为代理市长),
                                   acting-pronoun-hubei (决定其为代理省长) (pass);
                                   决定A为吉林省代理省長 acting-decided-wei-jilin (pass since 79ee74f)
  elected, post before the name    elected-title-before-name-shandong (…选举的山东省人民检察院检察长陈勇, pass)
  选举A当选为X                      elected-dangxuan-after-xuanju-baotou (pass)
  A(present posts)为X,B(…)为副X     names-with-posts-in-brackets-heilongjiang (the deputy's unit from the clause before, pass)
  rare surnames 雒/鄂               NO REAL SENTENCE: grep 雒, and 鄂 before 同志/为/任/辞 over tests/data/real,
                                   shared/realdev*, seeds finds none · personnel covers 糜 虢 布 昂 (real text inline)
Parks
  list after 包括/具体包括           parks-jutibaokuo-changjiang (pass); a park in a 主要包括 list of projects
                                   parks-baokuo-lasa (xfail)
  list after 包括: cut by commas    parks-commas-after-baokuo-henan (traditional; items ending 專業園區, pass since 570d7a8)
  a park name with 和 inside        parks-he-inside-guangdong (…绿色化工和氢能产业园, pass: a count that matches the items keeps 和)
  list after 分别是                 parks-fenbieshi-liaoning (pass) · lists::test_list_after_head_fenbieshi, parks
  grouped under a city             parks-city-heading-shaanxi (寶雞市A,咸陽市B、C…, host from the city, pass);
                                   its county written bare parks-city-bare-county-shaanxi (宝鸡市扶风工业园区、…, pass)
  one park a line with its 简称       parks-lines-short-name-shaanxi (分别命名为:, blank lines between, pass)
  a list after 分别为 of 现代农业园区   parks-agricultural-fenbiewei-xianyang (pass)
  带领A、B…D四个示范工业园区(no 等)  parks-count-no-deng-wuqing (pass)
  a zone that signs projects       parks-signs-projects-yuhang (其中,X共簽約項目16個, traditional, glosses, pass)
  one park per numbered line       parks-numbered-lines-anhui (pass)
  catalogue rows                   parks-catalogue-shanghai (name and 主导产业 from the row, pass) · parks, tables
  a 申报单位 column of parks        parks-applicant-column-henan (序号 | 申报单位 | 认定名称(industries), pass) · parks
  等N个化工园区                      parks-dengN-shandong (pass); right after a verb parks-dengN-after-verb-shandong (pass: 确定 a left stop)
  A等N个<kind>为 (one item)          parks-lone-item-dengN-wei-hainan (traditional, glosses; 桂林洋国家热带农业公园, pass)
  等N家<kind> sharing the noun      parks-shared-noun-heilongjiang (哈尔滨、哈尔滨利民…等8家经济技术开发区, pass);
                                   a lone 互市贸易区 after them parks-lone-item-after-lists-heilongjiang (pass: the catalogue's
                                   own name is a park with no place written)
  a phase's works in a bracket       parks-phase-bracket-nanchang (产业园(一期农产品交易市场): the bracket not the name's, pass)
  a zone bracketed after its county  parks-zone-bracket-after-county-nanchang (南昌县(小蓝经开区)举行…, pass)
  a catalogue name after its province parks-province-before-catalogue-baotou (內蒙古包頭金屬深加工園區, traditional, pass)
  一批<kind> is no name             NO ROW (the matrix checks what is read): test_extract_parks (mixed25 changchun)
  a zone the subject of 退出          parks-subject-leaves-anhui (酒泉经济技术开发区退出国家级经开区序列, pass)
  以A、B为主导产业 in a 批复          parks-industries-sichuan (pass) · parks
  更名为                            parks-renamed-jiangyin (pass) · parks
  a park before 为                  parks-before-wei-guizhou (认定A为贵州省化工园区, pass)
  a zone opening a project's name   parks-zone-opens-project-ningxia, -quanzhou (traditional) (pass); its own works
                                   (忠县工业园区二期基础设施建设项目) leave it a project's word: gold differs (mixed13 a
                                   park, realdev2 连江西北经济区基础设施配套项目 none)
Projects
  等N个…项目 (name stops at 等)      projects-dengN-hunan, -ningxia (pass); the first items of the ningxia list
                                   projects-dengN-first-items-ningxia (xfail) · projects, lists::test_list_before…
  开工 after the name               projects-kaigong-yangzhou (pass); 拉萨教育城已开工建设 projects-kaigong-lasa (xfail)
  a name with 和 inside             projects-he-inside-fuzhou, -fujian (惠安和邦…), -ningxia (pass);
                                   with 、 too (…产能置换、热轧和冷轧工程) projects-he-inside-list-fuzhou (xfail)
  a list after a heading (续建项目(6个):) projects-numbered-heading-hainan (pass); a bracket of the project's parts
                                   cut from its name projects-bracketed-parts-hainan (pass since ext-proj)
  主会场设在X项目                    projects-venue-lianyungang, -guangxi, -venue-later-guangxi (在主会场开工的X项目) (pass)
  <event>签约A等N个项目; 目前A等N个项目已开工 projects-event-signs-luzhou (pass)
  a numbered heading naming a project over its 由X负责,A牵头,B配合 item projects-heading-over-item-lanzhou (pass)
                                   · projects (units)
  A项目、B和C项目 (和 inside the last item: its words before 和 end like no project, no place after it)
                                   projects-he-inside-last-gansu (pass)
  实施N个…项目,A、B、C等引领性重大项目… (examples after a clause that counts) projects-after-count-clause-changchun (pass)
  项目涉及A,以及B、C…等六县区 (places open the items) projects-placed-list-haidong (pass)
  X建设工程项目概算投资… (the name before its cost estimate) projects-cost-estimate-jizhou (traditional, glosses, pass)
  扎实推进A、B…等N个项目 (a verb of pushing work glued to the first item) projects-push-verb-fuzhou (pass)
  A、B等项目提速 (how the projects stand, after the list) projects-state-after-fuzhou (pass)
Tasks
  牵头负责领导/牵头责任单位/协同责任单位 tasks-blocks-luan (pass) · tasks
  …under ﹒ numbering              tasks-blocks-fullwidth-dot-anhui (pass) · tasks
  cells ending ` |`                tasks-cells-jishui (pass) · tasks, tables
  first-listed-leads remark        tasks-first-leads-tongxiang, tasks-first-leads-except-marked-zhejiang (pass) · tasks
  按职责分工负责 left on a unit       tasks-by-duty-henan (pass) · tasks
  a table of words between spaces  tasks-space-table-qiaocheng (a group row over row 1, a unit cell over two lines,
                                   pass) · tables
  X牵头,Y,Z、W…等配合 (commas)      tasks-cooperating-over-commas-guangdong (items run together on one line, the task
                                   before 工作措施:, pass) · tasks
  …cells broken by spaces          tasks-space-table-broken-cells-pingdingshan (参与单位 and 责任单位 both cooperate;
                                   党委和人民政府 one item, pass) · tasks, roles
  由X副市长负责,A牵头,B配合          tasks-official-before-clause-lanzhou (pass) · tasks
  a role list cut by the text's end tasks-bracket-cut-hubei (…責任單位:省編辦、…省住建廳、 and no bracket closes, pass) · tasks
Documents
  文号 in square brackets            doc-square-brackets-dongguan, -henan (pass) · test_segment (某府办函 [2003] 248号:
                                   the spaced form is written there; no corpus file prints spaces inside)
  Latin O in a Chinese date         doc-latin-o-date-baoshan (二OO八, pass); doc-latin-o-date-damaged-guangdong
                                   (OO五年…, the 二 lost, xfail) · test_segment
  第 before the serial ([2014]第12号) doc-serial-after-di-hebei (the number line over a two-line title, pass)
  the number glued to its 《title》  doc-number-quoted-title-hainan (traditional, glosses, pass)
  发布机构: | 发文日期: … (a field after an empty cell) doc-date-after-empty-field-hebei (pass)
  a 【…】 prefix before a title       doc-bracket-prefix-xinji (【地方】(2016)…批复, pass) · test_segment
  a news headline not a title      doc-news-headline-gansu (【短视频】…, pass) · test_segment
  a report's own 名单 over its items doc-reported-list-hebei (traditional, glosses), doc-reported-list-shaanxi (pass)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from kg.extract import extract_document
from kg.pipeline import located_documents
from kg.read.ingest import read_text
from kg.read.segment import segment
from kg.records import Appointment, Document, Park, Project, TaskAssignment

DATA = Path(__file__).parent / "data"


class Row(NamedTuple):
    """One construction: where its real sentence is, and what must be read from it."""

    name: str
    kind: str  # a key of PROJECT
    path: str  # under tests/data
    start: str  # the slice opens where this marker does …
    end: str  # … and closes after the first one of these after it ("" = the file's end)
    expected: tuple[tuple[Any, ...], ...]


def _appointment(r: Any) -> tuple[Any, ...] | None:
    return (r.person, r.action, r.organization, r.position, r.kind) if isinstance(r, Appointment) else None


def _appointment_post(r: Any) -> tuple[Any, ...] | None:
    return (r.person, r.action, r.position, r.kind) if isinstance(r, Appointment) else None


def _park(r: Any) -> tuple[Any, ...] | None:
    return (r.name, r.host) if isinstance(r, Park) else None


def _park_name(r: Any) -> tuple[Any, ...] | None:
    return (r.name,) if isinstance(r, Park) else None


def _park_industries(r: Any) -> tuple[Any, ...] | None:
    return (r.name, r.industries) if isinstance(r, Park) else None


def _project(r: Any) -> tuple[Any, ...] | None:
    return (r.name,) if isinstance(r, Project) else None


def _task(r: Any) -> tuple[Any, ...] | None:
    if not isinstance(r, TaskAssignment):
        return None
    return (r.lead_units, r.cooperating_units, r.lead_officials)


#: What of a record a row states, by the row's kind.
PROJECT: dict[str, Callable[[Any], tuple[Any, ...] | None]] = {
    "appointment": _appointment, "appointment_post": _appointment_post,
    "park": _park, "park_name": _park_name, "park_industries": _park_industries,
    "project": _project, "task": _task,
}


@cache
def _file(path: str) -> str:
    return (DATA / path).read_text(encoding="utf-8")


def _slice(row: Row) -> str:
    text = _file(row.path)
    a = text.index(row.start)
    b = text.index(row.end, a + len(row.start)) + len(row.end) if row.end else len(text)
    return text[a:b]


def _docs(row: Row) -> list[Document]:
    """The slice's documents as kg.pipeline gives them to the extractors: with the places their text names."""
    return located_documents(read_text(_slice(row).encode("utf-8"), Path(row.path).name))


def _records(row: Row) -> set[tuple[Any, ...]]:
    """The row's kind of records read from its slice; each one's evidence is checked to be the
    slice's own text at its offsets on the way (the charter's evidence rule)."""
    project = PROJECT[row.kind]
    out = set()
    for doc in _docs(row):
        for r in extract_document(doc):
            if (p := project(r)) is not None:
                ev = r.evidence
                assert doc.text.original[ev.start:ev.end] == ev.quote, (row.name, ev)
                out.add(p)
    return out


def _xfail(row: Row, reason: str) -> Any:
    return pytest.param(row, id=row.name, marks=pytest.mark.xfail(strict=True, reason=reason))


def _row(row: Row) -> Any:
    return pytest.param(row, id=row.name)


R = "real/"
ROWS = [
    # --- Appointments -------------------------------------------------------------------
    _row(Row("election-pairs-taizhou", "appointment", R + "personnel3/zhejiang_taizhou_renda_xuanju_2025.txt",
             "选举翟寅生为", "检察长", (
                 ("翟寅生", "appoint", "市中级人民法院", "院长", "election"),
                 ("周晓杨", "appoint", "市人民检察院", "检察长", "election")))),
    _row(Row("election-pairs-jiangxi", "appointment", R + "mixed4/jiangxi_sheng_renda_xuanju_2018.txt",
             "选举葛晓燕为", "检察长", (
                 ("葛晓燕", "appoint", "省高级人民法院", "院长", "election"),
                 ("田云鹏", "appoint", "省人民检察院", "检察长", "election")))),
    _row(Row("votes-lanzhou", "appointment", R + "mixed20/gansu_lanzhou_zhengxie_xuanju_2018.txt",
             "經現", "常務委員。", (("李宏亞", "appoint", "蘭州市政協(xié)", "主席", "election"),))),
    _row(Row("votes-jiahe", "appointment", R + "personnel3/hunan_chenzhou_jiahe_renda_xuanju_2012.txt",
             "邓泽佳以190票", "主任", (("邓泽佳", "appoint", "县十六届人大常委会", "主任", "election"),))),
    _row(Row("by-election-yangpu", "appointment", R + "mixed12/shanghai_quzhang_xuanju_2020.txt",
             "大会补选薛侃", "。", (
                 ("薛侃", "appoint", "杨浦区", "区长", "election"),
                 ("王朝晖", "appoint", "杨浦区法院", "院长", "election")))),
    _row(Row("by-election-suining", "appointment", R + "docs/sichuan_suining_renda_2018.txt",
             "会议补选邵革军", "报告。", (
                 ("邵革军", "appoint", "省十三届人民代表大会", "代表", "election"),
                 ("邓正权", "appoint", "省十三届人民代表大会", "代表", "election"),
                 ("徐洪", "appoint", "省十三届人民代表大会", "代表", "election")))),
    _row(Row("names-before-wei-jinwan", "appointment", "shared/realdev2/docs/jinwan_zh_renda_2020.txt",
             "任命方卫春", "组成人员", tuple(
                 (n, "appoint", "区人大常委会代表资格审查委员会", "组成人员", "appointment")
                 for n in ("方卫春", "曹环球", "蓝永兴", "杨振华", "罗华平")))),
    _row(Row("names-before-collective-wenshiguan", "appointment",
             R + "personnel3/shanghai_shi_wenshiguan_pinren_undated.txt", "上海市文史研究馆馆员聘任仪式", "颁发聘书。",
             tuple((n, "appoint", "上海市文史研究馆", "馆员", "engagement") for n in ("杨志刚", "茅善玉", "辛丽丽")))),
    _row(Row("engaged-after-wei-canshi", "appointment", R + "personnel3/shanghai_shi_canshi_pinren_2021.txt",
             "2021年市政府参事聘任仪式", "李安", tuple(
                 (n, "appoint", "市政府", "参事", "engagement") for n in ("黄融", "吴志强", "李安")))),
    _row(Row("names-after-shi-henan", "appointment", "shared/realdev2/docs/henan_wenshiguan_2013.txt",
             "当天新聘的15位", "。", tuple(
                 (n, "appoint", "省文史研究馆", "馆员", "engagement") for n in ("王立群", "齐飞", "刘宏", "李抱一")))),
    _row(Row("names-after-ruxia-quanzhou", "appointment", R + "docs/fujian_quanzhou_renda_2018.txt",
             "任免名单如下", "职务;", (
                 ("王永礼", "appoint", "泉州市人民政府", "副市长", "appointment"),
                 ("王永礼", "appoint", "泉州市人民政府", "代理市长", "acting"),
                 ("康涛", "remove", "泉州市人民政府", "市长", "resignation")))),
    _row(Row("chained-posts-songjiang", "appointment", "shared/realdev2/docs/songjiang_sh_renda_2015.txt",
             "任命糜世峰", "审判员", (
                 ("糜世峰", "appoint", "上海市松江区人民法院", "副院长", "appointment"),
                 ("糜世峰", "appoint", "上海市松江区人民法院", "审判委员会委员", "appointment"),
                 ("糜世峰", "appoint", "上海市松江区人民法院", "审判员", "appointment")))),
    _row(Row("chained-posts-procuratorate-hongkou", "appointment", "shared/realdev2/docs/hongkou_sh_renda_2015.txt",
             "免去邹震宇同志", "职务。", tuple(
                 ("邹震宇", "remove", "虹口区人民检察院", p, "removal") for p in ("副检察长", "检察委员会委员", "检察员")))),
    _row(Row("chained-posts-procuratorate-guangdong", "appointment", R + "mixed10/guangdong_renda_2024.txt",
             "任命杨宇为", "检察员。", tuple(
                 ("杨宇", "appoint", "广东省人民检察院广州铁路运输分院", p, "appointment")
                 for p in ("检察长", "检察委员会委员", "检察员")))),
    # an inner 检察委员会 written after its 检察院 in a post of its own is the 检察院's post (lists.INNER_BODY_POSTS)
    _row(Row("inner-body-single-post-tongzhou", "appointment", "shared/realdev2/docs/tongzhou_bj_renda_2022.txt",
             "经无记名投票表决", "检察委员会委员。", (
                 ("刘军伟", "appoint", "北京市通州区人民检察院", "检察委员会委员", "appointment"),))),
    _row(Row("chained-after-court-division-putian", "appointment", R + "mixed26/fujian_putian_renda_renmian_2025.txt",
             "任命:", "审判员。", (
                 ("余铮清", "appoint", "莆田市中级人民法院刑事审判第二庭", "副庭长", "appointment"),
                 ("余铮清", "appoint", "莆田市中级人民法院", "审判员", "appointment")))),
    _row(Row("resignation-narrative-age-zhejiang", "appointment", "shared/realdev2/docs/zhejiang_renda_2016.txt",
             "会议决定:接受宋光宝", "主任委员职务,俞仲达", (
                 ("宋光宝", "remove", "省人大内务司法委员会", "主任委员", "resignation"),
                 ("楼小东", "remove", "省人大财政经济委员会", "主任委员", "resignation")))),
    _row(Row("unit-from-clause-before-zhengzhou", "appointment",
             R + "personnel2/henan_zhengzhou_renda_daishizhang_2003.txt", "陈义初辞去郑州市长职务", "(图)", (
                 ("陈义初", "remove", "郑州", "市长", "resignation"),  # 郑州市长: the unit as written
                 ("王文超", "appoint", "郑州", "代理市长", "acting")))),
    _row(Row("elected-body-posts-wuhan", "appointment", R + "mixed24/hubei_wuhan_renda_xuanju_2017.txt",
             "陳一新當選", "當選秘書長", (
                 ("陳一新", "appoint", "市十四屆人大常委會", "主任", "election"),
                 ("劉立勇", "appoint", "市十四屆人大常委會", "副主任", "election"),
                 ("丁雨", "appoint", "市十四屆人大常委會", "副主任", "election"),
                 ("袁堃", "appoint", "市十四屆人大常委會", "秘書長", "election")))),
    _row(Row("elected-body-posts-shijingshan", "appointment", R + "mixed13/beijing_shijingshan_xuanju_2011.txt",
             "其中,赵玉民当选", "当选为副主任", (
                 ("付生柱", "appoint", "石景山区第十五届人民代表大会常务委员会", "副主任", "election"),
                 ("马丽萍", "appoint", "石景山区第十五届人民代表大会常务委员会", "副主任", "election")))),
    _row(Row("elected-count-of-members-shizhu", "appointment", R + "mixed23/chongqing_shizhu_zhengxie_xuanju_2022.txt",
             "马世琼、马燕华", "常务委员", (
                 ("马世琼", "appoint", "中国人民政治协商会议石柱土家族自治县第十一届委员会", "常务委员", "election"),
                 ("王丹枫", "appoint", "中国人民政治协商会议石柱土家族自治县第十一届委员会", "常务委员", "election")))),
    _row(Row("elected-count-sentence-after-hubei", "appointment", R + "mixed26/hubei_sheng_zhengxie_xuanju_2018.txt",
             "徐立全当选", "当选常务委员。", (
                 ("丁广鑫", "appoint", "省政协十二届委员会", "常务委员", "election"),))),
    _row(Row("elected-count-sentence-after-sichuan", "appointment", R + "mixed26/sichuan_sheng_zhengxie_xuanju_2013.txt",
             "李崇禧當選為", "當選為常務委員。", (
                 ("于桂", "appoint", "政協四川省第十一屆委員會", "常務委員", "election"),))),
    _row(Row("engaged-shoupin-danren-ningxia", "appointment", R + "mixed25/ningxia_zhengxie_wenshi_pinren_2016.txt",
             "中国作家网", "受聘担任文史专员。", (
                 ("庄电一", "appoint", "宁夏政协", "文史专员", "engagement"),))),
    _row(Row("names-one-a-line-under-list-title-xianning", "appointment",
             R + "mixed26/hubei_xianning_zixunweiyuan_pinren_2022.txt", "为充分发挥", "易 明", (
                 ("冯丹", "appoint", "咸宁市人民政府第四届咨询委员会", "委员", "engagement"),
                 ("向明", "appoint", "咸宁市人民政府第四届咨询委员会", "委员", "engagement"),
                 ("张静", "appoint", "咸宁市人民政府第四届咨询委员会", "委员", "engagement")))),
    _row(Row("engaged-huopin-guangdong", "appointment", R + "mixed24/guangdong_sheng_canshi_pinren_undated.txt",
             "其中,劉昕", "特聘館員。", (
                 ("劉昕", "appoint", "省政府", "參事", "engagement"),
                 ("倪梁康", "appoint", "省政府", "參事", "engagement"),
                 ("區鉷", "appoint", "省文史研究館", "館員", "engagement"),
                 ("司徒尚紀", "appoint", "省政府", "特聘參事", "engagement"),
                 ("詹小美", "appoint", "省文史研究館", "特聘館員", "engagement")))),
    _row(Row("elected-dangxuan-after-xuanju-baotou", "appointment",
             R + "mixed25/neimenggu_baotou_jiuyuan_renda_jiancha_2026.txt", "以无记名投票方式", "监察委员会主任", (
                 ("李凯", "appoint", "包头市九原区监察委员会", "主任", "election"),))),
    _row(Row("names-with-posts-in-brackets-heilongjiang", "appointment",
             R + "mixed25/heilongjiang_sheng_hulinfanghuo_zhanzhang_1960.txt", "现任命刘秀峰", "为副站长;", (
                 ("刘秀峰", "appoint", "绥芬河站", "站长", "appointment"),
                 ("张志", "appoint", "绥芬河站", "副站长", "appointment"),
                 ("邢业全", "appoint", "绥芬河站", "副站长", "appointment")))),
    _row(Row("bare-name-before-place-yanshan", "appointment",
             R + "mixed23/hebei_cangzhou_yanshan_renda_renming_2025.txt", "沧州市盐山县人大常委会发布公告", "职务。", (
                 ("闫磊", "remove", "盐山县人民政府", "副县长", "removal"),))),
    _row(Row("acting-without-name-suining", "appointment", R + "docs/sichuan_suining_renda_2018.txt",
             "会议接受杨自力", "代理市长。", (
                 ("杨自力", "remove", "市人民政府", "市长", "resignation"),
                 ("邓正权", "appoint", "市人民政府", "副市长", "appointment"),
                 ("邓正权", "appoint", "市人民政府", "代理市长", "acting")))),
    _row(Row("accept-resignations-yaan", "appointment", R + "mixed15/sichuan_yaan_renda_renmian_2016.txt",
             "关于接受黄剑东", "的决定", tuple(
                 (n, "remove", "雅安市人民政府", "副市长", "resignation") for n in ("黄剑东", "徐旭", "赵京东")))),
    _row(Row("accept-resignations-suning", "appointment", R + "mixed14/hebei_suning_cizhi_2024.txt",
             "决定接受张丽娟", "职务。", tuple(
                 (n, "remove", "肃宁县第十八届人大", "代表", "resignation") for n in ("张丽娟", "王奇超", "刘江涛")))),
    # two resignations in one accept clause, the request closing both (no 职务 after the first)
    _row(Row("accept-two-resignations-zhengzhou", "appointment", R + "mixed32/henan_zhengzhou_renda_daishizhang_2006.txt",
             "表决接受了王文超", "的请求", (
                 ("王文超", "remove", "郑州市", "市长", "resignation"),
                 ("孙新雷", "remove", "郑州市", "副市长", "resignation")))),
    # a comma printed before 、 (a converted page's doubled separator) does not end the chain of posts
    _row(Row("chained-post-after-comma-guizhou", "appointment", R + "mixed31/guizhou_sheng_renda_daishengzhang_2010.txt",
             "任命趙克志", "。", (
                 ("趙克志", "appoint", "貴州省人民政府", "副省長", "appointment"),
                 ("趙克志", "appoint", "貴州省人民政府", "代理省長", "acting")))),
    _row(Row("termination-heilongjiang", "appointment",
             R + "mixed3/heilongjiang_quanguorenda_gonggao_bamian_2021.txt", "黑龙江省人大常委会决定罢免", "资格终止。", (
                 ("甘荣坤", "remove", "第十三届全国人民代表大会", "代表", "recall"),
                 ("翟友财", "remove", "第十三届全国人民代表大会", "代表", "recall")))),
    _row(Row("recall-quanguo-2011", "appointment", R + "mixed4/quanguo_renda_gonggao_bamian_2011.txt",
             "北京市人大常委会罢免了", "资格终止。", (
                 ("罗金保", "remove", "第十一届全国人民代表大会", "代表", "recall"),
                 ("张克强", "remove", "第十一届全国人民代表大会", "代表", "recall"),
                 ("沈长富", "remove", "第十一届全国人民代表大会", "代表", "recall")))),
    _row(Row("roster-spaces-changsha", "appointment", R + "personnel3/hunan_changsha_wenhuaxinxi_lingdaoxiaozu_2007.txt",
             "决定成立长沙市文化信息资源共享工程领导小组", "周杏武", tuple(
                 (n, "appoint", "长沙市文化信息资源共享工程领导小组", "副组长", "appointment")
                 for n in ("彭景坤", "易肇沅", "周杏武")))),
    _row(Row("acting-guizhou", "appointment", R + "docs/guizhou_sheng_renda_2020.txt",
             "会议经表决通过,决定任命李炳军", "备案。", (
                 ("李炳军", "appoint", "贵州省人民政府", "副省长", "appointment"),
                 ("李炳军", "appoint", "贵州省人民政府", "代理省长", "acting")))),
    _row(Row("acting-guangdong", "appointment", R + "mixed12/guangdong_renda_daishengzhang_2021.txt",
             "会议决定接受马兴瑞", "职务。", (
                 ("马兴瑞", "remove", "广东省人民政府", "省长", "resignation"),
                 ("王伟中", "appoint", "广东省人民政府", "代理省长", "acting")))),
    _row(Row("by-election-names-in-brackets-liaoyuan", "appointment_post", R + "mixed19/jilin_liaoyuan_renda_gonggao_2018.txt",
             "因代表名额空缺和工作需要", "董福财)", tuple(
                 (n, "appoint", "代表", "election") for n in ("孙弘", "韩阳", "王树仁", "江建平", "董福财")))),
    _row(Row("termination-they-liaoyuan", "appointment_post", R + "mixed19/jilin_liaoyuan_renda_gonggao_2018.txt",
             "东丰县的李春刚和西安区的白三迎", "资格终止。", tuple(
                 (n, "remove", "代表", "termination") for n in ("李春刚", "白三迎")))),
    _row(Row("acting-pronoun-hubei", "appointment_post", R + "mixed15/hubei_sheng_renda_daishengzhang_2025.txt",
             "1月2日下午,湖北省第十四届人大常委会", "决定其为代理省长。", (
                 ("李殿勋", "appoint", "副省长", "appointment"), ("李殿勋", "appoint", "代理省长", "acting")))),
    _row(Row("acting-decided-wei-jilin", "appointment", R + "mixed19/jilin_sheng_renda_daishengzhang_2012.txt",
             "12月19日下午", "代理省長。", (
                 ("巴音朝魯", "appoint", "吉林省", "代理省長", "acting"),))),
    # a post before the elected person's name, in the formula of a procurator's approval (the ``titled`` row)
    _row(Row("elected-title-before-name-shandong", "appointment", R + "mixed20/shandong_sheng_renda_renmian_2018.txt",
             "山东省第十三届人民代表大会第一次会议选举的", "批准任命。", (
                 ("陈勇", "appoint", "山东省人民检察院", "检察长", "election"),))),
    # a roster line whose home posts after the name hold a 、 is one member (rosters._member_with_posts)
    _row(Row("roster-name-then-post-changzhou", "appointment",
             R + "personnel5/jiangsu_changzhou_zhonglou_lingdaoxiaozu_2022.txt", "开发区、高新园", "中心主任", (
                 ("孙益锋", "appoint", "钟楼区党政机关办公用房管理工作领导小组", "组长", "appointment"),
                 ("施宏伟", "appoint", "钟楼区党政机关办公用房管理工作领导小组", "副组长", "appointment"),
                 ("方国友", "appoint", "钟楼区党政机关办公用房管理工作领导小组", "成员", "appointment")))),
    # a reason for each name (the 请辞 row's ``name_note``)
    _row(Row("resignation-reasons-each-guangxi", "appointment", R + "personnel4/guangxi_zizhiqu_zhengxie_renshi_2016.txt",
             "通过卞文甫因工作变动", "的决定。", tuple(
                 (n, "remove", "政协第十一届广西壮族自治区委员会", "委员", "resignation") for n in ("卞文甫", "侯家祥")))),
    # an adopted 议案 (通过了…提请的) naming people before a count and 担任
    _row(Row("names-count-before-post-xizang", "appointment", R + "personnel4/xizang_zizhiqu_renda_fuzhuxi_2015.txt",
             "西藏自治区人大常委会今天上午表决通过了", "的议案。", tuple(
                 (n, "appoint", "自治区政府", "副主席", "appointment") for n in ("其美仁增", "房灵敏", "王双全")))),
    # --- Parks --------------------------------------------------------------------------
    _row(Row("parks-jutibaokuo-changjiang", "park_name", R + "mixed13/quanguo_changjiang_shifan_kaifaqu_2016.txt",
             "具体包括", "。", tuple((n,) for n in (
                 "漕河泾新兴技术开发区", "上海市北工业园区", "上海紫竹高新技术产业开发区", "张家港保税区",
                 "南通经济技术开发区", "杭州经济技术开发区", "浙江海宁经济开发区")))),
    _xfail(Row("parks-baokuo-lasa", "park_name", R + "mixed10/xizang_lasa_projects_2013.txt",
               "确定的文化、旅游产业重点项目共有2个", "。", (("中国西藏文化旅游创意园区",),)),
           "a park named in a 主要包括 list of projects (主要包括中国西藏文化旅游创意园区、当雄纳木措国家公园旅游基础设施项目) "
           "is read as a project only, never as a park"),
    _row(Row("parks-fenbieshi-liaoning", "park_name", "shared/realdev2/docs/liaoning_chemical_parks_2022.txt",
             "第二批共认定9家化工园区", "。", tuple((n,) for n in (
                 "沈阳化学工业园", "大连大孤山化工园区", "鞍山精细有机新材料化工产业园")))),
    _row(Row("parks-city-heading-shaanxi", "park", R + "mixed7/shaanxi_sheng_jingkaiqu_rending_2025.txt",
             "省政府日前批復認定", "經濟技術開發區。", (
                 ("鳳縣工業園區", "寶雞市"), ("長武縣工業集中區", "咸陽市"), ("淳化縣工業園區", "咸陽市"),
                 ("西鄉縣循環經濟產業園區", "漢中市")))),
    _row(Row("parks-city-bare-county-shaanxi", "park", R + "mixed25/shaanxi_sheng_jingkaiqu_pifu_2024.txt",
             "6月28日", "相关政策。", (
                 ("扶风工业园区", "宝鸡市"), ("陈仓科技工业园区", "宝鸡市"), ("千阳工业园区", "宝鸡市"),
                 ("陇县工业园区", "宝鸡市"), ("永寿县工业园区", "咸阳市"), ("彬州市工业园区", "咸阳市"),
                 ("勉县循环经济产业园区", "汉中市")))),
    _row(Row("parks-lines-short-name-shaanxi", "park_name", R + "mixed25/shaanxi_sheng_jingkaiqu_pifu_2024.txt",
             "7个新增省级工业园区分别命名为", "(简称勉县经开区)", (
                 ("陕西扶风经济技术开发区",), ("陕西陈仓经济技术开发区",), ("陕西千阳经济技术开发区",),
                 ("陕西陇县经济技术开发区",), ("陕西永寿经济技术开发区",), ("陕西彬州经济技术开发区",),
                 ("陕西勉县经济技术开发区",)))),
    _row(Row("parks-lone-item-dengN-wei-hainan", "park_name", R + "mixed26/hainan_sheng_xiandainongye_chanyeyuan_2018.txt",
             "根據(jù)《海南省", "現(xiàn)代農(nóng)業(yè)產(chǎn)業(yè)園。", (("桂林洋國家熱帶農(nóng)業(yè)公園",),))),
    _row(Row("parks-subject-leaves-anhui", "park", R + "mixed26/anhui_sheng_guojiajingkaiqu_mingdan_2021.txt",
             "近日,据公开报道", "退出。", (("酒泉经济技术开发区", "酒泉市"), ("石嘴山经济技术开发区", "石嘴山市")))),
    _row(Row("parks-phase-bracket-nanchang", "park_name", R + "mixed26/jiangxi_nanchang_nanchangxian_kaigong_2023.txt",
             "4月27日上午", "研发生产项目", (("昌南农产品冷链智慧物流产业园",),))),
    _row(Row("parks-zone-bracket-after-county-nanchang", "park_name", R + "mixed26/jiangxi_nanchang_nanchangxian_kaigong_2023.txt",
             "时间:2023", "开工仪式。", (("小蓝经开区",),))),
    _row(Row("parks-province-before-catalogue-baotou", "park_name", R + "mixed25/neimenggu_baotou_yuanqu_guihua_pifu_2014.txt",
             "發布時間", "", (("內蒙古包頭金屬深加工園區",),))),
    _row(Row("parks-agricultural-fenbiewei-xianyang", "park_name", R + "mixed24/shaanxi_xianyang_nongyeyuanqu_2012.txt",
             "11个省级现代农业园区分别为", "永寿县黄土地现代农业园区。", (
                 ("三原县正大现代农业园区",), ("咸阳市渭城区正阳现代农业园区",), ("永寿县黄土地现代农业园区",)))),
    _row(Row("parks-count-no-deng-wuqing", "park", R + "mixed23/tianjin_wuqing_shifangongyeyuanqu_2025.txt",
             "为进一步提升示范工业园区", "负责同志,", (
                 ("中华自行车王国产业园", "武清区"), ("天津京滨工业园", "武清区")))),
    _row(Row("parks-signs-projects-yuhang", "park_name", R + "mixed24/zhejiang_hangzhou_yuhang_qianjiangkaifaqu_2023.txt",
             "3月28日", "等4個項目。", (("錢江經(jīng)濟開發(fā)區(qū)",),))),
    _row(Row("parks-numbered-lines-anhui", "park_name", R + "parks3/anhui_sheng_gaoxinqu_mingdan_2019.txt",
             "安徽省省级以上高新技术开发区具体名单如下", "8.安徽阜阳界首高新技术产业开发区\n", tuple((n,) for n in (
                 "合肥高新技术产业开发区", "芜湖高新技术产业开发区", "马鞍山慈湖高新技术产业开发区",
                 "安徽安庆高新技术产业开发区")))),
    _row(Row("parks-applicant-column-henan", "park_industries",
             R + "mixed24/henan_sheng_tesechanyejiqun_gongshi_2014.txt", "序号 | 申报单位", "(建筑机械) |", (
                 ("新野县产业集聚区", ("纺织服装",)), ("驻马店装备产业集聚区", ("汽车及零部件(含电动汽车)",)),
                 ("巩义市民营科技创业园", ("钢绞线制品",))))),
    _row(Row("parks-catalogue-shanghai", "park_industries", R + "parks3/shanghai_shi_kaifaqu_mulu_2018.txt",
             "国家级开发区 | 开发区名称", "国际仲裁 |", (
                 ("漕河泾新兴技术开发区", ("电子信息", "新材料", "生物医药")),
                 ("虹桥经济技术开发区", ("贸易", "展览展示", "国际仲裁"))))),
    _row(Row("parks-dengN-shandong", "park_name", R + "parks3/shandong_sheng_huagongyuanqu_disipi_2019.txt",
             "出,省政府确定,", "。", tuple((n,) for n in (
                 "枣庄市峄城化工产业园", "东营市东营区化工产业园", "莱州银海化工产业园", "枣庄市市中区水处理剂产业园",
                 "费县粘合剂化工产业园")))),
    # the same list with no comma after its verb (省政府确定枣庄市峄城化工产业园、…等10个化工园区): the verb is no part
    # of the first park
    _row(Row("parks-dengN-after-verb-shandong", "park_name", R + "parks3/shandong_sheng_huagongyuanqu_disipi_2019.txt",
             "审核,省政府确定", "。", (("枣庄市峄城化工产业园",),))),
    _row(Row("parks-shared-noun-heilongjiang", "park_name", R + "parks4/heilongjiang_sheng_kaifaqu_mulu_2018.txt",
             "其中国家级开发区16家", "。", tuple((n,) for n in (
                 "哈尔滨经济技术开发区", "哈尔滨利民经济技术开发区", "宾西经济技术开发区", "绥化经济技术开发区",
                 "哈尔滨高新技术产业开发区", "绥芬河边境经济合作区", "黑河边境经济合作区")))),
    # a zone named alone after lists closed by 等N家… (…,绥芬河、黑河等2家边境经济合作区,中俄东宁—波尔塔夫卡互市贸易区;),
    # no place of its own: the catalogue writes it so
    _row(Row("parks-lone-item-after-lists-heilongjiang", "park_name", R + "parks4/heilongjiang_sheng_kaifaqu_mulu_2018.txt",
             "其中国家级开发区16家", "。", (("中俄东宁—波尔塔夫卡互市贸易区",),))),
    _row(Row("parks-he-inside-guangdong", "park_name", R + "parks3/guangdong_sheng_huagongyuanqu_2025.txt",
             "根据名单,广东惠州大亚湾石化产业园区", "。", tuple((n,) for n in (
                 "广东惠州大亚湾石化产业园区", "四会市精细化工工业园", "韶关高新区甘棠化工园",
                 "茂名滨海新区绿色化工和氢能产业园", "湛江东海岛化工园区")))),
    _row(Row("parks-commas-after-baokuo-henan", "park_name", R + "mixed19/henan_sheng_huagongyuanqu_dierpi_2024.txt",
             "河南省擬通過認定化工園區公示名單(第二批)包括:", "。", tuple((n,) for n in (
                 "開封精細化工開發區", "許昌精細化工園區", "衛輝市鐵西化工專業園區", "新鄉樓村精細化工新材料專業園區")))),
    _row(Row("parks-industries-sichuan", "park_industries", R + "parks3/sichuan_sheng_kaifaqu_pifu_2019.txt",
             "一、同意设立四川邛崃经济开发区", "。\n", (("四川邛崃经济开发区", ("食品饮料", "医药")),))),
    _row(Row("parks-renamed-jiangyin", "park", R + "mixed13/jiangsu_jiangyin_gaoxinqu_gengming_2010.txt",
             "一、同意江苏省江阴经济开发区更名为", "。", (
                 ("江苏省江阴高新技术产业开发区", "江阴市"),))),
    # a park named before 为 (认定黔东南天柱化工园区为贵州省化工园区), and the 等4个园区 list after it
    # a line of parks apart by spaces, each a park's whole name
    _row(Row("parks-line-apart-by-spaces-yichun", "park_name", R + "mixed31/jiangxi_yichun_jingkaiqu_2008.txt",
             "宜春经济开发区 丰城", "\n", (
                 ("宜春经济开发区",), ("丰城工业园区",), ("樟树工业园区",), ("上高工业园区",)))),
    # a 兵团 division written before the park it hosts
    _row(Row("parks-bingtuan-division-xinjiang", "park", R + "mixed32/xinjiang_bingtuan_duikouzhiyuan_yuanqu_2012.txt",
             "商务部近期发文", "。", (
                 ("江苏镇江经济技术开发区", "镇江市"), ("霍尔果斯工业园区", "新疆兵团农四师"),
                 ("湖北黄石经济技术开发区", "黄石市"), ("武汉吴家山经济技术开发区", "武汉市"), ("新赛工业园区", "农五师")))),
    _row(Row("parks-before-wei-guizhou", "park_name", R + "mixed3/guizhou_sheng_huagongyuanqu_2023.txt",
             "日前,贵州省工业和信息化厅正式发布通知", "进行培育。", (
                 ("黔东南天柱化工园区",), ("六盘水市盘北化工园区",), ("毕节织金化工园区",)))),
    _row(Row("parks-zone-opens-project-ningxia", "park", R + "mixed22/ningxia_wuzhong_jizhongkaigong_2022.txt",
             "2月26日,吴忠市2022年第一批85个重大项目集中开工", "新材料项目,", (("青铜峡工业园区", "青铜峡市"),))),
    _row(Row("parks-zone-opens-project-quanzhou", "park_name", R + "mixed19/fujian_quanzhou_kaijungong_2025.txt",
             "記者瞭解到,本次集中開竣工項目", "生產研發基地項目等。", (("泉州開發區",),))),
    # --- Projects -----------------------------------------------------------------------
    _row(Row("projects-dengN-hunan", "project", "shared/realdev2/docs/hunan_projects_2023.txt",
             "长沙至赣州高铁", "交通网项目", tuple((n,) for n in (
                 "长沙至赣州高铁", "G59官庄至新化公路")))),
    _row(Row("projects-dengN-ningxia", "project", R + "mixed11/ningxia_zhongdianxiangmu_2009.txt",
             "项目中,已有神华宁煤集团", "开工建设。", (("吴忠黄河大桥",),))),
    _xfail(Row("projects-dengN-first-items-ningxia", "project", R + "mixed11/ningxia_zhongdianxiangmu_2009.txt",
               "项目中,已有神华宁煤集团", "开工建设。", (
                   ("神华宁煤集团鸳鸯湖矿区5对煤矿开发",), ("中色 (宁夏)东方集团公司新材料项目",))),
           "in 已有A、B和C项目、…等24个项目开工建设 the first item (神华宁煤集团鸳鸯湖矿区5对煤矿开发, no project word at its "
           "end) is dropped and a name with a space inside is cut at it ((宁夏)东方集团公司新材料项目)"),
    _row(Row("projects-kaigong-yangzhou", "project", R + "mixed12/jiangsu_yangzhou_jizhongkaigong_undated.txt",
             "总投资10.3亿元的江苏新世纪", "推动作用。", (("新甘泉路东延项目",),))),
    _row(Row("projects-he-inside-fuzhou", "project", R + "mixed10/fuzhou_projects_2018.txt",
             "包括福清食品交易中心", "等。", (("闽侯金水湖文化旅游和养生养老项目",),))),
    _row(Row("projects-he-inside-fujian", "project", R + "mixed10/fujian_projects_2018.txt",
             "总投资10亿元以上的项目有", "等。", (("惠安和邦网络人工智能园区项目",),))),
    _row(Row("projects-numbered-heading-hainan", "project", R + "parks4/hainan_sheng_zhongdianxiangmu_undated.txt",
             "1.续建项目(6个):", "。", (("文昌航天发射场项目",), ("永青现代热带农业园区",), ("文昌市人民医院搬迁扩建工程",)))),
    _row(Row("projects-bracketed-parts-hainan", "project", R + "parks4/hainan_sheng_zhongdianxiangmu_undated.txt",
             "1.续建项目(6个):", "。", (("文昌铜鼓岭生态旅游区开发项目",), ("文昌清澜大桥",)))),
    _row(Row("projects-event-signs-luzhou", "project", R + "mixed24/sichuan_luzhou_longmatan_qianyue_2021.txt",
             "2021中外知名企业", "已开工建设。", (
                 ("陕西隆庆精密制造生产基地",), ("北京中信旅游天曌山全民乐享康养休闲度假区",), ("春天国际学校项目",)))),
    _row(Row("projects-heading-over-item-lanzhou", "project",
             R + "mixed24/gansu_lanzhou_zhongdianshixiang_fengong_undated.txt", "1、在兰州", "", (
                 ("兰州市大气污染成因及防治对策研究项目",), ("污水管网和污水处理厂项目",), ("兰州城市轨道交通项目",)))),
    _row(Row("projects-venue-lianyungang", "project", R + "mixed12/jiangsu_lianyungang_jizhongkaigong_2023.txt",
             "本次集中开工活动主会场设在", "现场", (("灌云县嘉澳生物航煤项目",),))),
    _row(Row("projects-venue-guangxi", "project", R + "mixed8/guangxi_projects_2022.txt",
             "主会场设在", "现场", (("柳州市柳工智能国际工业园项目",),))),
    _xfail(Row("projects-kaigong-lasa", "project", R + "mixed10/xizang_lasa_projects_2013.txt",
             "拉萨教育城已开工建设", "。", (("拉萨教育城",),)),
           "a project named as the subject of 已开工建设 (拉萨教育城已开工建设…5个子项目) is not read; only its sub-projects are"),
    _xfail(Row("projects-he-inside-list-fuzhou", "project", R + "mixed10/fuzhou_projects_2018.txt",
             "记者注意到,总投资10亿以上的项目有54个", "等。", (
                 ("长乐大东海实业产能置换、热轧和冷轧工程",),)),
           "a name holding 、 and 和 (长乐大东海实业产能置换、热轧和冷轧工程) is cut in two at the 、"),
    _row(Row("projects-he-inside-ningxia", "project", R + "mixed11/ningxia_zhongdianxiangmu_2009.txt",
             "项目中,已有神华宁煤集团", "开工建设。", (("宁电光伏材料公司和宁夏阳光硅业多晶硅项目",),))),
    _row(Row("projects-venue-later-guangxi", "project", R + "mixed8/guangxi_projects_2022.txt",
             "在主会场开工的", "重点项目。", (("柳工智能国际工业园项目",),))),
    _row(Row("projects-he-inside-last-gansu", "project", R + "mixed25/gansu_sheng_lanqiahui_qianyue_2020.txt",
             "兰州恒大新能源动力电池项目", "等18个", (
                 ("兰州恒大新能源动力电池项目",), ("海升集团甘肃农业总部和研发中心项目",)))),
    _row(Row("projects-after-count-clause-changchun", "project", R + "mixed25/jilin_changchun_qikaiqu_xiangmu_2023.txt",
             "该区实施94个5000万元以上项目", "当年拿地", (
                 ("奥迪PPE(奥迪高端电动平台)",), ("比亚迪动力电池",), ("一汽中车合资电驱系统",)))),
    _row(Row("projects-placed-list-haidong", "project", R + "mixed25/qinghai_haidong_jizhongkaigong_2020.txt",
             "此次开工项目涉及", "等六县区", (
                 ("海东市河湟新区绿城房产开发",), ("乐都区中天璟园健康养老项目",), ("平安区驿州湿地公园",),
                 ("民和回族土族自治县城西高级中学",)))),
    _row(Row("projects-cost-estimate-jizhou", "project", R + "mixed25/hebei_hengshui_jizhou_kaigong_2017.txt",
             "據(jù)了解,冀州區(qū)本次集中開工", "", (("冀新公園及冀午渠濱水公園建設(shè)工程項目",),))),
    _row(Row("projects-push-verb-fuzhou", "project", R + "mixed26/fujian_fuzhou_gongyexiangmu_2017.txt",
             "扎实推进福州京东方柔性面板", "等项目开工", (
                 ("福州京东方柔性面板",), ("元洪国际食品园二期",), ("泰铭新世纪不锈钢卷板固溶热处理加工项目",)))),
    _row(Row("projects-state-after-fuzhou", "project", R + "mixed26/fujian_fuzhou_gongyexiangmu_2017.txt",
             "长乐山力生物基", "等项目提速", (("长乐山力生物基原液着色聚酯纤维项目",), ("福清核电3号~6号机组",)))),
    # --- Tasks --------------------------------------------------------------------------
    _row(Row("tasks-blocks-luan", "task", R + "mixed14/anhui_luan_zerenfenjie_2021.txt",
             "1.地区生产总值增长8.5%以上。", "六安供电公司等。", (
                 (("市发改委",), ("市政府各部门", "各直属机构"), ("束学龙",)),
                 (("市经信局",), ("市发改委", "市农业农村局", "市税务局", "六安供电公司"), ("束学龙",))))),
    _row(Row("tasks-blocks-fullwidth-dot-anhui", "task", R + "mixed7/anhui_sheng_zhongdiangongzuo_zerenfenjie_2022.txt",
             "1﹒全省生产总值增长7%以上", "各直属机构。", (
                 (("省发展改革委",), ("省政府各部门", "各直属机构"), ("刘惠",)),))),
    _row(Row("tasks-cells-jishui", "task", R + "docs/jiangxi_jian_jishui_minshengshishi_undated.txt",
             "序号 | 具体工作任务和要求", "32.5%。 |", (
                 (("县教体局", "各相关乡镇政府"), (), ("毛晓青",)),))),
    _row(Row("tasks-first-leads-tongxiang", "task", R + "mixed8/tongxiang_tasks_2020.txt",
             "1.制定出台高质量发展", "下同)", (
                 (("财政局",), ("发改局", "经信局", "科技局", "商务局", "人才办", "金融发展服务中心", "服务业局", "建设局",
                              "农业农村局", "文化和广电旅游体育局", "工商联"), ()),))),
    _row(Row("tasks-first-leads-except-marked-zhejiang", "task", R + "mixed6/zhejiang_sheng_zerenfenjie_2024.txt",
             "2024年政府工作報告重點工作責任分解", "下同)", (
                 (("省財政廳",), (), ("王浩",)),
                 (("省政府辦公廳", "省財政廳"), ("省商務廳", "省文化廣電和旅遊廳"), ("王浩",))))),
    _row(Row("tasks-by-duty-henan", "task", R + "final/henan_sheng_zhongdiangongzuo_zerendanwei_2023.txt",
             "1.把恢复和扩大消费摆在优先位置", "按职责分工负责)", (
                 (("省商务厅", "财政厅", "发展改革委", "地方金融监管局", "人行郑州中心支行", "河南银保监局"), (), ()),))),
    _row(Row("tasks-space-table-qiaocheng", "task", R + "mixed22/anhui_bozhou_qiaocheng_renwufenjie_2025.txt",
             "序号 重点工作任务 主要责任单位 协同配合单位", "", (
                 (("区发改委",), ("区政府各部门", "各乡镇人民政府", "街道办事处", "谯城经开区管委会", "魏武国控集团"), ()),
                 (("区财政局", "区税务局"), ("区政府有关部门", "各乡镇人民政府", "街道办事处", "谯城经开区管委会",
                                          "魏武国控集团"), ())))),
    _row(Row("tasks-cooperating-over-commas-guangdong", "task", R + "mixed21/guangdong_sheng_renwufengong_2023.txt",
             "粮食产量1268万吨以上", "省通信管理局等配合。", (
                 (("省农业农村厅",), ("各地", "各部门"), ()),
                 (("省工业和信息化厅",), ("省发展改革委", "科技厅", "农业农村厅", "统计局", "政务服务数据管理局", "能源局"), ()),
                 (("省工业和信息化厅",), ("省委网信办", "省发展改革委", "科技厅", "农业农村厅", "商务厅", "广电局",
                                       "政务服务数据管理局", "省通信管理局"), ())))),
    _row(Row("tasks-space-table-broken-cells-pingdingshan", "task",
             R + "mixed23/henan_pingdingshan_hezhangzhi_renwufenjie_2018.txt", "序号 类别 主要任务", "", (
                 (("市水利局",), ("市发展改革委", "工业和信息化委", "住房和城乡建设局", "农业局", "各县(市、区)党委和人民政府",
                                "城乡一体化示范区", "高新区党工委和管委会"), ()),))),
    _row(Row("tasks-official-before-clause-lanzhou", "task", R + "mixed24/gansu_lanzhou_zhongdianshixiang_fengong_undated.txt",
             "1、在兰州设立综合配套改革试验区事宜", "进一步争取将兰州列为国家综合配套改革试验区。", (
                 (("市发改委",), ("相关部门",), ("杨志武",)),))),
    _row(Row("tasks-bracket-cut-hubei", "task", R + "mixed22/hubei_sheng_yingshanghuanjing_yijian_2018.txt",
             "(一)提高市場開放程度", "", (
                 (("省發展改革委",), ("省編辦", "省國土資源廳", "省環保廳", "省住建廳"), ()),))),
]


#: How many fields each kind's records are projected to.
ARITY = {"appointment": 5, "appointment_post": 4, "park": 2, "park_name": 1, "park_industries": 2, "project": 1, "task": 3}


def test_rows_are_well_formed() -> None:
    """Every row names a kind, slices a real file and states records of its kind's shape: a row an
    xfail mark hides could otherwise fail for a typo rather than for the construction."""
    rows = [p.values[0] for p in ROWS]
    assert len({r.name for r in rows}) == len(rows)
    for row in rows:
        assert row.kind in PROJECT and set(ARITY) == set(PROJECT), row.name
        assert row.expected and all(isinstance(e, tuple) and len(e) == ARITY[row.kind] for e in row.expected), row.name
        assert row.start in _slice(row), row.name


def test_the_matrix_says_what_each_row_marks() -> None:
    """The docstring's matrix is the issue's coverage table: a row it calls xfail must carry
    the mark and a row it calls pass must not, so the table cannot go stale as rows are read."""
    doc = __doc__ or ""
    for param in ROWS:
        row, failing = param.values[0], bool(param.marks)
        said = re.search(re.escape(row.name) + r" \(([^)]*)\)", doc)
        if said is None:
            continue
        assert ("xfail" in said.group(1)) == failing, (row.name, said.group(1))


@pytest.mark.parametrize("row", ROWS)
def test_construction(row: Row) -> None:
    """The records a real sentence holding the construction must give, read from its file."""
    got = _records(row)
    missing = [e for e in row.expected if e not in got]
    assert not missing, f"missing {missing}; read {sorted(got, key=str)}"


class DocRow(NamedTuple):
    """A document construction: the file's head up to ``end``, and the fields its first document must have."""

    name: str
    path: str
    end: str
    fields: dict[str, str | None]
    not_title: str | None = None  # a line that must not be taken as the title


DOC_ROWS = [
    pytest.param(DocRow("doc-square-brackets-dongguan",
                        R + "personnel3/guangdong_dongguan_gonggongweisheng_lingdaoxiaozu_2003.txt", "市府直属有关单位",
                        {"doc_number": "东府办函[2003]248号",
                         "title": "东莞市人民政府办公室关于成立市公共卫生体系建设领导小组的通知"}),
                 id="doc-square-brackets-dongguan"),
    pytest.param(DocRow("doc-square-brackets-henan", R + "parks4/henan_sheng_chanyejijuqu_tongbao_2011.txt", "各省辖市",
                        {"doc_number": "豫政[2011]15号"}), id="doc-square-brackets-henan"),
    pytest.param(DocRow("doc-serial-after-di-hebei", R + "mixed25/hebei_sheng_shangwuting_jianyi_dafu_2014.txt", "邢玉坤代表",
                        {"doc_number": "冀商办案字[2014]第12号",
                         "title": "对河北省第十二届人民代表大会第二次会议第1322号建议的答复"}),
                 id="doc-serial-after-di-hebei"),
    pytest.param(DocRow("doc-number-quoted-title-hainan", R + "mixed26/hainan_sheng_xiandainongye_chanyeyuan_2018.txt",
                        "", {"doc_number": "瓊府辦函〔2018〕322號",
                                   "title": "海南省人民政府辦公廳關(guān)于公布2018年海南省級現(xiàn)代農(nóng)業(yè)產(chǎn)業(yè)園名單的通知"}),
                 id="doc-number-quoted-title-hainan"),
    pytest.param(DocRow("doc-date-after-empty-field-hebei", R + "mixed25/hebei_sheng_shangwuting_jianyi_dafu_2014.txt", "",
                        {"doc_number": "冀商办案字[2014]第12号", "date": "2014-10-29"}),
                 id="doc-date-after-empty-field-hebei"),
    pytest.param(DocRow("doc-latin-o-date-baoshan", R + "mixed8/baoshan_sh_tasks_2008.txt", "特此通知",
                        {"doc_number": "宝府办〔2008〕18号", "date": "2008-02-26"}), id="doc-latin-o-date-baoshan"),
    pytest.param(DocRow("doc-latin-o-date-damaged-guangdong", R + "mixed12/guangdong_chanyezhuanyi_yuanqu_2005.txt",
                        "OO五年十二月十三日", {"date": "2005-12-13"}),
                 id="doc-latin-o-date-damaged-guangdong",
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "a signature date in Latin O whose leading 二 the page lost (OO五年十二月十三日) is not read as "
                     "the document's date"))),
    pytest.param(DocRow("doc-bracket-prefix-xinji", R + "mixed14/hebei_xinji_kaifaqu_pifu_2016.txt", "规划面积不变。",
                        {"title": "河北省人民政府关于辛集市开发区优化整合方案的批复"}), id="doc-bracket-prefix-xinji"),
    pytest.param(DocRow("doc-reported-list-hebei", R + "mixed18/hebei_sheng_tesechanye_mingxian_2018.txt",
                        "產(chǎn)業(yè)名區(qū)", {}, not_title="2018年河北省特色產(chǎn)業(yè)名縣名鎮(zhèn)名單"),
                 id="doc-reported-list-hebei"),
    pytest.param(DocRow("doc-reported-list-shaanxi", R + "mixed24/shaanxi_sheng_xiandainongye_chanyeyuan_2022.txt",
                        "3.岐山县现代农业产业园", {}, not_title="2021年省级现代农业产业园创建名单"),
                 id="doc-reported-list-shaanxi"),
    pytest.param(DocRow("doc-news-headline-gansu", R + "mixed14/gansu_projects_2021.txt", "",
                        {}, not_title="高起点推动项目建设"), id="doc-news-headline-gansu"),
]


@pytest.mark.parametrize("row", DOC_ROWS)
def test_document_construction(row: DocRow) -> None:
    """A document's own number, title and date read through the construction at the file's head."""
    text = _file(row.path)
    head = text[: text.index(row.end) + len(row.end)] if row.end else text
    docs = segment(read_text(head.encode("utf-8"), Path(row.path).name))
    assert docs
    doc = docs[0]
    for field, value in row.fields.items():
        assert getattr(doc, field) == value, (field, getattr(doc, field))
    if row.not_title is not None:
        assert all(row.not_title not in (d.title or "") for d in docs), [d.title for d in docs]
