# vusta: one command to set up and run the main job, one to set up and run the tests.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev fonts-liberation2 fonts-dejavu-core \
                libsqlite3-dev libdeflate-dev qpdf poppler-utils

.PHONY: setup build report test fuzz clean

setup:
	@bash scripts/setup.sh $(APT_PACKAGES)

build: setup
	$(SWIFT) build -c release

## make report: install what is missing, build in release mode, write the reports of seeds/ under reports/.
report: build
	.build/release/vusta report

## make test: install what is missing and run the whole test suite.
test: setup
	bash scripts/test.sh

## make fuzz: build the libFuzzer targets of Fuzz/ (address sanitizer) and run each for
## FUZZ_SECONDS (default 60); FUZZ_RUNS=N runs N executions instead. Not part of make test.
FUZZ_SECONDS ?= 60
fuzz: setup
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh

clean:
	rm -rf .build
