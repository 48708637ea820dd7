"""PLACEHOLDER: names → canonical units (the resolve helper replaces this)."""

from __future__ import annotations

from typing import Any


def resolve_facts(facts: dict[str, Any]) -> dict[str, Any]:
    return facts
