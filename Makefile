# scodata: build the open dataset of SCO communiqués and serve it.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
PORT   ?= 8001

.PHONY: run build serve test lint install clean

$(BIN)/scodata: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	@# an editable install hides top-level modules from plugin discovery; put the Frictionless plugin on the path
	$(BIN)/python -c "import sysconfig; open(sysconfig.get_path('purelib') + '/scodata-plugins.pth', 'w').write('$(CURDIR)/src/plugins\n')"
	touch $(BIN)/scodata

install: $(BIN)/scodata

## build the dataset from the bundled sources, then serve it at http://127.0.0.1:$(PORT)
run: build serve

build: install
	$(BIN)/scodata run

serve: install
	$(BIN)/scodata serve --port $(PORT)

## the test suite (what CI runs)
test: install
	$(BIN)/ruff check src flows tests benchmarks
	$(BIN)/pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$status

lint: install
	$(BIN)/ruff check src flows tests benchmarks

clean:
	rm -rf output/raw output/releases output/cache output/current output/.staging \
	       output/scodata.db output/parquet output/metadata.json output/datapackage.json output/file-stats.json
