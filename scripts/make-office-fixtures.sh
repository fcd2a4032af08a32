#!/usr/bin/env bash
# Regenerates the .docx and .pdf input fixtures of Tests/VustaCorpusTests/Fixtures/office from
# their Flat ODT sources (src/*.body.xml between src/head.xml and src/tail.xml; a body that says
# "page-numbers" gets a page number at the top of each page) with LibreOffice,
# plus the scanned-image PDF (an image only) and the password-protected PDF (qpdf --encrypt).
# Run once after changing a source and commit the results; the tests never run LibreOffice.
# Needs: soffice (libreoffice-writer-nogui), qpdf, python3.
set -euo pipefail
cd "$(dirname "$0")/../Tests/VustaCorpusTests/Fixtures/office"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for body in src/*.body.xml; do
  name=$(basename "$body" .body.xml)
  head=$(cat src/head.xml)
  if grep -q "page-numbers" "$body"; then  # a page number at the top of every page (Nghị định 30)
    head=${head/<!--HEADER-->/<style:header><text:p text:style-name=\"PageNo\"><text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:header>}
    head=${head/<!--HEADERSTYLE-->/<style:header-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-bottom=\"0.4cm\"/></style:header-style>}
  fi
  { echo "$head"; cat "$body" src/tail.xml; } > "$tmp/$name.fodt"
  soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to docx --outdir "$tmp" "$tmp/$name.fodt" >/dev/null
  soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to pdf --outdir "$tmp" "$tmp/$name.fodt" >/dev/null
  cp "$tmp/$name.docx" "$tmp/$name.pdf" .
done
# A password-protected copy of the report (user password "matkhau").
qpdf --encrypt matkhau matkhau 256 -- bao-cao-nghe-an.pdf bao-cao-mat-khau.pdf
# A scanned page: one grey image and no text layer.
python3 src/scanned-pdf.py > ban-scan.pdf
ls -l
