#!/bin/sh
# golden.sh — extraction on real pages, compared with reviewed output.
# The pages in tests/data/pages come from Mozilla Readability's test suite
# (Apache-2.0, see tests/data/pages/LICENSE). When extraction changes on
# purpose, run tests/update-golden and review the diff by eye.
. "$(dirname "$0")/lib.sh"

for page in "$TESTDATA"/pages/*.html; do
	name=$(basename "$page" .html)
	golden=$TESTDATA/golden/$name.txt
	"$LEDE" --dump --width=0 "$page" >"$tmp/$name.txt" 2>"$tmp/err"
	if [ ! -f "$golden" ]; then
		fail "$name: no golden file"
	elif cmp -s "$tmp/$name.txt" "$golden"; then
		pass "$name: as reviewed"
	else
		fail "$name: differs from the reviewed output"
		diff -u "$golden" "$tmp/$name.txt" | head -20 | sed 's/^/# /'
	fi
done
"$LEDE" --dump --width=0 "$SAMPLE" >"$tmp/sample.txt"
if cmp -s "$tmp/sample.txt" "$TESTDATA/golden/thehill-sample.txt"; then
	pass "the bundled sample: as reviewed"
else
	fail "the bundled sample: differs from the reviewed output"
	diff -u "$TESTDATA/golden/thehill-sample.txt" "$tmp/sample.txt" | head -20 | sed 's/^/# /'
fi
# one page with every kind of block, in every writer
for variant in "txt:" "w40.txt:--width=40 --links" "md:--format=markdown" "json:--format=json"; do
	ext=${variant%%:*}
	opts=${variant#*:}
	"$LEDE" --dump $opts "$TESTDATA/structure.html" >"$tmp/structure.$ext"
	if cmp -s "$tmp/structure.$ext" "$TESTDATA/golden/structure.$ext"; then
		pass "every kind of block, $ext ($opts): as reviewed"
	else
		fail "every kind of block, $ext ($opts): differs from the reviewed output"
		diff -u "$TESTDATA/golden/structure.$ext" "$tmp/structure.$ext" | head -20 | sed 's/^/# /'
	fi
done
done_testing
