"""The national catalogue of development zones, and finding a park in it.

``kg/data/devzones_2018.csv`` is 《中国开发区审核公告目录》(2018年版), the announcement
国家发展改革委等六部门公告2018年第4号: 2,543 zones, 552 approved by the State Council
(国务院) and 1,991 by provincial governments (省政府), each with its code (G412116), name,
province, approving level, type, approval date, approved area and main industries
(where the copy came from and what was kept: ``kg/data/devzones_2018.md``).

A park a text names is the catalogue's zone when exactly one zone answers to the name
(:func:`match_zone`). Texts shorten and lengthen the catalogue's names, so both sides are
compared in a common form:

- a leading province goes (河南省/河南焦作经济开发区 → 焦作经济开发区), and a leading city or
  county loses its suffix (枣阳市经济开发区 → 枣阳经济开发区);
- the long zone types take their short forms (经济技术开发区 → 经开区, 高新技术产业开发区 and
  高新技术产业园区 → 高新区), so 洛阳高新区 is 洛阳高新技术产业开发区;
- a name without a place of its own (经济技术开发区) is read with its host in front
  (host 焦作市 → 焦作经开区).

A form two zones share matches neither, and a zone in another province than the host's
is not the park: no guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.gazetteer import DATA_DIR, get_gazetteer, read_csv, short_name
from kg.patterns import PROVINCE_SHORT_NAMES

CATALOGUE = DATA_DIR / "devzones_2018.csv"

#: The announcement's approving levels.
STATE_COUNCIL = "国务院"
PROVINCE = "省政府"

#: Long zone types and the short forms texts use; longest first.
_SHORT_FORMS: tuple[tuple[str, str], ...] = (
    ("高新技术产业开发区", "高新区"),
    ("高新技术产业园区", "高新区"),
    ("高新技术开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
)

_PROVINCES = PROVINCE_SHORT_NAMES
_PROVINCE_RE = re.compile(
    "^(?:" + "|".join(sorted(_PROVINCES, key=len, reverse=True)) + ")"
    "(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?")
#: A leading place with its suffix (枣阳市, 钦州市钦北区): the suffix goes.
_PLACE_SUFFIX_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:市|县|区)(?=[\u4e00-\u9fff]{2})")


@dataclass(frozen=True)
class Zone:
    """One zone of the catalogue (one row of devzones_2018.csv)."""

    code: str
    name: str
    province: str
    level: str        # 国务院 or 省政府
    type: str         # 经济技术开发区, 高新技术产业开发区, 海关特殊监管区域, ..., 经济开发区, 工业园区
    approved: str     # YYYY.MM as printed (two dates for a zone approved in parts)
    area_ha: str
    industries: str

    @property
    def national(self) -> bool:
        return self.level == STATE_COUNCIL


@functools.cache
def load_zones() -> tuple[Zone, ...]:
    """Every zone of the catalogue, in code order."""
    return tuple(Zone(**row) for row in read_csv(CATALOGUE))


#: 国家 before a zone type (宁波国家高新区), and a bracketed note closing a name (喀什经济开发区（含…片区）):
#: compiled once, as these run for every park a document names.
_NATIONAL_RE = re.compile(r"国家(?=高新|经济技术|级)")
_CLOSING_NOTE_RE = re.compile(r"[（(][^）)]*[）)]$")


def _short(name: str) -> str:
    name = _NATIONAL_RE.sub("", name)  # 宁波国家高新区 → 宁波高新区
    for long, short in _SHORT_FORMS:
        if name.endswith(long):
            return name[: -len(long)] + short
    return name


#: How far a name is bent to meet another: 0 as written (or without its province),
#: 1 also without a leading place's suffix, 2 also with the zone type's short form.
TIERS = (0, 1, 2)


def _forms(name: str, tier: int) -> set[str]:
    """The comparison forms of a name at ``tier``."""
    name = _CLOSING_NOTE_RE.sub("", name.replace(" ", ""))  # 喀什经济开发区（含…片区）
    out = {name}
    no_province = _PROVINCE_RE.sub("", name, count=1)
    if no_province != name and not _generic(no_province) and len(no_province) >= 4:
        out.add(no_province)
    if tier >= 1:
        for n in list(out):
            m = _PLACE_SUFFIX_RE.match(n)
            if m and not _generic(n[m.end():]):
                out.add(m.group(1) + n[m.end():])
    if tier >= 2:
        out = {_short(n) for n in out}
    return out


@functools.lru_cache(maxsize=4096)
def _tier_forms(name: str) -> tuple[frozenset[str], ...]:
    """``_forms(name, tier)`` for every tier of TIERS, kept: match_zone asks each name at each tier, and the
    same park's names again for each copy of it."""
    return tuple(frozenset(_forms(name, tier)) for tier in TIERS)


def same_zone(a: str, b: str) -> bool:
    """Whether two names write one zone, one of them short (陕西凤县经济技术开发区, 凤县经开区): they meet once
    bent as far as the catalogue's names are (without a province, with the short type)."""
    return not _short_forms(a).isdisjoint(_short_forms(b))


