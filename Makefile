# Two commands from a fresh clone: `make run` (set up and serve) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run setup test test-fast faults messages lint system-packages

# Debian packages (gettext, WeasyPrint's libraries and fonts, the PostgreSQL client); installs only what is missing.
system-packages:
	@bash scripts/install-system-packages.sh

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

# Compiled translations are build output (not in git): rebuilt from locale/*/LC_MESSAGES/django.po.
messages: $(VENV)/.installed system-packages
	@$(MANAGE) compilemessages --ignore=.venv --ignore=var > /dev/null

setup: $(VENV)/.installed messages
	@mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo

run: setup
	@echo ""
	@echo "  Public site:  http://127.0.0.1:$(PORT)/"
	@echo "  Staff admin:  http://127.0.0.1:$(PORT)/admin/   (demo accounts above, development only)"
	@echo "  Emails are written to var/mail/, one .eml file per message."
	@echo ""
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# axe-core (npm) for the browser tests' accessibility check; without npm those tests skip and say why.
test: $(VENV)/.installed-dev messages
	@[ -d node_modules/axe-core ] || ! command -v npm > /dev/null || npm ci --no-audit --no-fund
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

# The edit-test loop: everything but the tests marked slow (browsers, servers, fuzzing, whole-catalogue seeding).
test-fast: $(VENV)/.installed-dev messages
	$(BIN)/pytest -n 2 -m "not slow" $(PYTEST_ARGS)

# The fault suite (docs/faults.md): the production shape on its own PostgreSQL cluster and Redis, each fault under a
# mixed load, the invariants after each. Needs root; about 12 minutes. FAULTS="redis web-worker" runs only those,
# FAULTS_ARGS="--short" the test suite's windows, FAULTS_ARGS="--write docs/faults.md" records the table.
faults: $(VENV)/.installed-dev messages
	$(BIN)/python -m tests.faults.run $(FAULTS) $(FAULTS_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
