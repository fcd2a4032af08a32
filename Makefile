# vusta: one command to set up and run the main job, one to set up and run the tests.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev fonts-liberation2 fonts-dejavu-core \
                libsqlite3-dev libdeflate-dev qpdf poppler-utils zlib1g-dev \
                libreoffice-writer-nogui python3-docx

.PHONY: setup build report test clean

setup:
	@bash scripts/setup.sh $(APT_PACKAGES)

build: setup
	$(SWIFT) build -c release

## make report: install what is missing, build in release mode, write the reports of seeds/ under reports/
## (documents as PDF and Word .docx, charts as PNG and SVG).
report: build
	.build/release/vusta report --formats pdf,docx,png,svg

## make test: install what is missing and run the whole test suite.
test: setup
	bash scripts/test.sh

clean:
	rm -rf .build
