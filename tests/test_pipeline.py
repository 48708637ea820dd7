"""The main job end to end on the seeds: evidence, sharding, parallel runs."""

from __future__ import annotations

import pytest

from kg.paths import SEEDS
from kg.pipeline import extract_paths, in_shard, read_facts, write_facts
from kg.read.sources import read_source
from kg.records import SECTIONS


def _records_with_evidence(facts):
    for section in SECTIONS:
        for record in facts.get(section) or []:
            if record.get("evidence"):
                yield section, record


def test_every_evidence_quote_equals_the_source_slice(seed_facts, seed_paths):
    originals = {p.name: read_source(p).original for p in seed_paths}
    checked = 0
    for section, record in _records_with_evidence(seed_facts):
        ev = record["evidence"]
        assert originals[ev["source"]][ev["start"] : ev["end"]] == ev["quote"], (section, record)
        checked += 1
    assert checked > 0


def test_every_fact_has_evidence(seed_facts):
    for section in ("documents", "cited_documents", "task_assignments", "projects", "appointments",
                    "parks", "officials_mentioned", "agreements"):
        for record in seed_facts[section]:
            assert record.get("evidence"), (section, record)


def test_facts_round_trip_through_json(seed_facts, tmp_path):
    path = tmp_path / "facts.json"
    write_facts(seed_facts, path)
    assert read_facts(path) == {k: seed_facts.get(k, []) for k in SECTIONS}


@pytest.mark.parametrize("count", [2, 3, 5])
def test_shards_partition_the_files(seed_paths, count):
    owners = [[i for i in range(count) if in_shard(p, (i, count))] for p in seed_paths]
    assert all(len(o) == 1 for o in owners)


def test_shards_together_give_the_whole_corpus(seed_facts):
    parts = [extract_paths([SEEDS], shard=(i, 2), resolve=False) for i in range(2)]
    for section in ("documents", "task_assignments", "appointments"):
        assert sorted(map(repr, parts[0][section] + parts[1][section])) == sorted(
            map(repr, extract_paths([SEEDS], resolve=False)[section])
        )


def test_two_jobs_give_the_same_facts_as_one(seed_facts):
    assert extract_paths([SEEDS], jobs=2) == seed_facts


def test_to_dict_matches_dataclasses_asdict():
    import dataclasses

    from kg.records import Evidence, TaskAssignment, to_dict

    task = TaskAssignment("a.txt", "d", "n", "task", 1, "任务", "锚", ("市经信局", "市发改委"), (), (), "（）",
                          Evidence("a.txt", 1, 2, "x"), targets=("5%",))
    expected = {k: list(v) if isinstance(v, tuple) else v for k, v in dataclasses.asdict(task).items()}
    del expected["evidence"]["page"]  # a page is written only when the text has pages
    assert to_dict(task) == expected
    paged = dataclasses.replace(task, evidence=Evidence("a.txt", 1, 2, "x", page=3))
    assert to_dict(paged)["evidence"] == {"source": "a.txt", "start": 1, "end": 2, "quote": "x", "page": 3}


def test_streamed_facts_equal_the_merged_facts(tmp_path):
    """`stream_facts` (kg extract --no-resolve) spools file by file and writes the facts that
    extract_paths(resolve=False) returns, citations marked alike; no spool is left behind."""
    from kg.facts import read_facts
    from kg.pipeline import ExtractReport, stream_facts

    report = ExtractReport()
    sizes = stream_facts([SEEDS], tmp_path / "facts.json", report=report)
    merged = extract_paths([SEEDS], resolve=False)
    assert read_facts(tmp_path / "facts.json") == merged
    assert sizes == {k: len(v) for k, v in merged.items()} and report.files == len(list(SEEDS.glob("*.txt")))
    assert any(c["has_body_in_sources"] for c in merged["cited_documents"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.json"]


def test_an_interrupted_stream_leaves_no_spool_and_no_facts(tmp_path):
    from kg.pipeline import stream_facts

    def stop(_path, _chars):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        stream_facts([SEEDS], tmp_path / "facts.json", on_file=stop)
    assert list(tmp_path.iterdir()) == []


def _notice_docx(path, lines) -> None:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)


def test_two_attachments_of_one_name_in_two_folders_stay_two_sources(tmp_path):
    """Government downloads are full of 附件1.docx: each is named by its path in the folder
    given, its text layer is saved under that path, and every evidence slices from its own."""
    from kg.pipeline import TEXT_DIR, build, layer_path

    corpus = tmp_path / "x"
    _notice_docx(corpus / "a" / "附件1.docx", [
        "宁波市人民政府办公厅关于印发宁波市数字经济发展行动方案的通知", "甬政办发〔2021〕79号",
        "一、推进工业互联网平台建设（牵头单位：市经信局；配合单位：市发改委、市财政局）",
        "二、培育数字经济龙头企业（牵头单位：市科技局）"])
    _notice_docx(corpus / "b" / "附件1.docx", [
        "宁波市人民政府关于王程等同志职务任免的通知", "甬政干〔2021〕34号",
        "决定任命王程为宁波市经济和信息化局局长。",
        "三、建设城市大脑（牵头单位：市大数据局；配合单位：市公安局）"])
    result = build([corpus], tmp_path / "out")
    layers = {name: layer_path(tmp_path / "out" / TEXT_DIR, name).read_text(encoding="utf-8")
              for name in ("a/附件1.docx", "b/附件1.docx")}
    assert layers["a/附件1.docx"] != layers["b/附件1.docx"]
    assert not (tmp_path / "out" / TEXT_DIR / "附件1.docx.txt").exists()
    records = [rec for _, rec in _records_with_evidence(result.facts)]
    assert {rec["evidence"]["source"] for rec in records} == set(layers)
    assert sum(rec["evidence"]["source"] == "b/附件1.docx" for rec in records) >= 3
    for rec in records:
        ev = rec["evidence"]
        assert layers[ev["source"]][ev["start"]:ev["end"]] == ev["quote"]
