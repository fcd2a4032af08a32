# vusta: one command to set up and run the main job, one to set up and run the tests.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev fonts-liberation2 fonts-dejavu-core \
                libsqlite3-dev libdeflate-dev qpdf poppler-utils libpoppler-glib-dev zlib1g-dev curl chromium chromium-driver \
                libreoffice-writer-nogui python3-docx

PREFIX ?= /usr/local
BINDIR := $(DESTDIR)$(PREFIX)/bin
COMPLETIONS := $(DESTDIR)$(PREFIX)/share

.PHONY: setup build report serve test fuzz clean install uninstall

setup:
	@bash scripts/setup.sh $(APT_PACKAGES)

## The Swift standard library is linked in: the binary starts in 24 ms instead of 36 and extracts
## a folder 13% faster (BENCHMARKS.md, "Speed round two"), and runs without the toolchain's libraries.
build: setup
	$(SWIFT) build -c release --static-swift-stdlib --product vusta

## make report: install what is missing, build in release mode, write the reports of seeds/ under reports/
## (documents as PDF and Word .docx, charts as PNG and SVG).
report: build
	.build/release/vusta report --formats pdf,docx,png,svg

## make serve: build, ingest seeds/ when the store is new, and serve the web app on http://127.0.0.1:8080/.
serve: build
	@test -f vusta.sqlite || .build/release/vusta ingest seeds
	.build/release/vusta serve

## make test: install what is missing and run the whole test suite.
test: setup
	bash scripts/test.sh

## make install [PREFIX=/usr/local]: the release binary (templates and gazetteer inside it) and
## shell completions for bash, zsh and fish.
install: build
	install -d "$(BINDIR)" "$(COMPLETIONS)/bash-completion/completions" "$(COMPLETIONS)/zsh/site-functions" \
	  "$(COMPLETIONS)/fish/vendor_completions.d"
	install -m 755 .build/release/vusta "$(BINDIR)/vusta"
	.build/release/vusta --generate-completion-script bash > "$(COMPLETIONS)/bash-completion/completions/vusta"
	.build/release/vusta --generate-completion-script zsh > "$(COMPLETIONS)/zsh/site-functions/_vusta"
	.build/release/vusta --generate-completion-script fish > "$(COMPLETIONS)/fish/vendor_completions.d/vusta.fish"
	@echo "Đã cài $(BINDIR)/vusta"

## make uninstall [PREFIX=/usr/local]: removes what make install wrote.
uninstall:
	rm -f "$(BINDIR)/vusta" "$(COMPLETIONS)/bash-completion/completions/vusta" \
	  "$(COMPLETIONS)/zsh/site-functions/_vusta" "$(COMPLETIONS)/fish/vendor_completions.d/vusta.fish"

## make fuzz: build the libFuzzer targets of Fuzz/ (address sanitizer) and run each for
## FUZZ_SECONDS (default 60); FUZZ_RUNS=N runs N executions instead. Not part of make test.
FUZZ_SECONDS ?= 60
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh

clean:
	rm -rf .build
