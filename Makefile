# aiwyn-client: every command a developer or CI needs. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
PY_STAMP   := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.DEFAULT_GOAL := help
.PHONY: help setup fetch generate check-generated lint mock demo test test-slow test-variants test-public test-soak variants bench coverage diff regen clean postgres

help: ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

setup: $(PY_STAMP) $(NODE_STAMP) ## create .venv (generator, dev tools, editable client) and install Node tools

$(PY_STAMP): pyproject.toml generated/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]' -e './generated[fast,cli,parquet,warehouse,postgres,lakehouse]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

fetch: $(PY_STAMP) ## download the published description into openapi/aiwyn.yaml (URL=... to override)
	$(PY) -m generator fetch $(if $(URL),--url $(URL))

generate: $(PY_STAMP) ## regenerate generated/ from openapi/aiwyn.yaml
	$(PY) -m generator generate

check-generated: $(PY_STAMP) ## fail if generated/ differs from a fresh generation
	$(PY) -m generator check

coverage: $(PY_STAMP) ## write docs/coverage.md (documented / inferred / not recovered)
	$(PY) -m generator coverage

diff: $(PY_STAMP) ## what changed between OLD=... and NEW=... descriptions (FORMAT=md|json)
	$(PY) -m generator diff $(OLD) $(NEW) --format $(or $(FORMAT),md)

regen: setup ## new description (SPEC=file, URL=..., or fetched) -> generate -> test -> version + CHANGELOG
	$(PY) -m generator regen $(if $(SPEC),--spec $(SPEC)) $(if $(URL),--url $(URL)) $(if $(OLD),--old $(OLD)) $(if $(TESTS),--test-command "$(TESTS)")

lint: setup ## ruff and mypy --strict (overlays/ directly), pyright strict on the typed example, spec validation, redocly lint, workflow schemas and zizmor
	$(BIN)/ruff check generator tests examples bench overlays/aiwyn_client
	$(BIN)/ruff format --check generator tests examples bench overlays/aiwyn_client
	$(BIN)/mypy generator examples bench
	node_modules/.bin/pyright --pythonpath $(PY) examples/typed_script.py
	$(PY) -m generator typecheck
	cd generated && ../$(BIN)/ruff check --no-cache aiwyn_client
	$(BIN)/openapi-spec-validator openapi/aiwyn.yaml
	node_modules/.bin/redocly lint openapi/aiwyn.yaml --config redocly.yaml --format stylish
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	$(BIN)/zizmor --offline .github/workflows/

mock: setup ## serve the spec with Prism on 127.0.0.1:4010 (foreground)
	$(PY) -m generator mock

demo: setup ## the main job: run examples/quickstart.py against a Prism mock
	$(PY) -m generator demo

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
postgres: ## install the PostgreSQL server the sync tests start (Debian's postgresql package), unless one is there
	@if ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then echo "PostgreSQL server: $$(ls -d /usr/lib/postgresql/*/bin | tail -1)"; \
	else $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends postgresql; fi

test: lint check-generated postgres ## lint, drift check, then the fast tests: unit, runtime, command, generator, contract and PostgreSQL (2 at a time)
	$(PY) -m pytest -n 2

test-slow: setup ## the slow tests: identical builds, regeneration end to end, a fresh virtualenv, public descriptions against Prism
	$(PY) -m pytest -n 2 -m slow

test-variants: setup ## build every description variant (tests/generator/variants) into a package and use it, 2 at a time
	$(PY) -m pytest -m variants -n 2 tests/generator

test-public: setup ## build every public description of tests/generator/public/corpus.yaml and use it against Prism, 2 at a time
	$(PY) -m pytest -m public -n 2 tests/generator/test_public_corpus.py tests/generator/test_public_sync.py

test-soak: setup ## 300,000 records through the stateful fake server with every fault at once, sync and async (a few minutes)
	$(PY) -m pytest -m soak -s tests/runtime/paging/test_soak.py

variants: $(PY_STAMP) ## write the variant corpus as YAML into build/variants/ (to try one: SPEC=build/variants/NAME.yaml make regen)
	$(PY) -m tests.generator.variants.corpus build/variants

bench: setup ## benchmarks as ratios (decode, start-up, memory, call overhead, export, the command, regeneration) -> bench/results.md
	$(PY) -m bench

clean: ## remove the virtualenv and Node modules
	rm -rf $(VENV) node_modules
