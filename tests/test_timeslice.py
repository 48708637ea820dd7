"""Every fact carries its document's date, and the graph is sliced by it (kg/graph/timeslice.py):
queries with year/since/until, exports year by year. Both backends: tests/test_parity.py."""

from __future__ import annotations

import json
from collections import Counter

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import SliceError
from kg.graph.graph import build_graph
from kg.graph.timeslice import Slice, by_year, parse_bound, parse_year, slice_graph, year_of, years
from kg.query.query import QUERIES, check_params, run_query


@pytest.fixture(scope="module")
def graph(real_facts) -> nx.MultiDiGraph:
    return build_graph(real_facts)


def _facts(graph):
    """Every relationship that is a document's fact (not the division table's Region chain)."""
    return [(u, v, k, a) for u, v, k, a in graph.edges(keys=True, data=True) if a["source"] != "gazetteer"]


@pytest.mark.parametrize(("text", "upper", "day"), [
    ("2016", False, "2016-01-01"), ("2016", True, "2016-12-31"), ("2016-2", False, "2016-02-01"),
    ("2016-02", True, "2016-02-29"), ("2015-02", True, "2015-02-28"), ("2016-02-29", True, "2016-02-29"), (" 2005-11-03 ", False, "2005-11-03"),
])
def test_a_bound_is_the_first_or_last_day_of_its_period(text, upper, day):
    assert parse_bound(text, upper=upper) == day


@pytest.mark.parametrize("text", ["16", "2016-13", "2015-02-29", "2016/02", "二〇一六", "2016-02-01T00", "", "0000"])
def test_a_bound_that_is_no_date_is_refused(text):
    with pytest.raises(SliceError, match="is not a date"):
        parse_bound(text)


def test_slices_include_their_bounds_and_leave_undated_facts_out_unless_unbounded():
    s = Slice.of(since="2016-03", until="2017")
    assert [s.contains(d) for d in ("2016-02-29", "2016-03-01", "2017-12-31", "2018-01-01", None, "")] == \
        [False, True, True, False, False, False]
    assert Slice().contains(None) and not Slice().bounded
    assert Slice.of(year=2016) == Slice("2016-01-01", "2016-12-31") == Slice.of(since="2016", until="2016")
    assert parse_year("2016") == 2016
    assert check_params("leads_most_tasks", check_params("leads_most_tasks", {"until": "2017-06"})) == \
        check_params("leads_most_tasks", {"until": "2017-06"})  # checked bounds check again unchanged
    for bad in ({"year": 2016, "since": "2015"}, {"since": "2017", "until": "2016-12-31"}):
        with pytest.raises(SliceError):
            Slice.of(**bad)
    with pytest.raises(SliceError, match="not a year"):
        parse_year("2016-01")


def test_every_fact_carries_the_date_of_its_document_and_undated_ones_none(graph):
    doc_date = {n: a.get("date") for n, a in graph.nodes(data=True) if a["label"] == "Document"}
    task_doc = {u: v for u, v, a in graph.edges(data=True) if a["type"] == "PART_OF" and v.startswith("Document:")}
    checked: Counter[str] = Counter()
    for u, v, _, a in _facts(graph):
        if a["type"] == "HOLDS":
            expected = a.get("start_date") or a.get("end_date")
        elif a["type"] in ("APPOINTS", "REMOVES"):
            expected = a.get("date")  # the record's own date, else its document's (below)
            assert expected is not None or doc_date[u] is None
        elif u in doc_date:
            expected = doc_date[u]
        elif v in doc_date:
            expected = doc_date[v]
        elif v in task_doc:  # LEADS/COOPERATES a task or project: its document's date
            expected = doc_date[task_doc[v]]
        else:  # a park's LOCATED_IN: the document that mentions the park
            docs = {doc_date[d] for d, _, b in graph.in_edges(u, data=True)
                    if b["type"] == "MENTIONS" and b["source"] == a["source"]}
            assert len(docs) == 1, (u, v, a)
            expected = docs.pop()
        assert a.get("date") == expected, (u, v, a)
        assert expected is None or year_of(expected) is not None, expected
        checked["dated" if expected else "undated"] += 1
    for n, a in graph.nodes(data=True):
        if a["label"] in ("Task", "Project"):
            assert a.get("date") == doc_date[task_doc[n]], (n, a)
    # the real corpus has both, in numbers: undated documents stay undated, never guessed
    assert checked["dated"] >= 100 and checked["undated"] >= 100, checked
    assert "date" not in graph.nodes["Document:" + next(
        a["id"] for n, a in graph.nodes(data=True) if a["label"] == "Document"
        and a.get("source") == "heilongjiang_sheng_zhengfugongzuobaogao_fengong_2013.txt")]


