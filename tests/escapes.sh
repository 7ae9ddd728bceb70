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

# In the pager: nothing from the page changes the terminal. tmux keeps the
# pane's title and colours; with --color=never lede itself sets no colour.
if [ -z "$TMUX_BIN" ] || ! command -v "$TMUX_BIN" >/dev/null 2>&1; then
	skip "the pager shows the page safely" "tmux is not installed"
	done_testing
	exit $?
fi
sock=lede-esc-$$
tm() { "$TMUX_BIN" -L "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
echo "set -g remain-on-exit on" >"$tmp/tmux.conf"
tm -f "$tmp/tmux.conf" new-session -d -x 140 -y 40 \
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
done_testing
