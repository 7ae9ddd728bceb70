#!/bin/sh
# http.sh — fetching for real, from a server on 127.0.0.1 that this test
# starts and stops (tests/server.py): redirects and their limits,
# compression, chunked bodies, every charset with and without a header,
# HTTP errors, a server that drips, bodies over the size cap (with and
# without a length, and a gzip bomb), what is not HTML, TLS, cookies, the
# User-Agent, a proxy, and many pages at once, in order.
. "$(dirname "$0")/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	skip "fetching over http" "python3 is not installed"
	done_testing
	exit $?
fi
python3 "$(dirname "$0")/server.py" "$tmp/port" "$TESTDATA/tls-cert.pem" "$TESTDATA/tls-key.pem" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 100); do
	[ -s "$tmp/port" ] && break
	sleep 0.1
done
port=$(cat "$tmp/port")
tlsport=$(cat "$tmp/port.tls")
base=http://127.0.0.1:$port
out=$tmp/out
err=$tmp/err
# no proxy from the environment may catch these requests
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy=127.0.0.1

run() { "$LEDE" --dump "$@" >"$out" 2>"$err"; echo $? >"$tmp/rc"; }
rc() { cat "$tmp/rc"; }
title() { head -1 "$out"; }

run "$base/article"
is "$(rc)" 0 "a page over http"
is "$(title)" "Harbour plan approved" "has its title"

run --format=json "$base/redirect/3"
is "$(rc)" 0 "a chain of redirects is followed"
is "$("$JSONQ" .url <"$out")" "$base/article" "the article's address is where the redirects ended"
is "$("$JSONQ" '.links[0].url' <"$out")" "$base/more/story.html" "relative links resolve against that final address"
run "$base/redirect/9"
is "$(rc)" 0 "ten redirects are followed"
run "$base/redirect/10"
is "$(rc)" 1 "eleven are too many"
is "$(cat "$err")" "lede: $base/redirect/10: too many redirects" "and it says so"
run "$base/loop"
is "$(cat "$err")" "lede: $base/loop: too many redirects" "a redirect loop stops"
run "$base/to-file"
is "$(rc)" 1 "a redirect to file:///etc/passwd fails"
is "$(cat "$err")" "lede: $base/to-file: redirected to an address that is not http or https" "and says why"
lacks "$out" "root:" "nothing of /etc/passwd is printed"
run "$base/to-ftp"
is "$(cat "$err")" "lede: $base/to-ftp: redirected to an address that is not http or https" "so does one to ftp://"

run "$base/gzip"
is "$(title)" "Harbour plan approved" "a gzip-compressed page"
run "$base/deflate"
is "$(title)" "Harbour plan approved" "a deflate-compressed body"
run "$base/chunked"
is "$(title)" "Harbour plan approved" "a chunked page"

run "$base/status/404"
is "$(cat "$err")" "lede: $base/status/404: HTTP 404 Not Found" "404 is reported with its reason"
is "$(rc)" 1 "and fails"
run "$base/status/500"
is "$(cat "$err")" "lede: $base/status/500: HTTP 500 Internal Server Error" "so is 500"

run --timeout=2 "$base/drip"
is "$(cat "$err")" "lede: $base/drip: timed out after 2 seconds" "a server that drips fails in time"
run --max-size=1M "$base/big"
is "$(cat "$err")" "lede: $base/big: larger than 1048576 bytes (see --max-size)" "a body over the cap, with a length"
run --max-size=1M "$base/big?length=0"
is "$(cat "$err")" "lede: $base/big?length=0: larger than 1048576 bytes (see --max-size)" "and without one"
run --max-size=1M "$base/bomb"
is "$(cat "$err")" "lede: $base/bomb: larger than 1048576 bytes (see --max-size)" "a gzip bomb is stopped as it inflates"

run "$base/pdf"
is "$(cat "$err")" "lede: $base/pdf: not an HTML page (a PDF document)" "a PDF is named"
run "$base/json"
is "$(cat "$err")" "lede: $base/json: not an HTML page (JSON data)" "JSON is named"
run "$base/image"
is "$(cat "$err")" "lede: $base/image: not an HTML page (a PNG image)" "an image is named"

run "https://127.0.0.1:$tlsport/article"
is "$(rc)" 1 "a certificate nobody vouches for is refused"
contains "$err" "lede: https://127.0.0.1:$tlsport/article: TLS error (" "as a TLS error"
run "$base/to-https"
contains "$err" "TLS error" "also after a redirect"

