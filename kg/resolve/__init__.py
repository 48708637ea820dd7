"""Resolving: surface names → canonical units and places (resolve), officials and their tenures (tenures), the units' reforms (succession)."""
