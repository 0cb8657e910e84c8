# Arabic news analyst notebooks. `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS ?= corpus
REPORT_FLAGS ?=

.PHONY: help setup reports test lint format lab bench bench-load bench-timex bench-places bench-ner bench-actors bench-events bench-faults bench-long gazetteer ner-model clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV) || { echo "python3 -m venv failed: on Debian, apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install the suite with its test tools

reports: $(STAMP) ## execute every notebook on the corpus and write reports/*.html (CORPUS=path, REPORT_FLAGS=--show-code)
	$(BIN)/python -m helpers reports --corpus $(CORPUS) $(REPORT_FLAGS)

test: $(STAMP) ## run the whole test suite (browser tests need Debian's chromium and chromium-driver)
	$(BIN)/python -m pytest

lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check helpers tests benchmarks
	$(BIN)/ruff format --check helpers tests benchmarks

format: $(STAMP) ## apply ruff fixes and formatting
	$(BIN)/ruff check --fix helpers tests benchmarks
	$(BIN)/ruff format helpers tests benchmarks

lab: $(STAMP) ## open JupyterLab on the notebooks, with a kernel that imports helpers (as root, adds --allow-root)
	@if [ "$$(id -u)" = 0 ]; then echo "make lab: running as root, so JupyterLab is started with --allow-root; to avoid it, run make lab as a normal user" >&2; fi
	$(BIN)/jupyter lab --notebook-dir=notebooks $$([ "$$(id -u)" = 0 ] && echo --allow-root) $(LAB_FLAGS)

bench-load: $(STAMP) ## load+clean all 31.5k ANT articles; prints articles/s and peak memory (needs ../shared)
	$(BIN)/python -m benchmarks.bench_load

bench-timex: $(STAMP) ## timex quality and speed vs dateparser: Recognizers specs + hand-annotated news gold
	$(BIN)/python -m benchmarks.bench_timex

bench-places: $(STAMP) ## place finding and resolution: Derna gold, ANERcorp/NewsFANE recall, throughput
	$(BIN)/python -m benchmarks.bench_places

bench-faults: $(STAMP) ## store under concurrency and faults: two builds at once, readers during a build, disk full, SIGKILL (bundled corpus, ~2 min)
	$(BIN)/python -m benchmarks.bench_faults

bench-long: $(STAMP) ## extraction time per 100k characters on articles of 100k to 1.6M characters (linear growth check)
	$(BIN)/python -m benchmarks.bench_long

gazetteer: $(STAMP) ## rebuild helpers/data/gazetteer.tsv.gz, gazetteer_latin.tsv.gz and world_outlines.json.gz (needs ../shared and npm)
	$(BIN)/python scripts/build_gazetteer.py

bench: $(STAMP) ## full extraction of ANT (31.5k) and SaudiNewsNet into the store: articles/s, tokens/s, memory; then reports
	$(BIN)/python -m benchmarks.bench_scale

bench-actors: $(STAMP) ## actors (ACLED type, country, English name), roles and quote speakers vs the held-out gold (15 ANT articles)
	$(BIN)/python -m benchmarks.bench_actors

bench-events: $(STAMP) ## the event table vs the one hundred and two held-out ACLED-style gold sets (20 articles each; events18-104 SaudiNewsNet; events102, events103 and events104 fresh in stop 53)
	$(BIN)/python -m benchmarks.bench_events
	for n in 2 3 4 5 6 7 8 10 11 12 9 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 70 71 72 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104; do $(BIN)/python -m benchmarks.bench_events --gold tests/data/heldout/events$$n || exit 1; done

bench-ner: $(STAMP) ## NER entity F1 on ANERcorp test and AQMAR test, and tokens/s
	$(BIN)/python -m benchmarks.bench_ner

ner-model: $(STAMP) ## retrain the NER models from ../shared: CRF, news embeddings, BiLSTM-CRF (train + dev, 34 epochs), numpy export (~20 min on 2 cores)
	$(BIN)/python scripts/train_ner.py
	$(BIN)/python -m pip install --quiet -e '.[dev,train]'
	$(BIN)/python scripts/train_embeddings.py
	$(BIN)/python scripts/train_ner_neural.py --dev-tail --full --epochs 34 --ema 0.995 --seeds 1 --threads 2 --export

clean: ## remove generated reports and caches (keeps .venv)
	rm -rf .cache reports/*.html
