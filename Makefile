# The two commands of the README: `make build` (main job, no server) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install build test test-fast lint bench regex-code clean

install: $(STAMP)

$(STAMP): pyproject.toml
	scripts/install
	@touch $@

build: install  ## extract + resolve + offline graph on the bundled seeds; no server
	$(VENV)/bin/kg build seeds -o out

test: install  ## everything, with a real Neo4j started by scripts/neo4j
	scripts/test

test-fast: install  ## the part that needs no server
	$(VENV)/bin/pytest -q -m "not neo4j"

lint: install
	$(VENV)/bin/ruff check kg tests bench
	$(VENV)/bin/mypy kg

bench: install
	$(PY) -m bench --sizes 1,10

regex-code: install  ## kg/data/regex_code.bin: kg's patterns compiled once, read at start-up (kg.recache)
	PYTHONPATH=. $(PY) scripts/regex_code.py

clean:
	rm -rf out .pytest_cache
