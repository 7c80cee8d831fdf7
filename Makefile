# The two commands a newcomer needs: `make run` and `make test`. Everything else is set-up they call.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
FLASK  := $(VENV)/bin/flask --app marketplace
PORT   ?= 5000
HOST   ?= 127.0.0.1

.PHONY: run test setup install translations migrate demo lint browser clean

FAKE_STRIPE_PORT ?= 12111
# The address links in emails and Stripe's return pages point to: this run's own.
PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)

## run: set up, migrate SQLite, load demo data if empty, start the fake Stripe server, the worker (emails,
## the orders sweep) and the app
run: setup migrate demo
	@echo "Daraja is starting on http://$(HOST):$(PORT)/  (demo accounts: see README, local use only)"
	FAKE_STRIPE_PORT=$(FAKE_STRIPE_PORT) $(FLASK) fake-stripe run --host 127.0.0.1 --port $(FAKE_STRIPE_PORT) \
	  --webhook-url http://$(HOST):$(PORT)/webhooks/stripe & fake=$$!; \
	FAKE_STRIPE_PORT=$(FAKE_STRIPE_PORT) PUBLIC_BASE_URL=$(PUBLIC_BASE_URL) $(FLASK) worker & worker=$$!; \
	trap 'kill $$fake $$worker 2>/dev/null' EXIT INT TERM; \
	FAKE_STRIPE_PORT=$(FAKE_STRIPE_PORT) PUBLIC_BASE_URL=$(PUBLIC_BASE_URL) $(FLASK) run --host $(HOST) --port $(PORT)

## test: set up, then ruff and every test (PostgreSQL too when MARKETPLACE_TEST_POSTGRES_URL is set)
test: setup browser
	$(VENV)/bin/ruff check .
	$(PY) -m pytest $(PYTEST_ARGS)

setup: install translations

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

translations: install
	$(FLASK) translate compile

migrate: install
	$(FLASK) db upgrade

demo: migrate
	$(FLASK) demo load

lint: install
	$(VENV)/bin/ruff check .

# End-to-end tests drive Debian's Chromium (Playwright cannot download browsers here) with CJK fonts.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/opentype/noto ] || \
	   [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "Installing Chromium, Noto CJK and DejaVu fonts for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk \
	      fonts-dejavu-core >/dev/null; \
	  else \
	    echo "Browser tests need: sudo apt-get install chromium fonts-noto-cjk fonts-dejavu-core"; exit 1; \
	  fi; \
	fi

clean:
	rm -rf $(VENV) instance .pytest_cache .ruff_cache
	find translations -name '*.mo' -delete
