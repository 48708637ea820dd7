"""The Neo4j store: the graph loaded into Neo4j, idempotently, source by source (store)."""
