"""policy-kg: Chinese local-government documents → a knowledge graph with evidence."""

__version__ = "0.1.0"

from kg.recache import install as _install_regex_memo
from kg.recache import install_code as _install_regex_code

_install_regex_memo()  # kg's ~2,000 character classes optimised once each (kg.recache)
_install_regex_code()  # kg's patterns' code read from the package, not compiled (kg.recache)
