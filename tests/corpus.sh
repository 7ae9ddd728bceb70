#!/bin/sh
# corpus.sh — extraction quality on the real pages in tests/data/pages: the
# token-shingle F1 of lede's text against the text of Readability's
# expected output (tests/data/expected, converted from the suite's
# expected.html) must not fall below the minimum tests/data/corpus-min
# records for each page. A change that lowers a page's F1 fails here; one
# that raises it may raise the minimum.
. "$(dirname "$0")/lib.sh"

while read -r name min; do
	case $name in ''|'#'*) continue ;; esac
	"$LEDE" --dump --format=json "$TESTDATA/pages/$name.html" 2>"$tmp/err" | "$JSONQ" .text >"$tmp/got"
	set -- $("$F1" "$TESTDATA/expected/$name.txt" "$tmp/got")
	f=$3
	if awk -v f="$f" -v m="$min" 'BEGIN { exit !(f >= m) }'; then
		pass "$name: F1 $f (at least $min)"
	else
		fail "$name: F1 $f, below $min"
	fi
done <"$TESTDATA/corpus-min"
done_testing
