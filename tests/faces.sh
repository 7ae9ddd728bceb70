#!/bin/sh
# faces.sh — how the pager draws names and quotes, read off the screen with
# their attributes (tmux capture-pane -e): people, speakers, organizations,
# places and quotes each look different from the text and from each other,
# with colour and without it, on a terminal with italics and on one
# without; so nothing is told by colour alone.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmuxlib.sh"

sgr() { python3 "$(dirname "$0")/sgr.py" "$@"; }

# faces TERM ENV [OPTION]: open the sample, go to the first quote, and print the
# attributes of a person, a speaker, an organization, a place and the
# words of a quote that is not marked, one a line
faces() {
	start 120 40 "env LC_ALL=C.UTF-8 TERM=$1 $2 '$LEDE' ${3:-} '$SAMPLE'"
	wait_for "At the beginning of November" >/dev/null
	tm send-keys ']'
	wait_for "Blinken said" >/dev/null
	sleep 0.3
	tm capture-pane -e -p >"$tmp/faces"
	sgr "$tmp/faces" "Putin is an example" "Blinken said" "NATO expelling" "Moscow suspending" \
		"have clarity"
}

# distinct FILE: whether its lines differ from each other and from "normal"
distinct() {
	[ "$(grep -c -v '^normal$' "$1")" = 5 ] && [ "$(sort -u "$1" | wc -l)" = 5 ]
}

faces xterm-256color NO_COLOR=1 >"$tmp/mono"
set -- $(cat "$tmp/mono")
is "$1" bold "without colour, a person is bold"
is "$2" "bold,underline" "a speaker bold and underlined"
is "$3" "dim,underline" "an organization dim and underlined"
is "$4" dim "a place dim"
is "$5" italic "the words of a quote in italics"
check "so all five differ, from the text and from each other" distinct "$tmp/mono"
lacks "$tmp/mono" colour "no colour is drawn with NO_COLOR"

faces xterm-256color "" --color=never >"$tmp/never"
check "--color=never gives the same faces" cmp -s "$tmp/mono" "$tmp/never"

faces screen-256color NO_COLOR=1 >"$tmp/noitalic"
set -- $(cat "$tmp/noitalic")
is "$5" normal "without italics a quote is told by its marks alone"
sed 's/\x1b\[[0-9;]*m//g' "$tmp/faces" >"$tmp/plain"
contains "$tmp/plain" "He added, “We don’t" "and they are on the screen"
check "people, speakers, organizations and places still differ" \
	test "$(head -4 "$tmp/noitalic" | sort -u | grep -c -v '^normal$')" = 4
check "nothing falls back to plain underline, a link's face" sh -c "! grep -qx underline '$tmp/noitalic'"

faces xterm-256color "" >"$tmp/colour"
check "with colour each face has a colour too" test "$(grep -c colour "$tmp/colour")" = 5
sed 's/colour,\{0,1\}//; s/,$//; s/^$/normal/' "$tmp/colour" >"$tmp/colour-attrs"
check "and the same attributes as without" cmp -s "$tmp/mono" "$tmp/colour-attrs"

done_testing