run "$base/cookie"
is "$(title)" "Cookie kept" "cookies are kept for the length of the fetch"
run "$base/ua"
is "$(title)" "Agent lede/0.1.0" "the User-Agent names lede and its version"
run --user-agent="Reader/2" "$base/ua"
is "$(title)" "Agent Reader/2" "--user-agent replaces it"

# through the test server acting as the proxy: no name is looked up
http_proxy=$base no_proxy= "$LEDE" --dump "http://lede-test.invalid/article" >"$out" 2>"$err"
is "$(title)" "Harbour plan approved" "http_proxy is honoured"

# charsets: the header, the page's own <meta>, a byte-order mark, a wrong label
while read -r label want; do
	for header in 1 0; do
		run "$base/charset/$label?header=$header"
		is "$(title)" "$want" "$label, declared in the $( [ $header = 1 ] && echo header || echo page )"
	done
done <<'LIST'
windows-1251 Совет одобрил план гавани
koi8-r Совет одобрил план гавани
iso-8859-1 Hafenplan genehmigt
iso-8859-2 Plán přístavu schválen
shift_jis 港の計画が承認された
euc-jp 港の計画が承認された
gbk 港口计划获批
gb18030 港口计划获批
big5 港口計畫獲批
euc-kr 항구 계획 승인
LIST
for label in utf-16le utf-16be; do
	run "$base/charset/$label?header=0&bom=1"
	is "$(title)" "Совет одобрил план гавани" "$label with a byte-order mark"
done
run "$base/mislabelled"
is "$(title)" "Совет одобрил план гавани" "UTF-8 labelled Latin-1 is read as UTF-8"
run "$base/charset/koi8-r?meta=http-equiv"
is "$(title)" "Совет одобрил план гавани" "a charset in an http-equiv <meta>"
run "$base/charset/utf-8?meta=none"
is "$(title)" "Совет одобрил план гавани" "UTF-8 declared nowhere is found to be UTF-8"
run "$base/charset/iso-8859-1?meta=none"
is "$(title)" "Hafenplan genehmigt" "bytes that are not UTF-8, declared nowhere, are read as windows-1252"
run "$base/charset/utf-8?meta=none&bom=1&say=windows-1251"
is "$(title)" "Совет одобрил план гавани" "a UTF-8 byte-order mark wins over the header"
run "$base/charset/utf-16le?header=1&meta=none"
is "$(title)" "Совет одобрил план гавани" "UTF-16 named only in the header, without a byte-order mark"

# many at once: printed in input order, whatever order they finish in
run -j 4 "$base/article/1?delay=600" "$base/article/2" "$base/article/3?delay=300"
is "$(rc)" 0 "three pages at once"
is "$(grep -c 'of the day$' "$out")" 3 "all printed"
is "$(grep 'of the day$' "$out" | tr '\n' ' ')" "Article 1 of the day Article 2 of the day Article 3 of the day " \
	"in the order given, not the order they arrived in"
is "$(grep -c "$(printf '^\f$')" "$out")" 2 "separated by form-feed lines"
run -j 2 --format=json "$base/article/1?delay=300" "$base/status/404" "$base/article/3"
is "$(rc)" 1 "a failure among them exits 1"
is "$("$JSONQ" -n <"$out")" 2 "and the others are still printed, a JSON object a line"
is "$("$JSONQ" .title <"$out" | tr '\n' ' ')" "Article 1 of the day Article 3 of the day " "in order"
is "$(cat "$err")" "lede: $base/status/404: HTTP 404 Not Found" "the failure is reported, once"
"$LEDE" --dump "$base/busy" >/dev/null 2>&1
run -j 8 "$base/article/1?delay=400" "$base/article/2?delay=400" "$base/article/3?delay=400" \
	"$base/article/4?delay=400" "$base/article/5?delay=400" "$base/article/6?delay=400"
run "$base/busy"
is "$(title)" "Busy 2" "at most two requests to one host at a time, even with -j 8"
# a transfer's time counts from when it starts, not from when it was queued
run -j 1 --timeout=2 "$base/article/1?delay=800" "$base/article/2?delay=800" \
	"$base/article/3?delay=800" "$base/article/4?delay=800"
is "$(rc)" 0 "pages waiting their turn do not time out while they wait"
is "$(grep -c 'of the day$' "$out")" 4 "all four printed"
# -j 4 by default: two hosts (127.0.0.1 and localhost), two at a time each
"$LEDE" --dump "$base/busy" >/dev/null 2>&1
lbase=http://localhost:$port
run "$base/article/1?delay=500" "$lbase/article/2?delay=500" "$base/article/3?delay=500" \
	"$lbase/article/4?delay=500" "$base/article/5?delay=500" "$lbase/article/6?delay=500"
