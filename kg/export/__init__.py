"""The graph as files: formats other tools open (export), the HTML view (html), analysis networks (networks), figures (plotting); file attributes shared by all (attributes)."""
