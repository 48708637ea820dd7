"""Synthetic gazette-like corpora for scale tests and generalisation checks.

Real gazettes cannot be shared in bulk, and ten seed names repeated a thousand
times would make a scale test measure a cache, not a pipeline. This module
writes deterministic (seeded) gazette issues in the Ningbo seed's formatting
(full-width punctuation, one-cell-per-line tables, OCR line breaks inside some
parentheticals), with some documents in the half-width style of district web
pages, drawing on a large vocabulary: many cities and districts, units built
from a level prefix and a body name, and tens of thousands of person names.

Each issue bundles plan notices with task parentheticals in the styles real
documents use, indicator and park tables, a district plan with project tables,
personnel notices (甬政干-style), a chronicle and a 发文目录 of citations.
Alongside the text files, ``truth.json`` holds what was written, in the gold
facts format (../shared/gold/README.md), so a facts file extracted from the
corpus can be scored against it.

A developer's tool (benchmarks, scale and generalisation tests), not a user's: it lives in
bench/, beside the benchmarks that read it, and runs from a checkout::

    python -m bench.synth --docs 3 -o synth --seed 1   # three issues of ~100,000 characters

    from bench.synth import write_corpus
    paths = write_corpus(3, "synth", seed=1)
"""

from __future__ import annotations

import argparse
import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Characters in one generated issue, about one real gazette issue.
ISSUE_CHARS = 100_000
TRUTH_FILE = "truth.json"

