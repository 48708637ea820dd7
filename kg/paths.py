"""Where the repository's own folders are (cypher/, seeds/) when run from a checkout."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CYPHER_DIR = ROOT / "cypher"
SEEDS = ROOT / "seeds"