def test_a_date_as_precise_as_written_lies_in_its_year_and_one_without_a_year_is_undated():
    assert [year_of(d) for d in ("2018-06-01", "2018-06", "09-18", "", None, "2018年6月")] == \
        [2018, 2018, None, None, None, None]
    assert Slice.of(year=2018).contains("2018-06") and not Slice.of(year=2018).contains("09-18")


def test_an_appointment_keeps_the_date_its_record_gives():
    facts = {"documents": [{"id": "D1", "source": "a.txt", "date": "2016-01-05"}],
             "appointments": [{"doc_id": "D1", "source": "a.txt", "person": "王程", "action": "appoint",
                               "position": "局长", "date": "2015-12-30"},
                              {"doc_id": "D1", "source": "a.txt", "person": "李明", "action": "remove",
                               "position": "局长"}]}
    dates = {v: a.get("date") for _, v, a in build_graph(facts).edges(data=True)}
    assert dates == {"Official:王程": "2015-12-30", "Official:李明": "2016-01-05"}


def test_the_division_tables_region_chain_is_timeless(graph):
    chain = [a for *_, a in graph.edges(data=True) if a["source"] == "gazetteer"]
    assert chain and all("date" not in a for a in chain)
    part = slice_graph(graph, Slice.of(year=2023))
    for n, a in part.nodes(data=True):  # every region of the slice has its chain upwards
        if a["label"] == "Region" and graph.nodes[n].get("parent"):
            assert any(b["type"] == "PART_OF" for *_, b in part.out_edges(n, data=True)), n


def test_year_by_year_every_fact_lies_in_exactly_one_part(graph):
    found, undated = years(graph)
    assert undated and len(found) >= 5 and found == sorted(found)
    parts = dict(by_year(graph))
    assert list(parts) == [*map(str, found), "undated"]
    seen: Counter[tuple] = Counter()
    for stem, part in parts.items():
        for u, v, k, a in _facts(part):
            assert (str(year_of(a.get("date"))) if a.get("date") else "undated") == stem, (stem, a)
            seen[u, v, k] += 1
    assert seen == Counter((u, v, k) for u, v, k, _ in _facts(graph))


def test_no_bounds_is_the_whole_graph_and_a_slice_reads_only_its_facts(graph):
    for name in ("leads_most_tasks", "cooperation_pairs", "personnel_moves", "lead_officials"):
        whole = run_query(name, {}, graph=graph)
        assert whole.equals(run_query(name, {"since": None, "until": None}, graph=graph))
    # tasks partition over years (and undated): a unit's yearly counts add up to its total
    big = {"limit": 1_000_000}
    total = run_query("leads_most_tasks", big, graph=graph).set_index("unit")["tasks"]
    found, _ = years(graph)
    per_year = [run_query("leads_most_tasks", big | {"year": y}, graph=graph).set_index("unit")["tasks"]
                for y in found]
    assert sum(len(p) for p in per_year) > len(found)
    dated = run_query("leads_most_tasks", big | {"since": str(found[0])}, graph=graph).set_index("unit")["tasks"]
    yearly = sum((Counter(p[p > 0].to_dict()) for p in per_year), Counter())
    assert yearly == Counter(dated[dated > 0].to_dict())
    assert all(total[u] >= n for u, n in dated.items()) and total.sum() > dated.sum()


def test_every_named_query_takes_the_slice(graph):
    for name, spec in QUERIES.items():
        assert {"year", "since", "until"} <= {p.name for p in spec.params}, name
    assert check_params("personnel_moves", {"year": "2020"}) == {"since": "2020-01-01", "until": "2020-12-31"}
    assert check_params("personnel_moves", {"until": "2020-06"}) == {"since": None, "until": "2020-06-30"}
    moves = run_query("personnel_moves", {"since": "2020-07-01", "until": "2020-07-31"}, graph=graph)
    assert len(moves) and set(moves["date"].str[:7]) == {"2020-07"}
    assert run_query("personnel_moves", {"year": 1999}, graph=graph).empty


