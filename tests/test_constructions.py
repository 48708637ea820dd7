"""Issue 21's constructions, one row each, read from a real file: the coverage matrix.

Each row names a construction issue 21 lists under "The misses, by construction", the
corpus file that holds a real sentence with it, two markers that slice the sentence out
of that file (the test reads the file, never a copy of the sentence), and the records the
public pipeline (kg.read.segment.segment → kg.extract.extract_document) must give for that
slice. A row the extractor fails today is ``xfail(strict=True)`` with the reason, so it
turns red the day the construction is read and the mark must come off.

Matrix (construction → row here / other test that covers it; status today):

Appointments
  选举A为X；B为Y (B为Y with no verb)      → election-pairs-taizhou, election-pairs-jiangxi        pass
  以N票当选                                → votes-lanzhou (traditional, glossed), votes-jiahe     pass
  补选                                     → by-election-yangpu, by-election-suining             pass
  任命A、B、C为…组成人员                     → names-before-wei-jinwan                              pass
  为A、B…N位新聘馆员颁发聘书                 → test_extract_personnel::test_constructions (shanghai 馆员) (real text inline)
  新聘/续聘参事为A、B                        → test_extract_personnel::test_constructions (shanghai 参事) (real text inline)
  names after 是：                         → names-after-shi-henan                                pass
  names after 如下：(名单如下:/决定接受:)    → names-after-rudia-quanzhou                           see row
  posts chained after one unit              → chained-posts-songjiang                              pass
  接受A、B、C辞去…                           → accept-resignations-yaan, accept-resignations-suning  pass
  代表资格终止                               → termination-heilongjiang                             pass
  罢免 in a 公告                             → recall-heilongjiang, recall-quanguo-2011            pass
  space-separated roster names              → roster-spaces-changsha                               pass
  代理 not read into the unit                → acting-guizhou, acting-guangdong                    pass
  rare surnames 雒/鄂                        → no corpus sentence (grep 雒, 鄂 before 同志/为/任 in
                                              tests/data/real, shared/realdev*, seeds: none);
                                              test_extract_personnel covers 糜 虢 布 昂 from real text
Parks
  list after 具体包括                        → parks-jutibaokuo-changjiang                          pass
  list after 分别是                          → parks-fenbieshi-liaoning                             pass
  grouped under a city heading              → parks-city-heading-shaanxi (traditional print)       see row
  one park per numbered line                → parks-numbered-lines-anhui                           pass
  catalogue rows                            → parks-catalogue-shanghai                             pass
  等N个化工园区                              → parks-dengN-shandong                                 pass
  以A、B为主导产业 in a 批复                  → parks-industries-sichuan                             pass
  更名为                                     → parks-renamed-jiangyin                               pass
Projects
  等N个…项目 (the name stops before 等)      → projects-dengN-hunan, projects-dengN-ningxia         pass
  开工 after the name                        → projects-kaigong-yangzhou                            see row
  a name with 和 inside                      → projects-he-inside-fuzhou, projects-he-inside-fujian see rows
  主会场设在X项目                             → projects-venue-lianyungang, projects-venue-guangxi   pass
Tasks
  牵头负责领导/牵头责任单位/协同责任单位 blocks → tasks-blocks-luan                                   pass
  …under ﹒ numbering                        → tasks-blocks-fullwidth-dot-anhui                     pass
  cells ending ` |`                         → tasks-cells-jishui                                   see row
  first-listed-leads remark glued to a unit → tasks-first-leads-tongxiang                          pass
  按职责分工负责 left on a unit               → tasks-by-duty-henan                                  pass
Documents
  文号 in square brackets                    → doc-square-brackets-dongguan                          pass
  Latin O in a Chinese date (二OO八)         → doc-latin-o-date-baoshan                             pass
  a 【…】 prefix before a title               → doc-bracket-prefix-xinji                             pass
  a news headline not taken as a title      → doc-news-headline-gansu                               pass
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from kg.extract import extract_document
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
    "appointment": _appointment, "park": _park, "park_name": _park_name, "park_industries": _park_industries,
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
    return segment(read_text(_slice(row).encode("utf-8"), Path(row.path).name))


def _records(row: Row) -> set[tuple[Any, ...]]:
    project = PROJECT[row.kind]
    return {p for doc in _docs(row) for r in extract_document(doc) if (p := project(r)) is not None}


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
    _row(Row("names-after-rudia-quanzhou", "appointment", R + "docs/fujian_quanzhou_renda_2018.txt",
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
    _row(Row("resignation-narrative-age-zhejiang", "appointment", "shared/realdev2/docs/zhejiang_renda_2016.txt",
             "会议决定:接受宋光宝", "主任委员职务,俞仲达", (
                 ("宋光宝", "remove", "省人大内务司法委员会", "主任委员", "resignation"),
                 ("楼小东", "remove", "省人大财政经济委员会", "主任委员", "resignation")))),
    _row(Row("unit-from-clause-before-zhengzhou", "appointment",
             R + "personnel2/henan_zhengzhou_renda_daishizhang_2003.txt", "陈义初辞去郑州市长职务", "(图)", (
                 ("陈义初", "remove", "郑州", "市长", "resignation"),  # 郑州市长: the unit as written
                 ("王文超", "appoint", "郑州", "代理市长", "acting")))),
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
    _row(Row("parks-numbered-lines-anhui", "park_name", R + "parks3/anhui_sheng_gaoxinqu_mingdan_2019.txt",
             "安徽省省级以上高新技术开发区具体名单如下", "8.安徽阜阳界首高新技术产业开发区\n", tuple((n,) for n in (
                 "合肥高新技术产业开发区", "芜湖高新技术产业开发区", "马鞍山慈湖高新技术产业开发区",
                 "安徽安庆高新技术产业开发区")))),
    _row(Row("parks-catalogue-shanghai", "park_industries", R + "parks3/shanghai_shi_kaifaqu_mulu_2018.txt",
             "国家级开发区 | 开发区名称", "国际仲裁 |", (
                 ("漕河泾新兴技术开发区", ("电子信息", "新材料", "生物医药")),
                 ("虹桥经济技术开发区", ("贸易", "展览展示", "国际仲裁"))))),
    _row(Row("parks-dengN-shandong", "park_name", R + "parks3/shandong_sheng_huagongyuanqu_disipi_2019.txt",
             "出,省政府确定,", "。", tuple((n,) for n in (
                 "枣庄市峄城化工产业园", "东营市东营区化工产业园", "莱州银海化工产业园", "枣庄市市中区水处理剂产业园",
                 "费县粘合剂化工产业园")))),
    # the same list with no comma after its verb: the verb stays on the first item
    _xfail(Row("parks-dengN-after-verb-shandong", "park_name", R + "parks3/shandong_sheng_huagongyuanqu_disipi_2019.txt",
               "审核,省政府确定", "。", (("枣庄市峄城化工产业园",),)),
           "a list right after a verb with no head word or comma (省政府确定枣庄市峄城化工产业园、…等10个化工园区) "
           "keeps the verb's clause on its first park: read as 省政府确定枣庄市峄城化工产业园"),
    _row(Row("parks-industries-sichuan", "park_industries", R + "parks3/sichuan_sheng_kaifaqu_pifu_2019.txt",
             "一、同意设立四川邛崃经济开发区", "。\n", (("四川邛崃经济开发区", ("食品饮料", "医药")),))),
    _row(Row("parks-renamed-jiangyin", "park", R + "mixed13/jiangsu_jiangyin_gaoxinqu_gengming_2010.txt",
             "一、同意江苏省江阴经济开发区更名为", "。", (
                 ("江苏省江阴高新技术产业开发区", "江阴市"),))),
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
    _row(Row("projects-venue-lianyungang", "project", R + "mixed12/jiangsu_lianyungang_jizhongkaigong_2023.txt",
             "本次集中开工活动主会场设在", "现场", (("灌云县嘉澳生物航煤项目",),))),
    _row(Row("projects-venue-guangxi", "project", R + "mixed8/guangxi_projects_2022.txt",
             "主会场设在", "现场", (("柳州市柳工智能国际工业园项目",),))),
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
    _row(Row("tasks-by-duty-henan", "task", R + "final/henan_sheng_zhongdiangongzuo_zerendanwei_2023.txt",
             "1.把恢复和扩大消费摆在优先位置", "按职责分工负责)", (
                 (("省商务厅", "财政厅", "发展改革委", "地方金融监管局", "人行郑州中心支行", "河南银保监局"), (), ()),))),
]


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
    pytest.param(DocRow("doc-latin-o-date-baoshan", R + "mixed8/baoshan_sh_tasks_2008.txt", "特此通知",
                        {"doc_number": "宝府办〔2008〕18号", "date": "2008-02-26"}), id="doc-latin-o-date-baoshan"),
    pytest.param(DocRow("doc-bracket-prefix-xinji", R + "mixed14/hebei_xinji_kaifaqu_pifu_2016.txt", "规划面积不变。",
                        {"title": "河北省人民政府关于辛集市开发区优化整合方案的批复"}), id="doc-bracket-prefix-xinji"),
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
