# Folio: `make site` builds the publication into output/, `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
APT := $(if $(shell command -v sudo 2>/dev/null),sudo ,)apt-get

.PHONY: site test deps test-deps swift-test browser-test bench-smoke bench fuzz-smoke fuzz clean

## Installs the C libraries Folio links (cmark, LZ4, the mimalloc allocator) when they are missing.
deps:
	@pkg-config --exists libcmark liblz4 && ls /usr/lib/*/libmimalloc.so >/dev/null 2>&1 || \
	  ($(APT) update -qq && $(APT) install -y -qq libcmark-dev liblz4-dev libmimalloc-dev pkg-config)

## Adds what the browser tests need: Chromium, its driver, selenium and pytest.
test-deps: deps
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  ($(APT) update -qq && $(APT) install -y -qq chromium chromium-driver)
	@python3 -c "import selenium, pytest" 2>/dev/null || python3 -m pip install -q selenium pytest
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

## The benchmark at CI size (N = 100): Folio's and Hugo's pages match and every Folio page is valid.
bench-smoke: test-deps
	$(SWIFT) build -c release --product folio
	bench/smoke

## The full benchmark against Hugo and the cmark floor (see BENCHMARKS.md).
bench: deps
	bench/run

## The fuzz targets (Fuzz/) for 15 s each from their committed seeds: no crash, hang or leak.
fuzz-smoke: deps
	Fuzz/run -t 15

## The fuzz targets for 30 minutes each, two at a time (set FUZZ_SECONDS to change).
fuzz: deps
	Fuzz/run -t $${FUZZ_SECONDS:-1800} -j 2

test: test-deps swift-test browser-test bench-smoke fuzz-smoke

clean:
	rm -rf .build Fuzz/.build output