def _run(args):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


@pytest.fixture(scope="module")
def facts_file(real_facts, tmp_path_factory):
    path = tmp_path_factory.mktemp("facts") / "facts.json"
    path.write_text(json.dumps(real_facts, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "2016-13"], "since: '2016-13' is not a date"),
    (["--until", "soon"], "until: 'soon' is not a date"),
    (["--param", "year=20x"], "year: '20x' is not a year"),
    (["--param", "year=2016", "--since", "2015"], "give year or since/until, not both"),
    (["--since", "2020", "--until", "2019"], "since 2020-01-01 is after until 2019-12-31"),
    (["--param", "since=2021-02-30"], "since: '2021-02-30' is not a date"),
])
def test_a_bad_slice_is_one_line_and_exit_2(facts_file, args, message):
    result = _run(["query", "leads_most_tasks", "--facts", facts_file, *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"kg: error: leads_most_tasks: {message}")
    assert result.output.count("\n") == 1


def test_since_and_until_are_the_query_parameters(facts_file):
    by_option = _run(["query", "cooperation_pairs", "--facts", facts_file, "--since", "2020", "--until", "2023-06",
                      "--format", "json"])
    by_param = _run(["query", "cooperation_pairs", "--facts", facts_file, "--param", "since=2020",
                     "--param", "until=2023-06", "--format", "json"])
    assert by_option.exit_code == 0 and by_option.output == by_param.output and json.loads(by_option.output)
    both = _run(["query", "cooperation_pairs", "--facts", facts_file, "--since", "2020", "--param", "since=2021"])
    assert both.exit_code == 2 and "both given" in both.output


@pytest.mark.parametrize("network", [None, "cooperation", "personnel"])
def test_export_by_year_writes_a_file_per_year_and_one_for_undated_facts(graph, facts_file, tmp_path, network):
    out = tmp_path / "by-year"
    (out).mkdir()
    (out / "1999.graphml").write_text("stale")  # from an earlier export: removed
    (out / "notes.graphml").write_text("mine")  # not a year file: kept
    args = ["export", "--facts", facts_file, "--by-year", "-o", str(out)] + (["--network", network] if network else [])
    result = _run(args)
    assert result.exit_code == 0, result.output
    found, _ = years(graph)
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{y}.graphml" for y in found]
                                                           + ["undated.graphml", "notes.graphml"])
    assert not list(out.glob(".*"))  # no temporaries left
    parts = dict(by_year(graph))
    total = 0
    for stem, part in parts.items():
        read = nx.read_graphml(out / f"{stem}.graphml")
        if network is None:
            assert read.number_of_nodes() == part.number_of_nodes()
            assert read.number_of_edges() == part.number_of_edges()
            total += len(_facts(part))
        else:
            from kg.export.networks import project
            net = project(part, network)
            assert (read.number_of_nodes(), read.number_of_edges()) == (net.number_of_nodes(), net.number_of_edges())
    if network is None:
        assert total == len(_facts(graph))


def test_export_by_year_as_csv_folders_and_not_to_stdout(facts_file, tmp_path):
    result = _run(["export", "--facts", facts_file, "--by-year", "--network", "cooperation", "--format", "csv",
                   "-o", str(tmp_path / "coop")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "coop" / "2023" / "edges.csv").is_file() and (tmp_path / "coop" / "undated" / "nodes.csv").is_file()
    result = _run(["export", "--facts", facts_file, "--by-year", "-o", "-"])
    assert result.exit_code == 1 and result.output == "kg: error: --by-year writes a file per year: give -o FOLDER, not -\n"


def test_stats_says_how_many_facts_each_year_holds_and_how_many_are_undated(graph, facts_file):
    result = _run(["stats", "--facts", facts_file])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("facts by year: "))
    counts = dict(part.rsplit(" ", 1) for part in line.removeprefix("facts by year: ").split(", "))
    parts = dict(by_year(graph))
    assert list(counts) == list(parts)
    assert {k: int(v.replace(",", "")) for k, v in counts.items()} == {k: len(_facts(p)) for k, p in parts.items()}
