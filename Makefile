# Eerste Stap: `make run` serves the app with demo content, `make test` runs the whole suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
PORT ?= 8000

.PHONY: run test test-fast lint format messages browser-deps lock clean

$(BIN)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

run: $(BIN)/.installed
	EERSTESTAP_ENV=development PORT=$(PORT) $(BIN)/eerstestap serve

# Browser tests drive Debian's own Chromium; install it (and its driver) when missing.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
		echo "Installing Debian's chromium and chromium-driver for the browser tests"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi

test: $(BIN)/.installed browser-deps
	$(BIN)/pytest -p no:cacheprovider

# The suite without the browser tests, for quick feedback while working.
test-fast: $(BIN)/.installed
	$(BIN)/pytest -p no:cacheprovider -m "not browser"

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(BIN)/.installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Refresh the Dutch catalogue after changing strings (needs GNU gettext), then compile it.
messages: $(BIN)/.installed
	cd eerstestap && ../$(BIN)/django-admin makemessages --locale nl --no-location --no-obsolete \
		--ignore 'testing/*' --settings eerstestap.settings
	cd eerstestap && ../$(BIN)/django-admin compilemessages --locale nl --settings eerstestap.settings

lock: $(BIN)/.installed
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links \
		--output-file requirements.lock requirements.in

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
