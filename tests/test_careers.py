"""Career data (kg.export.careers, `kg export --careers`) on the real personnel corpora: every file is
written and reads back (pandas CSV, Parquet, read_stata with the same rows and Chinese labels),
every spell has evidence for its start that slices exactly from its source, and the panels
agree with the spells."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.export.careers import COLUMNS, TABLES, career_tables, codebook, rank_of, spell_years, write_careers
from kg.graph.graph import build_graph
from kg.paths import ROOT
from kg.read.sources import read_source

DATA = ROOT / "tests" / "data"
CORPORA = [DATA / "real" / "docs", DATA / "real" / "personnel2",
           DATA / "shared" / "realdev" / "docs", DATA / "shared" / "realdev2" / "docs"]


@pytest.fixture(scope="module")
def graph():
    from kg.pipeline import extract_paths

    return build_graph(extract_paths(CORPORA))


@pytest.fixture(scope="module")
def tables(graph) -> dict[str, pd.DataFrame]:
    return career_tables(graph)


@pytest.fixture(scope="module")
def written(graph, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("careers")
    write_careers(graph, folder)
    return folder


@pytest.fixture(scope="module")
def originals() -> dict[str, str]:
    """Decoded text of every source, by its name relative to the folder given."""
    out: dict[str, str] = {}
    for folder in CORPORA:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".htm")):
            name = path.relative_to(folder).as_posix()
            assert name not in out, f"two sources named {name}"
            out[name] = read_source(path).original
    return out


def test_every_table_is_written_in_three_formats_with_a_codebook(written):
    for table in TABLES:
        for ext in ("csv", "dta", "parquet"):
            assert (written / f"{table}.{ext}").stat().st_size > 0, (table, ext)
    book = (written / "codebook.md").read_text(encoding="utf-8")
    for table, columns in COLUMNS.items():
        assert f"## {table}" in book
        for column in columns:
            assert f"| `{column.name}` |" in book
    assert book == codebook()


@pytest.mark.parametrize("table", TABLES)
def test_csv_parquet_and_stata_read_back_with_the_same_rows(written, tables, table):
    frame = tables[table]
    assert len(frame) > 0
    columns = [c.name for c in COLUMNS[table]]
    from_csv = pd.read_csv(written / f"{table}.csv", dtype=str, keep_default_na=False)
    from_parquet = pd.read_parquet(written / f"{table}.parquet")
    from_stata = pd.read_stata(written / f"{table}.dta")
    for read in (from_csv, from_parquet, from_stata):
        assert list(read.columns) == columns and len(read) == len(frame)
    text_columns = [c.name for c in COLUMNS[table] if c.type in ("str", "date")]
    want = frame[text_columns].fillna("").astype(str).reset_index(drop=True)
    for read in (from_csv, from_parquet, from_stata):
        assert read[text_columns].fillna("").astype(str).reset_index(drop=True).equals(want)
    for column in (c.name for c in COLUMNS[table] if c.type == "int"):
        assert list(from_stata[column].fillna(-1).astype(int)) == list(frame[column].fillna(-1).astype(int))
    labels = pd.io.stata.StataReader(written / f"{table}.dta").variable_labels()
    assert labels == {c.name: c.label for c in COLUMNS[table]}  # Chinese labels kept


def test_every_spell_has_evidence_for_its_start_equal_to_its_source_slice(tables, originals):
    spells = tables["spells"]
    assert len(spells) >= 250
    for row in spells.itertuples():
        assert row.start_quote and row.start_source, row
        text = originals[row.start_source]
        assert text[row.start_from:row.start_to] == row.start_quote, row
        if row.end_quote:
            assert originals[row.end_source][row.end_from:row.end_to] == row.end_quote, row
    closed = spells[spells["end_quote"] != ""]
    assert len(closed) >= 60  # removals read: the end of a spell has its evidence too


def test_spells_are_numbered_in_career_order_per_person(tables):
    spells = tables["spells"]
    for _, group in spells.groupby("person_id"):
        assert list(group["seq"]) == list(range(1, len(group) + 1))
        dated = [d for d in group["start_date"].fillna("") if d]
        assert dated == sorted(dated)
    persons = tables["persons"]
    assert set(spells["person_id"]) <= set(persons["person_id"])
    counts = spells.groupby("person_id").size()
    assert (persons.set_index("person_id").loc[counts.index, "n_spells"] == counts).all()


def test_person_year_is_the_years_of_the_spells(tables):
    spells, person_year = tables["spells"], tables["person_year"]
    want = sorted((s["person_id"], year, s["seq"], how) for s in spells.to_dict("records")
                  for year, how in spell_years({**s, "start_year": None if pd.isna(s["start_year"]) else s["start_year"],
                                                "end_year": None if pd.isna(s["end_year"]) else s["end_year"]}))
    got = sorted(zip(person_year["person_id"], person_year["year"], person_year["seq"], person_year["observed"],
                     strict=True))
    assert got == want and len(got) >= 50
    merged = person_year.merge(spells, on=["person_id", "seq"], suffixes=("", "_spell"))
    assert len(merged) == len(person_year)
    assert (merged["post"] == merged["post_spell"]).all() and (merged["unit"] == merged["unit_spell"]).all()
    for row in merged.itertuples():
        first = row.start_year if not pd.isna(row.start_year) else row.end_year
        last = row.end_year if not pd.isna(row.end_year) else row.start_year
        assert min(first, last) <= row.year <= max(first, last)


def test_post_year_counts_the_holders_of_each_post_in_each_year(tables):
    person_year, post_year = tables["person_year"], tables["post_year"]
    assert len(post_year) == len(person_year)
    holders = post_year.groupby(["post_id", "year"])["person_id"].nunique()
    assert (post_year.set_index(["post_id", "year"])["holders"].groupby(level=[0, 1]).first() == holders).all()


def test_ranks_come_from_the_rule_table(tables):
    spells = tables["spells"]
    ranked = spells[spells["rank"].fillna("") != ""]
    assert len(ranked) >= 50
    assert set(ranked["rank"]) <= {"正部级", "副部级", "正厅级", "副厅级", "正处级", "副处级", "正科级", "副科级"}
    mayors = spells[(spells["post_norm"] == "市长") & (spells["unit_level"] == "city")
                    & (spells["unit_kind"] == "local government") & (spells["unit_code"].fillna("") != "")]
    assert len(mayors) > 0 and set(mayors["rank"]) <= {"正厅级", "副部级"}
    acting = spells[spells["post"].str.startswith("代理").fillna(False)]
    assert len(acting) > 0 and acting["acting"].all()
    assert (acting["post_norm"] == acting["post"].str[2:]).all()


@pytest.mark.parametrize(("post", "unit", "place", "rank"), [
    ("市长", "government", "prefecture", "正厅级"),
    ("市长", "government", "subprovincial", "副部级"),
    ("副县长", "government", "county", "副处级"),
    ("常务副县长", "government", "county", "副处级"),
    ("局长", "department", "prefecture", "正处级"),
    ("主任", "congress", "province", "正部级"),
    ("书记", "party", "prefecture", "正厅级"),
    ("常委", "party", "county", "副处级"),
    ("副书记", "party", "prefecture", ""),  # 副厅 or 正厅 by province: no rule
    ("组长", "other", "county", ""),
    ("市长", "government", "", ""),
])
def test_rank_rules(post, unit, place, rank):
    assert rank_of(post, unit, place) == rank


def test_cli_export_careers_writes_the_folder_and_rejects_other_outputs(tmp_path):
    runner = CliRunner()
    folder = tmp_path / "careers"
    done = runner.invoke(cli, ["export", str(DATA / "real" / "personnel2"), "--careers", str(folder)])
    assert done.exit_code == 0, done.output
    assert "wrote career data" in done.output
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{t}.{e}" for t in TABLES for e in ("csv", "dta", "parquet")] + ["codebook.md"])
    bad = runner.invoke(cli, ["export", str(DATA / "real" / "personnel2"), "--careers", str(folder),
                              "--network", "cooperation"])
    assert bad.exit_code != 0 and "--careers" in bad.output


def test_a_transfer_in_one_notice_lists_the_post_left_before_the_post_taken(tables):
    """免去A职务, 任命为B in one notice: the spell known only by that removal comes first."""
    spells = tables["spells"]
    checked = 0
    for _, career in spells.groupby("person_id"):
        left = career[(career["start_date"].fillna("") == "") & (career["end_quote"].fillna("") != "")
                      & (career["start_quote"] == career["end_quote"])]
        for row in left.itertuples():
            taken = career[(career["start_doc"] == row.end_doc) & (career["start_quote"] != career["end_quote"])
                           & (career["end_quote"].fillna("") == "")]
            for later in taken.itertuples():
                if (later.start_date or "") in ("", row.end_date or ""):
                    assert row.seq < later.seq, (row.person_id, row.post, later.post)
                    checked += 1
    assert checked >= 5


def test_how_a_spell_began_and_ended_are_the_event_kinds(tables):
    spells = tables["spells"]
    began, ended = spells["began"].fillna(""), spells["ended"].fillna("")
    assert set(began) - {""} <= {"election", "appointment", "engagement", "acting"}
    assert set(ended) - {""} <= {"removal", "resignation", "recall", "termination"}
    opened = spells["start_quote"] != spells["end_quote"]  # begun by an appointment, not known by its end only
    assert (began[opened] != "").all()
    assert (ended[spells["end_quote"].fillna("") != ""] != "").all()
    assert (began == "acting").sum() > 0 and spells.loc[began == "acting", "acting"].all()


def test_places_at_three_levels(tables):
    spells, persons = tables["spells"], tables["persons"]
    placed = spells[spells["unit_code"].fillna("") != ""]
    assert len(placed) >= 100 and (placed["unit_province"].fillna("") != "").all()
    county = placed[placed["unit_level"] == "district"]
    assert len(county) > 0 and (county["unit_county"].fillna("") != "").mean() > 0.9
    row = persons.set_index("person_id").loc["盛阅春@绍兴市"]
    assert (row["province"], row["prefecture"], row["county"]) == ("浙江省", "绍兴市", "")


def test_a_party_committee_secretary_is_ranked_and_its_organs_are_not(tables):
    spells = tables["spells"]
    secretary = spells[(spells["person_id"] == "彭佳学@绍兴市") & (spells["unit"] == "中共绍兴市委员会")
                       & (spells["post"] == "书记")]
    assert list(secretary["rank"]) == ["正厅级"]
    organs = tables["spells"][tables["spells"]["unit"].str.contains("纪律检查|组织部|宣传部").fillna(False)]
    assert (organs["rank"].fillna("") == "").all()
