# Pilot Tracker — the two commands a fresh machine needs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_ENV := DJANGO_DEBUG=true
# The app has no built-in secret key outside DEBUG: local tests and benchmarks bring their own.
LOCAL_KEY := DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-local-tests-only-not-a-secret-0123456789abcdefghij}

.PHONY: install demo demo-data serve test lint format messages benchmark clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet ".[dev]"
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

## make demo: install, migrate the embedded SQLite database, load every plan, create demo
## accounts and demo progress, then serve on http://127.0.0.1:8000
demo: demo-data serve

demo-data: install
	$(DEMO_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEMO_ENV) $(BIN)/python manage.py load_plans fixtures/plans/*.yaml
	$(DEMO_ENV) $(BIN)/python manage.py seed_demo

serve: install
	$(DEMO_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

## make test: lint, then the whole pytest-django suite (PostgreSQL/Redis when their URLs are set)
test: install lint
	$(LOCAL_KEY) $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## make messages: the English catalog from the Chinese msgids (en only), then compile every
## catalog, among them locale/zh_Hans (Django's own form messages in our Chinese, kept by hand)
messages: install
	$(DEMO_ENV) $(BIN)/python manage.py makemessages -l en --no-obsolete --ignore=.venv --ignore=tests --ignore=test-artifacts
	$(DEMO_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv

## make benchmark SCALES=1,10,100: pages and rollups at scales of the five plans, on PostgreSQL
## (DATABASE_URL), each against its floor measured in the same run; benchmark-results/*.md|json
SCALES ?= 1,10
RUNS ?= 10
benchmark: install
	$(LOCAL_KEY) $(BIN)/python manage.py benchmark --scales $(SCALES) --runs $(RUNS) $(BENCHMARK_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
