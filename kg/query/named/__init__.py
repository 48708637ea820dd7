"""The named queries that come with fact kinds, found by being here.

Each module of this package declares ``NAMED``, a tuple of :class:`kg.query.specs.NamedQuery`
(it imports kg.query.specs and nothing of kg.query above it); kg.query.query and
kg.query.evidence add them to the built-in queries. A kind's queries are thus added with new
files only: the module here, cypher/NAME.cypher, cypher/evidence/NAME.cypher and the texts and
parameters tests/test_named_queries.py runs them on (tests/data/queries/NAME.json).
"""

from __future__ import annotations

import importlib
import pkgutil

from kg.query.specs import NamedQuery


def _discover() -> tuple[NamedQuery, ...]:
    found: list[NamedQuery] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.extend(getattr(module, "NAMED", ()))
    return tuple(found)


#: Every named query of this package, by module name then as each module lists them.
NAMED: tuple[NamedQuery, ...] = _discover()
