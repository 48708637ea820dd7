"""The offline graph: resolved facts → a networkx MultiDiGraph (graph), and the graph of a period (timeslice)."""
