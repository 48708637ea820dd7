"""placeholder"""
from __future__ import annotations


def article_layer(page: str, name: str) -> str | None:
    return None
