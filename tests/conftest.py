"""Shared fixtures: the seed corpus and its facts, extracted once per session; the real
Neo4j server that scripts/neo4j started (tests marked ``neo4j``); the fault suite's table
(issue 22), which any test module adds rows to and the run prints at its end."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.paths import ROOT, SEEDS

#: The fault suite's rows (issue 22): case, expected, observed, ok.
FAULT_ROWS: list[tuple[str, str, str, bool]] = []


def record(case: str, expected: str, observed: str, ok: bool) -> bool:
    """A row of the fault suite's table; ``ok`` back, for the test to assert."""
    FAULT_ROWS.append((case, expected, observed, ok))
    return ok


def fault_table(rows: list[tuple[str, str, str, bool]]) -> list[str]:
    """case | expected | observed | ok, in columns."""
    width = [max(len(r[i]) for r in [("case", "expected", "observed", True), *rows]) for i in range(3)]
    lines = [" | ".join(["case".ljust(width[0]), "expected".ljust(width[1]), "observed".ljust(width[2]), "ok"])]
    lines.append("-+-".join("-" * w for w in [*width, 2]))
    return lines + [" | ".join([c.ljust(width[0]), e.ljust(width[1]), o.ljust(width[2]), "ok" if ok else "FAIL"])
                    for c, e, o, ok in rows]


def pytest_terminal_summary(terminalreporter) -> None:
    """The fault suite's table at the end of every run that had its cases, whatever pytest
    captures (CI runs ``pytest -q``, which shows no test's own output)."""
    if FAULT_ROWS:
        terminalreporter.write_sep("-", "fault suite (issue 22)")
        for line in fault_table(FAULT_ROWS):
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_docs(seed_paths) -> list:
    """Every document of the seeds, segmented once for all extractor tests."""
    from kg.read.segment import segment
    from kg.read.sources import read_source

    return [doc for path in seed_paths for doc in segment(read_source(path))]


@pytest.fixture(scope="session")
def seed_facts() -> dict:
    from kg.pipeline import extract_paths

    return extract_paths([SEEDS])


def neo4j_settings() -> dict[str, str]:
    """NEO4J_URI/USER/PASSWORD from the environment, else from .neo4j/env (scripts/neo4j start)."""
    settings = {k: os.environ[k] for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD") if os.environ.get(k)}
    env_file = ROOT / ".neo4j" / "env"
    if "NEO4J_URI" not in settings and env_file.exists():
        for line in env_file.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.removeprefix("export ").strip().partition("=")
            if sep and key in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD"):
                settings.setdefault(key, value.strip("'\""))
    settings.setdefault("NEO4J_USER", "neo4j")
    return settings


@pytest.fixture(scope="session")
def neo4j_driver():
    """One verified driver for the session. No server: skip locally, FAIL in CI (never skip there)."""
    from kg.errors import StoreError
    from kg.store.store import connect

    settings = neo4j_settings()
    try:
        if "NEO4J_URI" not in settings or "NEO4J_PASSWORD" not in settings:
            raise StoreError("NEO4J_URI / NEO4J_PASSWORD not set and no .neo4j/env")
        driver = connect(settings["NEO4J_URI"], settings["NEO4J_USER"], settings["NEO4J_PASSWORD"])
    except StoreError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the real Neo4j (scripts/neo4j start): {exc}", pytrace=False)
        pytest.skip(f"no Neo4j server (run scripts/neo4j start): {exc}")
    yield driver
    driver.close()


@pytest.fixture
def clean_db(neo4j_driver) -> Iterator:
    """The session's driver on an empty database (schema kept)."""
    from kg.store.store import wipe

    wipe(neo4j_driver)
    yield neo4j_driver


#: Real documents of many years (tests/data/real: a 分工 series of two governments and the mixed
#: sets, file names 2005–2026; dates from the texts).
REAL_YEARS = [ROOT / "tests" / "data" / "real" / part for part in ("series", "docs", "final", "heldout")]


@pytest.fixture(scope="session")
def real_facts() -> dict:
    """The facts of every real document of tests/data/real, extracted once: a multi-year corpus
    with dated and undated documents (kg.graph.timeslice)."""
    from kg.pipeline import extract_paths

    return extract_paths(REAL_YEARS)
