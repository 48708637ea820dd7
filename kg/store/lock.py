"""The database's load lock: one ``kg load`` at a time (an uncommitted MERGE under a
uniqueness constraint; nothing is ever stored, and a dead loader's lock goes with its connection).
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from neo4j import Driver
from neo4j.exceptions import DriverError, Neo4jError

from kg.errors import StoreError, StoreTimeout
from kg.store.connection import CALL_TIMEOUT, Call, bounded, store_errors

#: Seconds a load waits for another ``kg load`` on the same database to finish.
LOCK_WAIT = 600.0


@contextmanager
def load_lock(driver: Driver, *, database: str | None = None, wait: float = LOCK_WAIT,
              timeout: float = CALL_TIMEOUT, on_wait: Callable[[], Any] | None = None) -> Iterator[float]:
    """Hold the database's load lock while the block runs; yields the seconds waited for it.

    The lock is an uncommitted ``MERGE (:KgLock {name: "load"})`` under the uniqueness
    constraint of schema.cypher: a second loader's MERGE of the same key waits until the
    first transaction ends. The transaction is rolled back at the end, so nothing is ever
    stored, and if a loader dies its connection closes and the server rolls back for it:
    no stale lock survives a crash. ``on_wait()`` is called once after a second of waiting.
    """
    session = driver.session(database=database)
    tx = None
    finished = released = False
    try:
        holder = f"kg load, pid {os.getpid()} on {socket.gethostname()}, {os.urandom(4).hex()}"
        tx = bounded("taking the load lock", timeout, session.begin_transaction, {"kg_load_lock": holder})
        began = time.monotonic()
        take = Call(lambda: tx.run("MERGE (l:KgLock {name: $name}) SET l.holder = $holder",
                                    name="load", holder=holder).consume())
        told = False
        while not take.wait(min(1.0, max(0.0, wait - (time.monotonic() - began)))):
            if time.monotonic() - began >= wait:
                raise StoreTimeout(f"another kg load kept the database's load lock for more than {wait:.0f} s "
                                   "(wait for it, or stop it, and rerun)")
            # a cold server can take seconds to plan the MERGE: say "waiting" only when another holds it
            if on_wait and not told and _other_holder(driver, holder, database=database, timeout=timeout):
                on_wait()
                told = True
        with store_errors("taking the load lock"):
            take.result()
        yield time.monotonic() - began
        finished = True
    finally:
        try:
            if tx is not None:
                bounded("releasing the load lock", timeout, tx.rollback)
            released = True
        except (StoreError, Neo4jError, DriverError, OSError):
            if finished:
                raise
        if released:  # a session blocked on a frozen server would block its close too
            bounded("closing the session", timeout, session.close)


def _other_holder(driver: Driver, mine: str, *, database: str | None, timeout: float) -> bool:
    """Whether a transaction of another kg load holds (or waits for) the load lock."""
    def look() -> bool:
        with driver.session(database=database, notifications_min_severity="OFF") as session:
            return any(r["lock"] != mine for r in session.run(
                "SHOW TRANSACTIONS YIELD metaData WHERE metaData.kg_load_lock IS NOT NULL "
                "RETURN metaData.kg_load_lock AS lock"))

    try:
        return bool(bounded("looking for another load", timeout, look))
    except (StoreError, Neo4jError, DriverError, OSError):
        return True  # cannot tell: say why this load waits