run "$base/busy"
is "$(title)" "Busy 4" "four transfers at a time by default"
# redirects from another host to this one count against this one's two
run -j 8 "$lbase/to-ip/1?then=600" "$lbase/to-ip/2?then=600" "$lbase/to-ip/3?then=600" \
	"$base/article/4?delay=600" "$base/article/5?delay=600" "$lbase/to-ip/6?then=600"
is "$(rc)" 0 "pages reached through redirects"
is "$(grep -c 'of the day$' "$out")" 6 "all printed"
run "$base/busy"
is "$(title)" "Busy 2" "still at most two at a time to the host the redirects lead to"
run --timeout=3 "$base/article/1?delay=2800" "$base/article/2?delay=2800" "$lbase/to-ip/3?then=300"
is "$(rc)" 0 "a redirect waiting for its host does not time out while it waits"
for i in $(seq 1 30); do echo "$base/article/$i"; done >"$tmp/list"
printf '# a comment\n\n' >>"$tmp/list"
run -j 8 -i "$tmp/list" -f json
is "$("$JSONQ" -n <"$out")" 30 "-i reads a list of thirty addresses"
is "$("$JSONQ" .title <"$out" | sed -n '1p;30p' | tr '\n' ' ')" "Article 1 of the day Article 30 of the day " "in order"
is "$(wc -c <"$err")" 0 "no progress line when stderr is not a terminal"
"$LEDE" --dump -f json -i - <"$tmp/list" >"$out" 2>"$err"
is "$("$JSONQ" -n <"$out")" 30 "-i - reads the list from standard input"
"$LEDE" --dump -i - - <"$tmp/list" >"$out" 2>"$err"
is "$?" 2 "-i - and - together is a usage error"
"$LEDE" --dump -j 0 "$base/article" >"$out" 2>"$err"
is "$?" 2 "-j 0 is a usage error"
"$LEDE" --dump "$TESTDATA/structure.html" "$base/article" "$TESTDATA/homepage.html" >"$out" 2>"$err"
is "$?" 1 "files and addresses mix"
is "$(grep -c "$(printf '^\f$')" "$out")" 1 "the two articles printed"
contains "$err" "homepage.html: no article found" "and the home page reported"

# progress: one updating line on a terminal when it takes a while; never with -q
tmux_optional=yes
on_exit='kill $server 2>/dev/null'
. "$(dirname "$0")/tmuxlib.sh"
if [ -n "$have_tmux" ]; then
	for i in $(seq 1 12); do echo "$base/article/$i?delay=700"; done >"$tmp/slow"
	start 100 10 \
		"env LC_ALL=C.UTF-8 '$LEDE' --dump -j 2 -i '$tmp/slow' >'$tmp/slow.out'; echo \$? >'$tmp/slow.rc'"
	seen=
	for _ in $(seq 1 60); do
		tm capture-pane -p >"$tmp/screen" 2>/dev/null
		if grep -q "lede: [0-9]* of 12 done, .*, 0 failed" "$tmp/screen"; then seen=yes; break; fi
		sleep 0.1
	done
	is "$seen" yes "a progress line on a terminal (done of total, bytes, failures)"
	for _ in $(seq 1 100); do [ -s "$tmp/slow.rc" ] && break; sleep 0.1; done
	tm capture-pane -p >"$tmp/screen"
	lacks "$tmp/screen" "of 12 done" "and it is gone when the work is"
	is "$(grep -c 'of the day$' "$tmp/slow.out")" 12 "the articles went to standard output"
	rm -f "$tmp/slow.rc"
	start 100 10 \
		"env LC_ALL=C.UTF-8 '$LEDE' --dump -q -j 2 -i '$tmp/slow' >'$tmp/slow.out'; echo \$? >'$tmp/slow.rc'"
	seen=
	for _ in $(seq 1 40); do
		tm capture-pane -p >"$tmp/screen" 2>/dev/null
		grep -q "of 12 done" "$tmp/screen" && seen=yes
		[ -s "$tmp/slow.rc" ] && break
		sleep 0.1
	done
	is "$seen" "" "no progress line with -q"
	tm kill-server 2>/dev/null
else
	skip "the progress line" "tmux is not installed"
fi
done_testing
