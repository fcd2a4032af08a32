#!/bin/bash
for u in "$@"; do k=$(echo "$u" | sed -E 's#^https?://(www\.)?##'); if grep -q -F "$k" /tmp/used-urls.txt; then echo "USED $u"; else echo "NEW  $u"; fi; done