# --------------------------------------------------------------------------- vocabulary
#: (city, doc-number prefix, province, districts and county-level cities).
CITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("宁波", "甬", "浙", ("海曙区", "江北区", "北仑区", "镇海区", "鄞州区", "奉化区", "余姚市", "慈溪市", "宁海县", "象山县")),
    ("杭州", "杭", "浙", ("上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "富阳区", "桐庐县", "淳安县")),
    ("温州", "温", "浙", ("鹿城区", "龙湾区", "瓯海区", "洞头区", "瑞安市", "乐清市", "永嘉县", "苍南县")),
    ("绍兴", "绍", "浙", ("越城区", "柯桥区", "上虞区", "诸暨市", "嵊州市", "新昌县")),
    ("嘉兴", "嘉", "浙", ("南湖区", "秀洲区", "海宁市", "平湖市", "桐乡市", "嘉善县", "海盐县")),
    ("湖州", "湖", "浙", ("吴兴区", "南浔区", "德清县", "长兴县", "安吉县")),
    ("金华", "金", "浙", ("婺城区", "金东区", "兰溪市", "义乌市", "东阳市", "永康市", "浦江县")),
    ("台州", "台", "浙", ("椒江区", "黄岩区", "路桥区", "临海市", "温岭市", "玉环市", "天台县")),
    ("舟山", "舟", "浙", ("定海区", "普陀区", "岱山县", "嵊泗县")),
    ("衢州", "衢", "浙", ("柯城区", "衢江区", "江山市", "常山县", "开化县", "龙游县")),
    ("丽水", "丽", "浙", ("莲都区", "龙泉市", "青田县", "缙云县", "遂昌县", "松阳县")),
    ("苏州", "苏", "苏", ("姑苏区", "虎丘区", "吴中区", "相城区", "吴江区", "常熟市", "张家港市", "昆山市", "太仓市")),
    ("无锡", "锡", "苏", ("梁溪区", "锡山区", "惠山区", "滨湖区", "新吴区", "江阴市", "宜兴市")),
    ("常州", "常", "苏", ("天宁区", "钟楼区", "新北区", "武进区", "金坛区", "溧阳市")),
    ("南通", "通", "苏", ("崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县")),
    ("扬州", "扬", "苏", ("广陵区", "邗江区", "江都区", "仪征市", "高邮市", "宝应县")),
    ("徐州", "徐", "苏", ("鼓楼区", "云龙区", "贾汪区", "泉山区", "铜山区", "邳州市", "新沂市", "沛县")),
    ("合肥", "合", "皖", ("瑶海区", "庐阳区", "蜀山区", "包河区", "巢湖市", "肥东县", "肥西县", "长丰县")),
    ("芜湖", "芜", "皖", ("镜湖区", "弋江区", "鸠江区", "湾沚区", "繁昌区", "无为市", "南陵县")),
    ("福州", "榕", "闽", ("鼓楼区", "台江区", "仓山区", "马尾区", "晋安区", "长乐区", "福清市", "闽侯县")),
    ("厦门", "厦", "闽", ("思明区", "海沧区", "湖里区", "集美区", "同安区", "翔安区")),
    ("泉州", "泉", "闽", ("鲤城区", "丰泽区", "洛江区", "泉港区", "晋江市", "石狮市", "南安市", "惠安县")),
    ("青岛", "青", "鲁", ("市南区", "市北区", "黄岛区", "崂山区", "李沧区", "城阳区", "即墨区", "胶州市", "平度市")),
    ("济南", "济", "鲁", ("历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区")),
    ("烟台", "烟", "鲁", ("芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区", "龙口市", "莱州市")),
    ("成都", "成", "川", ("锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "双流区", "郫都区", "都江堰市")),
    ("武汉", "武", "鄂", ("江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "青山区", "洪山区", "东西湖区", "江夏区")),
    ("长沙", "长", "湘", ("芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "浏阳市", "宁乡市")),
    ("郑州", "郑", "豫", ("中原区", "二七区", "金水区", "惠济区", "管城回族区", "新郑市", "登封市", "中牟县")),
    ("广州", "穗", "粤", ("越秀区", "海珠区", "荔湾区", "天河区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区")),
    ("深圳", "深", "粤", ("福田区", "罗湖区", "南山区", "盐田区", "宝安区", "龙岗区", "龙华区", "坪山区", "光明区")),
    ("佛山", "佛", "粤", ("禅城区", "南海区", "顺德区", "三水区", "高明区")),
    ("东莞", "莞", "粤", ("莞城街道", "南城街道", "东城街道", "松山湖")),
    ("珠海", "珠", "粤", ("香洲区", "斗门区", "金湾区")),
    ("南昌", "洪", "赣", ("东湖区", "西湖区", "青山湖区", "新建区", "红谷滩区", "进贤县")),
    ("昆明", "昆", "滇", ("五华区", "盘龙区", "官渡区", "西山区", "呈贡区", "安宁市")),
)
PROVINCES = {"浙": "浙江省", "苏": "江苏省", "皖": "安徽省", "闽": "福建省", "鲁": "山东省", "川": "四川省",
             "鄂": "湖北省", "湘": "湖南省", "豫": "河南省", "粤": "广东省", "赣": "江西省", "滇": "云南省"}

#: Government bodies: (full name at city level, abbreviation, full name at district level or "").
BODIES: tuple[tuple[str, str, str], ...] = (
    ("发展和改革委员会", "发改委", "发展和改革局"),
    ("经济和信息化局", "经信局", ""),
    ("科学技术局", "科技局", ""),
    ("财政局", "财政局", ""),
    ("商务局", "商务局", ""),
    ("自然资源和规划局", "自然资源规划局", ""),
    ("住房和城乡建设局", "住建局", ""),
    ("生态环境局", "生态环境局", ""),
    ("交通运输局", "交通运输局", ""),
    ("农业农村局", "农业农村局", ""),
    ("水利局", "水利局", ""),
    ("文化广电旅游局", "文广旅游局", ""),
    ("卫生健康委员会", "卫健委", "卫生健康局"),
    ("教育局", "教育局", ""),
    ("人力资源和社会保障局", "人力社保局", ""),
    ("市场监督管理局", "市场监管局", ""),
    ("应急管理局", "应急管理局", ""),
    ("公安局", "公安局", ""),
    ("司法局", "司法局", ""),
    ("民政局", "民政局", ""),
    ("审计局", "审计局", ""),
    ("统计局", "统计局", ""),
    ("医疗保障局", "医保局", ""),
    ("退役军人事务局", "退役军人局", ""),
    ("国有资产监督管理委员会", "国资委", "国有资产管理中心"),
    ("地方金融监督管理局", "地方金融监管局", "金融工作服务中心"),
    ("大数据发展管理局", "大数据局", ""),
    ("能源局", "能源局", ""),
    ("综合行政执法局", "综合执法局", ""),
    ("体育局", "体育局", ""),
    ("机关事务管理局", "机关事务局", ""),
    ("投资促进中心", "投促中心", ""),
    ("人民防空办公室", "人防办", ""),
    ("外事办公室", "外办", ""),
    ("供销合作社联合社", "供销社", ""),
    ("港航管理中心", "港航中心", ""),
    ("粮食和物资储备局", "粮食物资局", ""),
    ("林业局", "林业局", ""),
    ("信访局", "信访局", ""),
    ("城市管理局", "城管局", ""),
)
#: Party and other units that lead tasks, written with the level prefix (市委组织部, 区委人才办).
PARTY_BODIES = ("委组织部", "委宣传部", "委人才办", "委网信办", "委统战部", "委编办", "总工会", "妇联", "科协", "残联")
#: Units named with the city, not a level prefix (宁波市税务局, 宁波银保监分局, 国网宁波供电公司).
CITY_NAMED = ("{c}市税务局", "{c}银保监分局", "国网{c}供电公司", "人行{c}市中心支行", "{c}海关", "{c}证监局",
              "{c}市中级人民法院", "{c}市人民检察院", "{c}海事局", "{c}市气象局")
#: Several units as one list member, kept whole in the gold.
GENERIC_UNITS = ("各区县（市）政府", "各相关金融机构", "相关镇(街道)", "开发园区管委会", "各乡镇（街道）")
COMPANY_BODIES = ("城建投资控股有限公司", "交通投资集团有限公司", "工业投资集团有限公司", "开发投资集团有限公司",
                  "文化旅游投资集团有限公司", "轨道交通集团有限公司", "商贸集团有限公司", "水务环境集团有限公司",
                  "能源集团有限公司", "农业发展集团有限公司", "国有资本投资运营集团有限公司", "港口集团有限公司")
ZONE_BODIES = ("经济技术开发区管理委员会", "高新技术产业开发区管理委员会", "保税区管理委员会", "临空经济示范区管理委员会",
               "综合保税区管理委员会", "旅游度假区管理委员会", "前湾新区管理委员会", "科学城管理委员会")
COLLEGE_BODIES = ("职业技术学院", "城市职业技术学院", "卫生职业技术学院", "广播电视大学", "工程学院")
POSITIONS = {
    "局": ("局长", "副局长", "总经济师", "总工程师", "督察长"),
    "委员会": ("主任", "副主任"),
    "中心": ("主任", "副主任"),
    "办公室": ("主任", "副主任"),
    "联合社": ("理事会主任", "副主任"),
    "公司": ("董事长", "总经理", "副总经理", "董事", "二级资深经理"),
    "学院": ("院长", "副院长"),
    "大学": ("校长", "副校长"),
    "政府": ("副秘书长", "秘书长"),
}

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚"
            "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            "励裘虞翁竺楼应鲍柴屠")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞建国志文斌波宁辉晓峰云海林亮春梅兰成"
         "龙凤新荣玲燕立东雪婷俊宇浩然博涵晨阳思远嘉琪子轩欣怡颖佳振兴德昌永庆健康少卿一鸣学良育才晋元"
         "炳荣顺达再达兆程利琴兴立建根群威荣杰时义黎挺照辉亚南劲旭君映忠柏帅轶栋骋宇炯中柱金祥君庆运能"
         "新乔志伟小龙水清学军朝晖世杰煦利挺优辉")
PLACE_CHARS = ("东西南北前后新老江湖山河海塘桥港湾岭溪浦泾田庄坊岙洋屿沙石林泉")
PLACE_HEADS = ("梅", "松", "柳", "桃", "兰", "竹", "云", "龙", "凤", "金", "银", "玉", "明", "清", "长", "永", "安",
               "福", "庆", "丰", "瑞", "宏", "盛", "景", "望", "春", "秋", "横", "古", "大", "小", "高", "白", "青")
TOWN_SUFFIXES = ("镇", "街道", "乡")

VERBS = ("加快推进", "大力实施", "深化", "完善", "健全", "积极培育", "着力打造", "全面提升", "持续优化", "统筹推进",
         "加强", "推动", "探索建立", "高水平建设", "规范", "强化")
OBJECTS = ("数字经济核心产业", "先进制造业集群", "科技创新平台", "营商环境", "人才引育机制", "现代物流体系", "绿色低碳转型",
           "城乡融合发展", "公共服务体系", "跨境电商综合试验区", "农村人居环境", "基层治理体系", "养老服务网络",
           "职业技能培训", "重大项目招引", "工业用地二级市场", "知识产权保护", "国资国企改革", "金融服务实体经济",
           "海洋经济", "文化旅游融合", "智慧城市建设", "水环境综合治理", "应急管理能力", "食品安全监管",
           "住房保障体系", "综合交通网络", "开放型经济", "未来社区建设", "数字政府建设")
CLAUSES = ("建立健全工作机制", "完善政策支持体系", "强化要素保障", "加大资金投入力度", "健全考核评价办法",
           "推广典型经验做法", "形成一批可复制可推广的成果", "提升服务效率和质量", "开展专项整治行动",
           "加强部门协同联动", "推动资源共建共享", "落实属地管理责任", "深化“最多跑一次”改革",
           "鼓励社会资本参与", "实施清单化管理", "构建全链条服务体系", "强化数字化赋能")
METRICS = (("规上工业增加值", "亿元"), ("高新技术企业", "家"), ("研发经费支出占比", "%"), ("新增就业人数", "万人"),
           ("跨境电商进出口额", "亿元"), ("5G基站", "个"), ("省级以上企业技术中心", "家"), ("普惠性托位", "个"),
           ("新建保障性租赁住房", "万套"), ("污水处理率", "%"), ("技术合同交易额", "亿元"), ("农村居民人均可支配收入", "万元"))
INDICATOR_CATEGORIES = ("综合效益", "创新驱动", "绿色发展", "开放合作", "民生保障", "数字化改革")
PLAN_TOPICS = ("数字经济发展“十四五”规划", "制造业高质量发展行动方案", "科技创新“十四五”规划", "开放型经济发展实施方案",
               "现代服务业发展三年行动计划", "公共服务发展“十四五”规划", "乡村振兴战略实施方案", "生态环境保护“十四五”规划",
               "综合交通发展规划", "人才发展“十四五”规划", "营商环境优化提升行动方案", "养老服务体系建设规划",
               "海洋经济发展规划", "文化和旅游融合发展实施方案", "现代物流业发展规划", "产业基础高级化实施方案")
PROJECT_HEADS = ("综合交通枢纽工程", "快速路改造工程", "科创园", "人才公寓", "污水处理厂扩建工程", "智慧物流园", "文化中心",
                 "中学新建工程", "医院迁建工程", "湿地公园", "创新中心", "轨道交通延伸线", "邻里中心", "跨境电商产业园",
                 "大桥工程", "国际会展中心", "供水管网改造工程", "未来社区")
PARK_HEADS = ("智能装备", "新材料", "集成电路", "生命健康", "新能源汽车", "数字经济", "光电信息", "高端模具", "工业互联网",
              "节能环保", "航空航天", "海洋装备", "软件信息", "氢能")
PARK_SUFFIXES = ("产业园", "小镇", "科技城", "创新园", "产业基地")
INDUSTRIES = ("工业机器人", "关键部件", "精密模具", "气动元器件", "轴承", "密封件", "磁性材料", "高分子材料", "碳材料",
              "光学膜", "集成电路设计", "集成电路制造", "功率半导体", "光伏组件", "储能电池", "工业软件", "物联网",
              "传感器", "医疗器械", "生物医药", "动力电池", "汽车电子", "智能网联汽车", "氢燃料电池", "海工装备",
              "船舶配套", "无人机", "卫星应用", "节能装备", "环保装备")
PARK_SECTORS = ("关键基础零部件", "关键基础材料", "核心基础电子元器件", "关键基础软件", "先进基础工艺", "新兴产业")
TOPICS = ("完善建设用地使用权转让、出租、抵押二级市场", "促进3岁以下婴幼儿照护服务发展", "加快发展保障性租赁住房",
          "推进普惠金融发展", "进一步优化营商环境", "加强数字政府建设", "推动外贸保稳提质", "促进养老托育服务健康发展",
          "加快推进新型城市基础设施建设", "进一步加强安全生产工作")


def _cn_num(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n <= 10:
        return "十" if n == 10 else digits[n]
    if n < 20:
        return "十" + digits[n - 10]
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------- one issue
@dataclass
class _Style:
    """Punctuation of one document: the seed's full-width or a web page's half-width."""

    full: bool = True

    @property
    def lp(self) -> str:
        return "（" if self.full else "("

    @property
    def rp(self) -> str:
        return "）" if self.full else ")"

    @property
    def colon(self) -> str:
        return "：" if self.full else ":"

    @property
    def comma(self) -> str:
        return "，" if self.full else ","

    @property
    def semi(self) -> str:
        return "；" if self.full else ";"


@dataclass
class _Doc:
    number: str
    title: str
    issuer: str
    date: str  # ISO
    text: str
    group: str  # heading of its table-of-contents group


@dataclass
class _Issue:
    """Builds one gazette issue and the truth records of what it wrote."""

    rng: random.Random
    source: str
    city: tuple[str, str, str, tuple[str, ...]]
    year: int
    issue_no: int
    truth: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {
        k: [] for k in ("documents", "cited_documents", "task_assignments", "projects", "appointments", "parks",
                        "officials_mentioned")})
    _serial: dict[str, int] = field(default_factory=dict)

    # ---- names
    @property
    def cname(self) -> str:
        return self.city[0]

    @property
    def gov(self) -> str:
        return f"{self.cname}市人民政府"

    def person(self) -> str:
        rng = self.rng
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.02 else rng.choice(SURNAMES)
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        return surname + given

    def place(self) -> str:
        return self.rng.choice(PLACE_HEADS) + self.rng.choice(PLACE_CHARS)

    def short_unit(self, level: str) -> str:
        """A unit as tasks name it: 市经信局, 区发改局, 市委人才办, 宁波市税务局."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            return rng.choice(CITY_NAMED).format(c=self.cname)
        if roll < 0.15:
            return level + rng.choice(PARTY_BODIES)
        full, abbr, district_full = rng.choice(BODIES)
        if level != "市" and district_full:
            abbr = {"发展和改革局": "发改局", "卫生健康局": "卫健局", "国有资产管理中心": "国资中心",
                    "金融工作服务中心": "金融办"}.get(district_full, abbr)
        return level + abbr

    def units(self, level: str, k: int, *, generic: bool = False) -> list[str]:
        out: list[str] = []
        while len(out) < k:
            unit = self.short_unit(level)
            if unit not in out:
                out.append(unit)
        if generic and self.rng.random() < 0.25:
            out.append(self.rng.choice(GENERIC_UNITS))
        return out

    def full_unit(self) -> tuple[str, str]:
        """(organization, position) as personnel notices write them."""
        rng, c = self.rng, self.cname
        roll = rng.random()
        if roll < 0.55:
            full = rng.choice(BODIES)[0]
            org = f"{c}市{full}"
        elif roll < 0.75:
            org = c + rng.choice(COMPANY_BODIES)
        elif roll < 0.88:
            org = c + rng.choice(ZONE_BODIES)
        elif roll < 0.95:
            org = c + rng.choice(COLLEGE_BODIES)
        else:
            org = self.gov
        for suffix, positions in POSITIONS.items():
            if org.endswith(suffix):
                return org, rng.choice(positions)
        return org, "主任"

    def number(self, kind: str, prefix: str | None = None) -> str:
        """Serial doc numbers, unique per city, year and kind across the corpus's issues."""
        self._serial[kind] = self._serial.get(kind, 0) + 1
        serial = (self.issue_no - 1) * 40 + self._serial[kind]
        return f"{prefix or self.city[1]}{kind}〔{self.year}〕{serial}号"

    def date(self) -> tuple[str, str]:
        month = min(12, max(1, (self.issue_no + 1) // 2))
        day = self.rng.randint(1, 28)
        return f"{self.year}年{month}月{day}日", f"{self.year}-{month:02d}-{day:02d}"

    # ---- prose
    def sentence(self) -> str:
        rng = self.rng
        return (f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}，{rng.choice(CLAUSES)}，"
                f"{rng.choice(CLAUSES)}。")

    def target(self) -> str:
        metric, unit = self.rng.choice(METRICS)
        return f"到{self.year + self.rng.randint(2, 5)}年，{metric}达到{self.rng.randint(3, 900)}{unit}。"

    def paragraph(self, n: int) -> str:
        text = "".join(self.sentence() for _ in range(n))
        if self.rng.random() < 0.06 and len(text) > 40:  # an OCR break mid-paragraph
            cut = self.rng.randint(10, len(text) - 10)
            text = text[:cut] + "\n\n" + text[cut:]
        return text

    # ---- task parentheticals
    def task(self, st: _Style, level: str, doc_number: str, head: str) -> str:
        """One task paragraph with its responsibility clause; records the truth."""
        rng = self.rng
        body = f"{head}{rng.choice(VERBS)}{rng.choice(OBJECTS)}。" + "".join(
            self.sentence() for _ in range(rng.randint(1, 3))) + self.target()
        body = body.replace("，", st.comma) if not st.full else body
        lead = self.units(level, 1 if rng.random() < 0.8 else 2)
        coop = self.units(level, rng.randint(0, 5), generic=True) if rng.random() < 0.8 else []
        coop = [u for u in coop if u not in lead]
        officials: list[str] = []
        c, s, lp, rp = st.colon, st.semi, st.lp, st.rp
        style = rng.random()
        if not st.full or style < 0.12:
            parts = [f"责任单位{c}{'、'.join(lead + coop)}"]
            lead, coop = lead + coop, []
            raw = f"{lp}{s.join(parts)}{rp}"
        elif style < 0.25:
            officials = [self.person()]
            parts = [f"牵头领导{c}{officials[0]}", f"牵头单位{c}{'、'.join(lead)}"]
            if coop:
                parts.append(f"配合单位{c}{'、'.join(coop)}")
            raw = f"{lp}{s.join(parts)}{rp}"
        elif style < 0.37:
            raw = f"由{'、'.join(lead)}牵头" + (f"，{'、'.join(coop)}配合" if coop else "") + "。"
        else:
            parts = [f"牵头单位{c}{'、'.join(lead)}"]
            if coop:
                parts.append(f"配合单位{c}{'、'.join(coop)}")
            raw = f"{lp}{s.join(parts)}{rp}"
        if raw.startswith(lp) and st.full and rng.random() < 0.08:  # an OCR break inside the parenthetical
            cut = rng.randint(3, len(raw) - 3)
            raw = raw[:cut] + "\n\n" + raw[cut:]
        sep = "\n\n" if raw.startswith(lp) and rng.random() < 0.1 else ""
        self.truth["task_assignments"].append({
            "source": self.source, "doc_number": doc_number, "kind": "task",
            "anchor": body.replace("\n", "")[-15:], "lead_units": lead, "cooperating_units": coop,
            "lead_officials": officials, "raw": raw.replace("\n", ""),
        })
        return body + sep + raw

    # ---- documents
    def plan_notice(self, st: _Style) -> _Doc:
        """A notice issuing a plan: tasks, maybe an indicator table and a park table."""
        rng = self.rng
        office = rng.random() < 0.5
        kind = "政办发" if office else "政发"
        issuer = f"{self.gov}办公厅" if office else self.gov
        number = self.number(kind)
        plan = f"{self.cname}市{rng.choice(PLAN_TOPICS)}"
        title = f"{issuer}关于印发{plan}的通知"
        date_cn, date_iso = self.date()
        out = []
        if rng.random() < 0.5:
            out.append(f"规范性文件统一编号ZJBC0{int(office)}—{self.year}—{rng.randint(1, 60):04d}")
        out += [title, number, f"各区县（市）人民政府，市直及部省属驻{self.city[1]}各单位：",
                f"现将《{plan}》印发给你们，请认真贯彻执行。", issuer, date_cn, plan]
        cited = self.cite(number, st)
        out.append(f"为深入贯彻落实{cited}精神，{self.paragraph(2)}")
        out.append("一、总体要求")
        out += [self.paragraph(rng.randint(4, 9)) for _ in range(rng.randint(2, 4))]
        out.append("二、主要任务")
        with_tasks = rng.random() < 0.6  # many plans assign no task to a unit
        for i in range(1, rng.randint(3, 7) + 1):
            out.append(f"（{_cn_num(i)}）{rng.choice(VERBS)}{rng.choice(OBJECTS)}")
            for j in range(1, rng.randint(3, 7)):
                if not with_tasks or rng.random() < 0.3:
                    out.append(f"{j}. {rng.choice(VERBS)}{rng.choice(OBJECTS)}。{self.paragraph(rng.randint(3, 8))}")
                    continue
                para = self.task(st, "市", number, f"{j}. ")
                while rng.random() < 0.2:  # several parentheticals after one paragraph
                    para += self.task(st, "市", number, "")
                out.append(para)
        out.append("三、保障措施")
        for i in range(1, rng.randint(3, 5)):
            out.append(f"（{_cn_num(i)}）{rng.choice(VERBS)}{rng.choice(OBJECTS)}。{self.paragraph(rng.randint(2, 6))}")
        if rng.random() < 0.35:
            out += self.indicator_table(number)
        if rng.random() < 0.15:
            out += self.park_table(number)
        self.document(number, title, issuer, date_iso)
        return _Doc(number, title, issuer, date_iso, "\n\n".join(out), "市政府文件")

    def indicator_table(self, doc_number: str) -> list[str]:
        rng = self.rng
        base, mid, end = self.year - 1, self.year + 2, self.year + 4
        rows = [f"指标类别\t指标名称\t{base}年基数\t{mid}年目标\t{end}年目标\t牵头单位"]
        for cat in rng.sample(INDICATOR_CATEGORIES, rng.randint(2, 4)):
            for k in range(rng.randint(1, 4)):
                metric, unit = rng.choice(METRICS)
                name = f"{metric} ({unit})"
                lead = self.units("市", 1 if rng.random() < 0.85 else 2)
                values = [str(rng.randint(1, 900)) for _ in range(3)]
                rows.append("\t".join([cat if k == 0 else "", name, *values, " ".join(lead)]))
                self.truth["task_assignments"].append({
                    "source": self.source, "doc_number": doc_number, "kind": "indicator", "category": cat,
                    "anchor": name, "lead_units": lead, "cooperating_units": [], "lead_officials": [],
                    "targets": values,
                })
        return ["附件", "指标体系", "\n".join(rows)]

    def park_table(self, doc_number: str) -> list[str]:
        rng = self.rng
        rows = ["领域\t重点产业园名称\t主导细分行业"]
        districts = self.city[3]
        for sector in rng.sample(PARK_SECTORS, rng.randint(2, 3)):
            for k in range(rng.randint(1, 4)):
                name = self.place() + rng.choice(PARK_HEADS) + rng.choice(PARK_SUFFIXES)
                host = rng.choice(districts)
                industries = rng.sample(INDUSTRIES, rng.randint(1, 3))
                raw = "、".join(industries) + ("等" if rng.random() < 0.2 else "")
                rows.append("\t".join([sector if k == 0 else "", f"{name}（{host}）", raw]))
                self.truth["parks"].append({
                    "source": self.source, "doc_number": doc_number, "name": name, "host": host,
                    "sector": sector, "industries": industries, "industries_raw": raw,
                })
        return [f"专栏{rng.randint(1, 12)}：特色产业园建设重点", "\n".join(rows)]

    def cite(self, cited_by: str, st: _Style) -> str:
        """《title》（number） of a higher-level document; records the citation."""
        rng = self.rng
        prov = self.city[2]
        issuer, prefix = rng.choice((("国务院办公厅", "国办发"), ("国务院", "国发"),
                                     (f"{PROVINCES[prov]}人民政府", f"{prov}政发"),
                                     (f"{PROVINCES[prov]}人民政府办公厅", f"{prov}政办发")))
        number = f"{prefix}〔{self.year - rng.randint(1, 4)}〕{rng.randint(1, 120)}号"
        title = f"{issuer}关于{rng.choice(TOPICS)}的指导意见"
        self.truth["cited_documents"].append({
            "source": self.source, "doc_number": number, "title": title, "cited_by": cited_by,
            "context": "body", "number_style": "year",
        })
        return f"《{title}》{st.lp}{number}{st.rp}"

    def personnel_notice(self) -> _Doc:
        """A 政干 notice: appointments, removals, 兼, 试用期, 免去其…职务."""
        rng = self.rng
        number = self.number("政干")
        date_cn, date_iso = self.date()
        lines: list[str] = []
        names: list[str] = []

        def record(person: str, action: str, org: str, pos: str, concurrent=False, probation=False, note=None):
            self.truth["appointments"].append({
                "source": self.source, "doc_number": number, "date": date_iso, "person": person,
                "action": action, "organization": org, "position": pos, "concurrent": concurrent,
                "probation": probation, "note": note,
            })

        removes_block: list[str] = []
        for _ in range(rng.randint(1, 8)):
            people = [self.person() for _ in range(1 if rng.random() < 0.85 else rng.randint(2, 3))]
            names += people
            org, pos = self.full_unit()
            roll = rng.random()
            if roll < 0.2:
                for p in people:
                    removes_block.append(f"{p}的{org}{pos}职务")
                    record(p, "remove", org, pos)
                continue
            suffix, concurrent, probation, note = "", False, False, None
            if roll < 0.3:
                suffix, concurrent = "（兼）", True
            elif roll < 0.4:
                suffix, probation = "（试用期一年）", True
            elif roll < 0.45:
                suffix, note = "（副局长级）", "副局长级"
            line = f"{'、'.join(people)}任{org}{pos}{suffix}"
            for p in people:
                record(p, "appoint", org, pos, concurrent, probation, note)
            if rng.random() < 0.5:
                org2, pos2 = self.full_unit()
                line += f"，免去其{org2}{pos2}职务"
                for p in people:
                    record(p, "remove", org2, pos2)
            lines.append(line)
        if len(names) == 1:
            what = "任职" if lines else "免职"
            title = f"{self.gov}关于{names[0]}{what}的通知"
        elif len(names) == 2:
            title = f"{self.gov}关于{names[0]}、{names[1]}职务任免的通知"
        else:
            title = f"{self.gov}关于{names[0]}等职务任免的通知"
        out = [title.replace(self.gov, self.gov + " ", 1), number]
        if len(lines) + len(removes_block) == 1 and rng.random() < 0.7:
            out.append("经市政府研究同意：")
            out.append((lines[0] + "。") if lines else f"免去{removes_block[0]}。")
            out.append("请按规定程序办理任免手续。")
        else:
            out.append("市政府研究决定：")
            out += [line + "；" for line in lines]
            if removes_block:
                out.append("免去：")
                out += [r + "；" for r in removes_block]
            out[-1] = out[-1][:-1] + "。"
        out += [self.gov, date_cn]
        self.document(number, title, self.gov, date_iso)
        return _Doc(number, title, self.gov, date_iso, "\n\n".join(out), "人事与机构")

    def district_plan(self) -> _Doc:
        """A district office's plan with project tables, in the half-width web-page style."""
        rng = self.rng
        district = rng.choice(self.city[3])
        issuer = f"{self.cname}市{district}人民政府办公室"
        number = self.number("政办发", prefix=district[0])
        plan = f"{district}{rng.choice(PLAN_TOPICS)}"
        title = f"{issuer}关于印发{plan}的通知"
        date_cn, date_iso = self.date()
        st = _Style(full=False)
        out = [title, f"文件编号 {number}", "各镇政府、街道办事处,区政府各部门、直属单位:",
               f"《{plan}》已经区政府常务会议审议通过,现印发给你们,请结合实际认真贯彻落实。",
               issuer, date_cn, plan, self.paragraph(3).replace("，", ",")]
        for t in range(1, rng.randint(2, 4) + 1):
            out.append(self.paragraph(rng.randint(4, 9)).replace("，", ","))
            for _ in range(rng.randint(0, 3)):
                out.append(self.task(st, "区", number, ""))
            out.append(self.project_table(number, f"表4-{t}", rng.random() < 0.5))
        self.document(number, title, issuer, date_iso)
        return _Doc(number, title, issuer, date_iso, "\n\n".join(out), "区县（市）文件")

    def project_table(self, doc_number: str, table: str, scheduled: bool) -> str:
        """A project table, one cell per line (OCR of a PDF table) or tab-separated."""
        rng = self.rng
        if scheduled:
            header = ["序号", "项目名称", "建设规模", "开工年", "完成年", "责任单位"]
        else:
            header = ["序号", "项目名称", "主要内容和重点", "牵头单位"]
        rows = []
        for seq in range(1, rng.randint(3, 10) + 1):
            name = self.place() + rng.choice(PROJECT_HEADS)
            lead = self.units("区", 1)
            coop = self.units("区", rng.randint(0, 4))
            coop = [u for u in coop if u not in lead]
            if rng.random() < 0.15:
                coop.append("相关镇(街道)")
            resp = f"{lead[0]}牵头" + (f",{'、'.join(coop)}配合" if coop else "")
            content = self.paragraph(1).replace("\n", "").replace("，", ",")
            start = end = None
            if scheduled:
                start = self.year + rng.randint(-2, 2)
                end = start + rng.randint(1, 5)
                rows.append([str(seq), name, content, str(start), str(end), resp])
            else:
                rows.append([str(seq), name, content, resp])
            self.truth["projects"].append({
                "source": self.source, "doc_number": doc_number, "table": table, "seq": seq, "name": name,
                "lead_units": lead, "cooperating_units": coop, "start_year": start, "end_year": end,
                "responsibility_raw": resp,
            })
        caption = f"{table}:重点项目一览表"
        if rng.random() < 0.6:
            return caption + "\n\n" + "\n\n".join(header + [cell for row in rows for cell in row])
        return caption + "\n\n" + "\n".join("\t".join(r) for r in [header, *rows])

    def chronicle(self) -> _Doc:
        """市政府N月份记事: dated lines naming officials by title."""
        rng = self.rng
        month = min(12, max(1, (self.issue_no + 1) // 2))
        mayor = self.person()
        deputies = [self.person() for _ in range(rng.randint(2, 5))]
        lines = [f"市政府{month}月份记事"]
        seen: set[tuple[str, str]] = set()
        for day in sorted(rng.sample(range(1, 29), rng.randint(6, 16))):
            if rng.random() < 0.5:
                title, name = "市长", mayor
            else:
                title, name = "副市长", rng.choice(deputies)
            lines.append(f"{day}日 {title}{name}出席{rng.choice(OBJECTS)}工作推进会并讲话。")
            if (name, title) not in seen:
                seen.add((name, title))
                self.truth["officials_mentioned"].append({
                    "source": self.source, "name": name, "title": title, "title_core": title,
                    "affiliation": None, "scope": "core",
                })
        return _Doc("", lines[0], self.gov, "", "\n\n".join(lines), "政务大事")

    def document(self, number: str, title: str, issuer: str, date: str) -> None:
        self.truth["documents"].append({"source": self.source, "doc_number": number, "title": title,
                                        "issuer": issuer, "date": date})

    # ---- the whole issue
    def render(self, target_chars: int) -> str:
        rng = self.rng
        docs: list[_Doc] = []
        size = 3000
        while size < target_chars or not docs:
            roll = rng.random()
            if roll < 0.6:
                doc = self.plan_notice(_Style(full=rng.random() < 0.85))
            elif roll < 0.72:
                doc = self.district_plan()
            else:
                doc = self.personnel_notice()
            docs.append(doc)
            size += len(doc.text) + 100
        chronicle = self.chronicle()
        order = ["市政府文件", "区县（市）文件", "人事与机构"]
        docs.sort(key=lambda d: order.index(d.group))
        head = [f"{self.gov}公报", str(self.year), f"第 {self.issue_no} 期 (总第 {400 + self.issue_no} 期)",
                "政府信息公开法定刊物", "目 录"]
        for group in dict.fromkeys(d.group for d in docs):
            head.append(group)
            for d in docs:
                if d.group == group:
                    head.append(f"- {d.title}\n({d.number}) ({rng.randint(3, 90)})")
        head += ["政务大事", f"{chronicle.title}\t({rng.randint(60, 99)})"]
        catalogue = [f"市政府、市政府办公厅{chronicle.title[3:-2]}发文目录"]
        for d in docs:
            if d.group != "人事与机构" and d.group != "区县（市）文件":
                catalogue.append(f"- {d.number} {d.title}")
                self.truth["cited_documents"].append({
                    "source": self.source, "doc_number": d.number, "title": d.title, "cited_by": None,
                    "context": "发文目录", "number_style": "year",
                })
        body = [d.text for d in docs] + [chronicle.text, "\n".join(catalogue)]
        return "\n\n".join(head) + "\n\n" + "\n\n".join(body) + "\n"


def generate_issue(index: int, seed: int = 0, chars: int = ISSUE_CHARS) -> tuple[str, str, dict]:
    """(file name, text, truth) of issue ``index``; the same (index, seed) always gives the same text."""
    rng = random.Random(f"policy-kg-synth:{seed}:{index}")
    city = rng.choice(CITIES)
    year = 2005 + (index // 24) % 20
    issue_no = index % 24 + 1
    source = f"gazette_{seed}_{index:05d}.txt"
    issue = _Issue(rng, source, city, year, issue_no)
    return source, issue.render(chars), issue.truth


def _write(indices: Sequence[int], out_dir: Path, seed: int, sizes: Sequence[int]) -> list[Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    truth: dict[str, list[dict]] = {}
    for index, chars in zip(indices, sizes, strict=True):
        name, text, facts = generate_issue(index, seed, chars)
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        for section, records in facts.items():
            truth.setdefault(section, []).extend(records)
    (out_dir / TRUTH_FILE).write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return paths


def write_corpus(n_docs: int, out_dir: Path | str, seed: int = 0, *, chars_per_file: int = ISSUE_CHARS) -> list[Path]:
    """Write ``n_docs`` gazette issues (one file each, ~``chars_per_file`` characters)
    into ``out_dir``, plus ``truth.json`` in the gold facts format; returns the text files."""
    if n_docs < 1:
        raise ValueError("n_docs must be at least 1")
    return _write(range(n_docs), Path(out_dir), seed, [chars_per_file] * n_docs)


def write_corpus_chars(total_chars: int, out_dir: Path | str, seed: int = 0, *,
                       chars_per_file: int = ISSUE_CHARS) -> list[Path]:
    """Write issues of ~``chars_per_file`` characters until about ``total_chars`` are written.

    A larger corpus with the same seed starts with the same files (all but the
    last, which is cut to size), so sizes grow by adding issues, as an archive does.
    """
    n = max(1, math.ceil(total_chars / chars_per_file))
    sizes = [chars_per_file] * n
    sizes[-1] = max(2000, total_chars - chars_per_file * (n - 1))
    return _write(range(n), Path(out_dir), seed, sizes)


def main(argv: list[str] | None = None) -> None:
    """``python -m bench.synth --docs N -o DIR [--seed S]``: write a corpus and its truth."""
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=main.__doc__)
    parser.add_argument("--docs", type=int, default=10, help="gazette issues of ~100,000 characters (default 10)")
    parser.add_argument("-o", "--out", required=True, type=Path, help="folder for the text files and truth.json")
    parser.add_argument("--seed", type=int, default=0, help="same seed, same corpus (default 0)")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    paths = write_corpus(args.docs, args.out, seed=args.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"wrote {len(paths)} files, {chars:,} characters, and {TRUTH_FILE} to {args.out}")


if __name__ == "__main__":
    main()
