# vusta: one command to set up and run the main job, one to set up and run the tests.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev fonts-liberation2 fonts-dejavu-core \
                libsqlite3-dev libdeflate-dev qpdf poppler-utils zlib1g-dev curl chromium chromium-driver

.PHONY: setup build report serve test clean

setup:
	@bash scripts/setup.sh $(APT_PACKAGES)

build: setup
	$(SWIFT) build -c release

## make report: install what is missing, build in release mode, write the reports of seeds/ under reports/.
report: build
	.build/release/vusta report

## make serve: build, ingest seeds/ when the store is new, and serve the web app on http://127.0.0.1:8080/.
serve: build
	@test -f vusta.sqlite || .build/release/vusta ingest seeds
	.build/release/vusta serve

## make test: install what is missing and run the whole test suite.
test: setup
	bash scripts/test.sh

clean:
	rm -rf .build
