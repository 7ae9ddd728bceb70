#!/bin/sh
# fuzz.sh — every input kept in tests/data/fuzz (findings of the fuzzers
# once fixed, and a few seeds) through every fuzz target: decode, extract,
# analyze, layout, wire and the whole pipeline, with their checks (clean
# text, spans in place, widths kept). A crash or a failed check fails here.
# Fuzzing itself is `make fuzz` (tests/fuzz/run), not part of make check.
. "$(dirname "$0")/lib.sh"

regress=${LEDE%/src/lede}/tests/fuzz-regress
for f in "$TESTDATA"/fuzz/*; do
	name=${f##*/}
	if "$regress" "$f" >"$tmp/out" 2>"$tmp/err"; then
		k=$(grep -c '^ok ' "$tmp/out")
		is "$k" 6 "$name goes through the six fuzz targets"
	else
		check "$name goes through the six fuzz targets (stopped after: $(grep '^ok' "$tmp/out" | tail -1))" false
	fi
done
done_testing