@functools.lru_cache(maxsize=4096)
def _short_forms(name: str) -> frozenset[str]:
    return frozenset(_forms(name, 2))


@functools.cache
def _index(tier: int) -> dict[str, tuple[Zone, ...]]:
    index: dict[str, list[Zone]] = {}
    for zone in load_zones():
        for form in _forms(zone.name, tier):
            index.setdefault(form, []).append(zone)
    return {form: tuple(dict.fromkeys(zones)) for form, zones in index.items()}


@functools.lru_cache(maxsize=8192)
def _long_type(name: str) -> str:
    """The long zone type a name ends with (经济开发区), or ""."""
    name = _CLOSING_NOTE_RE.sub("", name)
    return next((long for long, _ in _SHORT_FORMS if name.endswith(long)), "")


def _generic(name: str) -> bool:
    """A name that is only a zone type (经济技术开发区, 高新区): no place of its own."""
    return _short(name) in _GENERIC


_GENERIC = frozenset({short for _, short in _SHORT_FORMS} | {long for long, _ in _SHORT_FORMS}
                     | {"工业园区", "产业园区", "开发区", "工业园", "产业园", "园区", "产业集聚区"})


@functools.cache
def _city_of(host: str) -> str | None:
    """The city a district or county host lies in (鄞州区 → 宁波市), or None."""
    gaz = get_gazetteer()
    region = gaz.region_of_name(host)
    if region is None or region.level != "district":
        return None
    return next((r.written for r in gaz.chain_of(region) if r.level == "city"), None)


@functools.cache
def _province_of(host: str) -> str | None:
    """The province a host lies in (枣阳市 → 湖北省), when the gazetteer knows the host."""
    gaz = get_gazetteer()
    region = gaz.region_of_name(host)
    if region is None:
        return None
    for r in gaz.chain_of(region):
        if r.level == "province":
            return r.name
    return None


def match_zone(name: str, host: str | None = None) -> Zone | None:
    """The catalogue's zone the park ``name`` (hosted by ``host``) is, when only one answers."""
    if not name:
        return None
    names = [name]
    if host:
        stem = short_name(host)
        if _generic(name) or (stem and not name.startswith(stem) and not name.startswith(host)):
            names.append(host + name)
            if stem:
                names.append(stem + name)
    if host and not _generic(name) and (city := _city_of(host)) and not name.startswith(city[:2]):
        names.append(city + name)  # 鄞州工业园区 in 鄞州区: 宁波鄞州工业园区
    if _generic(name):
        names = names[1:]
    province = _province_of(host) if host else None
    for candidate in names:
        for tier, forms in zip(TIERS, _tier_forms(candidate), strict=True):
            index = _index(tier)
            found: dict[str, Zone] = {}
            long = _long_type(candidate)
            for form in forms:
                for zone in index.get(form, ()):
                    if province is not None and zone.province != province:
                        continue
                    if long and _long_type(zone.name) not in (long, ""):
                        continue  # 经济开发区 is not 经济技术开发区: only a short form (经开区) is both
                    found[zone.code + zone.name] = zone
            if len(found) == 1:
                return next(iter(found.values()))
            if len(found) > 1:
                return None
    return None


_DASHES = str.maketrans({"―": "—", "－": "—", "-": "—"})


@functools.cache
def _zone_names() -> frozenset[str]:
    return frozenset(zone.name.translate(_DASHES) for zone in load_zones())


def is_zone_name(name: str) -> bool:
    """Whether ``name`` is a catalogue zone's name exactly as the catalogue writes it (any dash):
    拉萨市达孜工业园区 is not, its 达孜工业园区 is."""
    return name.translate(_DASHES) in _zone_names()


@functools.cache
def _unsuffixed() -> tuple[re.Pattern[str], frozenset[str], int]:
    """The catalogue's names that end in no park ending of kg.patterns (漳州台商投资区, 天津东疆保税港区): a
    regex of their last three characters, the names, and the longest name's length."""
    from kg.extract.names import PARK_END_RE  # names reads the park endings; the catalogue adds its own
    names = frozenset(z.name.translate(_DASHES) for z in load_zones() if not PARK_END_RE.search(z.name))
    ends = sorted({n[-3:] for n in names})
    return re.compile("|".join(map(re.escape, ends))), names, max(map(len, names))


def catalogue_names_in(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are catalogue zones ending in no park ending (漳州台商投资区圣莉雅…项目 →
    漳州台商投资区; tests/data/real/mixed10 fujian_projects_2018): the catalogue helps find them in prose."""
    ends, names, longest = _unsuffixed()
    out = []
    for m in ends.finditer(text):
        e = m.end()
        for size in range(min(longest, e), 3, -1):
            if text[e - size:e].translate(_DASHES) in names:
                out.append((e - size, e))
                break
    return out
