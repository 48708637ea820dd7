"""Patterns as data: the words that several extractors share.

Role words, unit-name suffixes, title words and separators live here once, so
that a new city's wording is one edit to a table, not a change to each regex.
"""

from __future__ import annotations

import re

#: Role labels inside task parentheticals and table headers, by role.
LEAD_ROLE_WORDS = ("牵头单位", "牵头部门", "责任单位", "责任部门", "主责单位", "主办单位", "牵头")
COOPERATE_ROLE_WORDS = ("配合单位", "配合部门", "协办单位", "协同单位", "参与单位", "协助单位", "配合")
LEAD_OFFICIAL_ROLE_WORDS = ("牵头领导", "责任领导", "分管领导", "联系领导")

#: Endings of government and other unit names (longest first when compiled).
UNIT_SUFFIXES = (
    "管理委员会", "管委会", "委员会", "办公厅", "办公室", "人民政府", "政府", "中心支行", "分行", "支行",
    "监管局", "管理局", "税务局", "局", "委", "办", "厅", "院", "所", "中心", "集团", "公司", "有限公司",
    "大学", "学院", "银行", "法院", "检察院", "总工会", "工会", "团市委", "团区委", "妇联", "科协", "残联",
    "侨联", "文联", "社科联", "工商联", "红十字会", "联合社", "协会", "商会", "部", "站", "队",
)

#: Level prefixes of abbreviated unit names: 市经信局, 区发改局, 县…, 省….
LEVEL_PREFIXES = {"国家": "national", "省": "province", "市": "city", "区": "district", "县": "district"}

#: Separators between units in a list cell.
UNIT_SEPARATORS = "、，,；;/／ \u3000"
UNIT_SPLIT_RE = re.compile(r"[、，,；;/／]+|\s+")

#: Trailing words that close a unit list but are not part of a name.
LIST_TAIL_RE = re.compile(r"(?:等(?:有关|相关)?(?:部门|单位)?|等)$")

#: Titles of officials, longest first when compiled.
OFFICIAL_TITLES = (
    "常务副市长", "副市长", "市长", "常务副区长", "副区长", "区长", "副县长", "县长", "副省长", "省长",
    "秘书长", "副秘书长", "党组书记", "党组副书记", "书记", "副书记", "主任", "副主任", "局长", "副局长",
    "厅长", "副厅长", "部长", "副部长", "校长", "副校长", "院长", "副院长", "董事长", "总经理", "副总经理",
    "总裁", "副总裁", "组长", "副组长", "理事长", "主席", "副主席", "行长", "副行长", "记者", "通讯员",
)

#: Full-width and half-width brackets, as (open, close) pairs.
OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first so that 副市长 wins over 市长."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
