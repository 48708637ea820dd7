"""cypher/schema.cypher on the server: its statements applied (constraints, indexes), the
old bare-name keys refused, and the largest value each index takes (checked before a load writes).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from pathlib import Path

from neo4j import Driver

from kg.errors import StoreError
from kg.paths import CYPHER_DIR
from kg.store.connection import store_errors

SCHEMA_FILE = CYPHER_DIR / "schema.cypher"


#: Bytes of a string property beyond which a range index refuses it (Neo4j: 8,167 bytes
#: per entry); longer indexed values are kept out of such indexes (see schema.cypher).
INDEX_VALUE_LIMIT = 8_000


#: The same for a TEXT index (Lucene's term limit is 32,766 bytes).
TEXT_INDEX_VALUE_LIMIT = 32_000


def schema_statements(path: Path = SCHEMA_FILE) -> list[str]:
    """The statements of a .cypher file: ``//`` comment lines dropped, split on ``;``."""
    text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith("//"))
    return [stmt.strip() for stmt in text.split(";") if stmt.strip()]


def apply_schema(driver: Driver, path: Path = SCHEMA_FILE, *, database: str | None = None) -> int:
    """Create the constraints and indexes (idempotent) and wait until they are online."""
    statements = schema_statements(path)
    with store_errors("applying the schema"), driver.session(database=database) as session:
        for stmt in statements:
            session.run(stmt).consume()
        session.run("CALL db.awaitIndexes(300)").consume()
    return len(statements)


#: Constraints of the bare-name keys that Official and Park had before name@place keys.
OLD_KEY_CONSTRAINTS = ("official_name", "park_name")


_DROP_OLD_KEY = {"official_name": "DROP CONSTRAINT official_name IF EXISTS",
                 "park_name": "DROP CONSTRAINT park_name IF EXISTS"}


def check_keys(driver: Driver, *, wiped: bool, database: str | None = None) -> None:
    """Refuse to mix key schemes: a database loaded with bare-name Official/Park keys
    must be reloaded with ``--wipe`` (after a wipe, the old constraints are dropped)."""
    with store_errors("checking the stored keys"), driver.session(database=database,
                                                             notifications_min_severity="OFF") as session:
        old = [r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name WHERE name IN $old RETURN name",
                                              old=list(OLD_KEY_CONSTRAINTS))]
        if wiped:
            for name in old:
                session.run(_DROP_OLD_KEY[name]).consume()
            return
        stale = session.run("MATCH (n) WHERE (n:Official OR n:Park) AND n.id IS NULL RETURN count(n) AS n").single()
    if old or (stale is not None and stale["n"]):
        raise StoreError("the database holds Official/Park nodes keyed by bare name (loaded by an older "
                         "policy-kg); officials are now name@place and parks name@region: reload with "
                         "`kg load --wipe`")


_INDEX_RE = re.compile(r"CREATE (TEXT )?(?:INDEX|CONSTRAINT) \w+ IF NOT EXISTS FOR "
                       r"(?:\(\w+:(\w+)\)|\(\)-\[\w+:(\w+)\]-\(\)) (?:ON \(\w+\.(\w+)\)|REQUIRE \w+\.(\w+) IS UNIQUE)")


@functools.lru_cache(maxsize=4)
def index_limits(path: Path = SCHEMA_FILE) -> dict[str, tuple[tuple[str, int], ...]]:
    """``{label or type: ((property, bytes), ...)}``: the properties schema.cypher indexes and
    the largest value each index takes. Neo4j refuses a longer value at write time, in the
    middle of a load; :func:`load_graph` refuses it before the first write instead."""
    found: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for statement in schema_statements(path):
        match = _INDEX_RE.fullmatch(" ".join(statement.split()))
        if match:
            text, label, rel_type, on, key = match.groups()
            found[label or rel_type].append((on or key, TEXT_INDEX_VALUE_LIMIT if text else INDEX_VALUE_LIMIT))
    return {name: tuple(props) for name, props in found.items()}
