# Folio: `make site` builds the publication into output/, `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
APT := $(if $(shell command -v sudo 2>/dev/null),sudo ,)apt-get

.PHONY: site test deps test-deps swift-test browser-test integration-test bench-smoke bench clean

## Installs the C libraries Folio links (cmark, LZ4, the mimalloc allocator) when they are missing.
deps:
	@pkg-config --exists libcmark liblz4 && ls /usr/lib/*/libmimalloc.so >/dev/null 2>&1 || \
	  ($(APT) update -qq && $(APT) install -y -qq libcmark-dev liblz4-dev libmimalloc-dev pkg-config)

## Adds what the browser tests need: Chromium, its driver, selenium and pytest.
test-deps: deps
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  ($(APT) update -qq && $(APT) install -y -qq chromium chromium-driver)
	@python3 -c "import selenium, pytest, yaml" 2>/dev/null || python3 -m pip install -q selenium pytest pyyaml
	@command -v hugo >/dev/null || ($(APT) update -qq && $(APT) install -y -qq --no-install-recommends hugo)

site: deps
	$(SWIFT) build -c release --product folio
	.build/release/folio build
	@echo "Open output/en/index.html (or serve output/ and visit /en/)"

swift-test: deps
	$(SWIFT) test

browser-test: test-deps
	$(SWIFT) build -c release --product folio
	python3 -m pytest -q Tests/browser

## The release binary against whole copies of the real site: builds killed at random moments
## (atomic output), and hostile strings in every visible field (no markup reaches the pages).
integration-test: test-deps
	$(SWIFT) build -c release --product folio
	python3 -m pytest -q -s Tests/integration

## The benchmark at CI size (N = 100): Folio's and Hugo's pages match and every Folio page is valid.
bench-smoke: test-deps
	$(SWIFT) build -c release --product folio
	bench/smoke

## The full benchmark against Hugo and the cmark floor (see BENCHMARKS.md).
bench: deps
	bench/run

test: test-deps swift-test browser-test integration-test bench-smoke

clean:
	rm -rf .build output
