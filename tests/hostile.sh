#!/bin/sh
# hostile.sh — pages made to exhaust a parser: 100,000 nested elements,
# 200,000 paragraphs, 2 MB of random bytes, a 30,000-deep table, a 10 MB
# text node, one paragraph of 1,500 quoted sentences. Each is read, or
# refused with a message, in bounded memory;
# none crashes lede or hangs it (how long each takes: bench/hostile).
. "$(dirname "$0")/lib.sh"

command -v python3 >/dev/null 2>&1 || { skip "hostile pages" "python3 is not installed"; done_testing; exit $?; }
python3 "$(dirname "$0")/hostile-pages.py" "$tmp"

# run FILE: lede on FILE with 1 GiB of address space at most, and a minute
# (a guard against a hang, not a measure). AddressSanitizer reserves
# terabytes of address space: a sanitizer build runs without that limit.
vm=1048576
[ "$SANITIZERS" = yes ] && vm=unlimited
run() {
	(ulimit -v $vm; timeout 60 "$LEDE" --dump "$1" >"$tmp/out" 2>"$tmp/err")
	echo $?
}

st=$(run "$tmp/nested.html")
is "$st" 0 "100,000 nested elements are read"
contains "$tmp/out" "deep text" "down to the text at the bottom"
st=$(run "$tmp/paragraphs.html")
is "$st" 0 "200,000 paragraphs are read"
contains "$tmp/out" "Paragraph number 199999," "to the last one"
st=$(run "$tmp/random.bin")
check "2 MB of random bytes are read or refused, not a crash (status $st)" test "$st" -le 1
if [ "$st" = 1 ]; then
	check "with a message" grep -q "^lede: .*random.bin: " "$tmp/err"
fi
st=$( (ulimit -v $vm; timeout 60 "$LEDE" --dump -f json "$tmp/speech.html" >"$tmp/out" 2>"$tmp/err"); echo $?)
is "$st" 0 "one paragraph of 1,500 quoted sentences is read, with its people and quotes"
contains "$tmp/out" "Maybe 1499." "to the last quote"
st=$(run "$tmp/table.html")
is "$st" 0 "a table 30,000 deep is read"
contains "$tmp/out" "cell" "with its cell"
st=$(run "$tmp/text.html")
is "$st" 0 "a 10 MB text node is read"
check "all of it" test "$(wc -c <"$tmp/out")" -gt 10000000
for f in text markdown json; do
	st=$( (ulimit -v $vm; timeout 60 "$LEDE" --dump -f $f "$tmp/quotes.html" >"$tmp/out" 2>"$tmp/err"); echo $?)
	is "$st" 0 "10,000 nested block quotes around 200 nested lists are read ($f)"
	contains "$tmp/out" "an item deep in quotes and lists" "down to the deepest item ($f)"
done
"$LEDE" --dump --width=80 "$tmp/quotes.html" >"$tmp/out"
check "and drawn no wider than a screen" test "$(wc -L <"$tmp/out")" -le 80
st=$( (ulimit -v $vm; timeout 60 "$LEDE" --no-sandbox --dump "$tmp/paragraphs.html" >/dev/null 2>&1); echo $?)
is "$st" 0 "and without the sandbox too"
done_testing
