"""The graph as files: formats other tools open (export), the HTML view (html), analysis networks
(networks), career tables (careers), figures (plotting); file attributes shared by all (attributes).

The registry below is what the CLI offers; it is read without importing the writers
(networkx, pandas), so ``kg extract`` does not pay for them.
"""

#: Whole-graph formats (kg.export.export.export_graph).
FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "csv", "html")
#: The analysis networks (kg.export.networks.project) and the formats they are written in.
NETWORKS: tuple[str, ...] = ("cooperation", "personnel", "bipartite")
NETWORK_FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv")
