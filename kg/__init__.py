"""policy-kg: Chinese local-government documents → a knowledge graph with evidence."""

__version__ = "0.1.0"

from kg.recache import install as _install_regex_memo

_install_regex_memo()  # kg's ~2,000 character classes optimised once each (kg.recache)
