#!/bin/sh
# escapes.sh — a page full of terminal escape sequences, raw and as
# character references, C1 controls, carriage returns, backspaces, OSC
# title and hyperlink sequences, bidi overrides: none of them may reach
# the output or the terminal.
. "$(dirname "$0")/lib.sh"

page=$TESTDATA/escapes.html

# controls_in FILE: the number of control bytes other than tab and newline,
# of C1 controls (UTF-8 C2 80–9F) and of bidi overrides and isolates.
controls_in() {
	c0=$(LC_ALL=C tr -d '\011\012\040-\176\200-\377' <"$1" | wc -c)
	c1=$(LC_ALL=C grep -c "$(printf '\302[\200-\237]')" "$1")
	bidi=$(LC_ALL=C grep -c -e "$(printf '\342\200[\252-\256]')" -e "$(printf '\342\201[\246-\251]')" "$1")
	echo $((c0 + c1 + bidi))
}

for fmt in text markdown json; do
	"$LEDE" --dump --format=$fmt "$page" >"$tmp/out.$fmt" 2>"$tmp/err"
	is "$?" 0 "the page dumps as $fmt"
	is "$(controls_in "$tmp/out.$fmt")" 0 "no control character in the $fmt output"
done
contains "$tmp/out.text" "raw escape [31mred text[0m" "the printable rest of a sequence is shown as text"
contains "$tmp/out.text" "Escape ]0;pwned-title test [2J page [5m" "the title is cleaned too"
"$JSONQ" .title <"$tmp/out.json" >"$tmp/title"
is "$(controls_in "$tmp/title")" 0 "the JSON strings hold no control characters once decoded"
"$JSONQ" .author <"$tmp/out.json" >"$tmp/author"
is "$(controls_in "$tmp/author")" 0 "nor does the author"
"$LEDE" --dump "$page" 2>"$tmp/err" >/dev/null
is "$(controls_in "$tmp/err")" 0 "nothing reaches stderr either"

# a SOURCE name with an escape in it is shown escaped in messages
"$LEDE" "$(printf 'no\033[31msuch.html')" 2>"$tmp/err" >/dev/null
is "$(controls_in "$tmp/err")" 0 "a file name with an escape is reported without it"

# A nastier page, made here byte by byte: NUL, DEL, OSC 52 (a clipboard
# write), overlong and surrogate UTF-8, entity-encoded ESC, a title full of
# them; through every writer, -o, and the HTTP error path.
nasty=$tmp/nasty.html
{
	printf '<html><head><meta charset="utf-8"><title>Nasty \033]52;c;cGF5bG9hZA==\007 title\033[?1049l</title></head>'
	printf '<body><article><h1>Heading \000 with NUL and DEL \177 here</h1>'
	printf '<p>Clipboard \033]52;c;ZXZpbA==\033\\ write, overlong \300\257 slash, surrogate \355\240\200 half, '
	printf 'encoded &#x1B;]52;c;eA==&#7; escape, &#127; delete, &#x202E;override, long enough to be prose, '
	printf 'with commas, and more words so the article is kept.</p>'
	printf '<p>Second paragraph \033P+q544e\033\\ with a DCS and \033_apc\033\\ an APC, and \233 31m an 8-bit CSI, '
	printf 'written long enough to count as article prose, with commas, again.</p></article></body></html>'
} >"$nasty"
for fmt in text markdown json; do
	"$LEDE" --dump --format=$fmt "$nasty" >"$tmp/nasty.$fmt" 2>"$tmp/err"
	is "$(controls_in "$tmp/nasty.$fmt")" 0 "the nasty page: no control character in $fmt"
	check "and only valid UTF-8 in $fmt" sh -c 'iconv -f UTF-8 -t UTF-8 "$1" >/dev/null' - "$tmp/nasty.$fmt"
done
contains "$tmp/nasty.text" "Clipboard ]52;c;ZXZpbA==\\ write" "a clipboard write shows as inert text, its escape gone"
"$LEDE" -o "$tmp/saved.md" "$nasty" 2>"$tmp/err"
is "$(controls_in "$tmp/saved.md")" 0 "a file saved with -o is clean"
"$LEDE" --no-sandbox --dump "$nasty" >"$tmp/nasty.nosandbox" 2>/dev/null
check "the sandbox hands over the same clean text" cmp -s "$tmp/nasty.text" "$tmp/nasty.nosandbox"

# In the pager: nothing from the page changes the terminal. tmux keeps the
# pane's title and colours; with --color=never lede itself sets no colour.
. "$(dirname "$0")/tmuxlib.sh"
start 140 40 \
	"env LC_ALL=C.UTF-8 TERM=screen-256color '$LEDE' --color=never '$page'; echo \$? >'$tmp/status'"

tm select-pane -T lede-test-title
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	tm capture-pane -p >"$tmp/screen" 2>/dev/null
	grep -q "raw escape" "$tmp/screen" && break
	sleep 0.25
done
contains "$tmp/screen" "raw escape [31mred text[0m" "the pager shows the text around the sequences"
is "$(tm display -p '#{pane_title}')" "lede-test-title" "no OSC sequence changed the terminal's title"
tm capture-pane -p -e >"$tmp/attrs"
if grep -q "$(printf '\033\\[[0-9;]*3[1-7]m')" "$tmp/attrs"; then
	fail "no colour from the page reached the screen"
	diag "$(grep "$(printf '\033\\[[0-9;]*3[1-7]m')" "$tmp/attrs" | head -2 | cat -v)"
else
	pass "no colour from the page reached the screen"
fi
contains "$tmp/screen" "]8;;https://evil.example/" "a hyperlink sequence shows as inert text"
tm send-keys q
sleep 0.5
is "$(cat "$tmp/status")" 0 "q quits with status 0"
is "$(tm display -p '#{alternate_on}')" 0 "and the terminal is restored"

# the nasty page in the pager: its title on the status line, saved with s
start 140 30 \
	"cd '$tmp' && env LC_ALL=C.UTF-8 TERM=screen-256color '$LEDE' --color=never '$nasty'"
tm select-pane -T lede-test-title
for _ in $(seq 1 20); do
	tm capture-pane -p >"$tmp/screen" 2>/dev/null
	grep -q "Clipboard" "$tmp/screen" && break
	sleep 0.25
done
contains "$tmp/screen" "Nasty" "the status line shows the nasty title"
is "$(tm display -p '#{pane_title}')" "lede-test-title" "and nothing changed the terminal's title"
tm capture-pane -p -e >"$tmp/attrs"
check "no OSC sequence is drawn" sh -c '! grep -q "$(printf "\\033]")" "$1"' - "$tmp/attrs"
tm send-keys s Enter
sleep 0.5
saved=$(ls "$tmp"/nasty*.txt 2>/dev/null | head -1)
check "s saves the nasty page" test -n "$saved"
is "$(controls_in "${saved:-/dev/null}")" 0 "and the saved file is clean"
tm send-keys q
done_testing
