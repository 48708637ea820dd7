"""policy-kg: Chinese local-government documents → a knowledge graph with evidence."""

__version__ = "0.1.0"
