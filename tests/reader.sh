#!/bin/sh
# reader.sh — reading in a real terminal (tmux): the panel of people and
# quotes, ] and [ from quote to quote, choosing a person, search, saving
# to a typed path, following links and going back, $BROWSER, reloading,
# the mouse, settings, a resize, suspending with Ctrl-Z, and quitting.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmuxlib.sh"

# whether TEXT is shown in reverse video somewhere (a mark or a match)
reversed() {
	tm capture-pane -p -e | grep -q "$(printf '\033')\\[[0-9;]*7m$1"
}
# the row (1-based) where TEXT first shows
wait_for_tm() {   # wait_for_tm FORMAT VALUE: until tmux shows FORMAT as VALUE
	for _ in $(seq 1 30); do
		[ "$(tm display -p "$1")" = "$2" ] && return 0
		sleep 0.1
	done
	return 1
}
row_of() {
	tm capture-pane -p | grep -nF -- "$1" | head -1 | cut -d: -f1
}

cd "$tmp" || exit 99
start 130 36 "$run '$LEDE' --color=never '$SAMPLE'; echo \$? >'$tmp/status'"

# ---- the panel ----
check "a wide terminal shows the panel" wait_for "People"
check "people, most mentioned first, with how often they are named" grep -Eq '│ William Burns +8 *$' "$screen"
check "then the others" test "$(grep -n '│ Vladimir Putin' "$screen" | cut -d: -f1)" -gt "$(grep -n '│ William Burns' "$screen" | cut -d: -f1)"
contains "$screen" "│ Quotes" "a Quotes heading"
contains "$screen" "│ Blinken: “Any escalatory" "quotes by speaker and first words"
contains "$screen" "│ Burns: “firmness and" "a partial quote is listed"
lacks "$screen" "“rewarding" "a scare quote is not"

# ---- ] and [ ----
third=$((36 / 3 + 1))
k=0
for words in "Any escalatory" "He added, “We don’t" "I learned that it rarely" \
	"firmness and vigilance" "that “the reality is"; do
	k=$((k + 1))
	tm send-keys ']'
	sleep 0.4
	r=$(row_of "$words")
	# in the upper third, unless the text ends before that can be
	lim=$third
	tm capture-pane -p | tail -1 >"$tmp/st"
	if grep -q "(END)" "$tmp/st"; then lim=36; fi
	check "] goes to quote $k, in the upper third (row ${r:-none})" test -n "$r" -a "${r:-99}" -le "$lim"
done
check "the last quote is marked" reversed "the reality is"
status_line >"$tmp/st"
contains "$tmp/st" "William Burns" "the status names its speaker"
tm send-keys ']'
check "] after the last quote wraps, and says so" wait_for "No more quotes; back to the first"
r=$(row_of "Any escalatory or aggressive")
check "to the first quote" test -n "$r"
tm send-keys '['
check "[ before the first wraps to the last" wait_for "No quotes before; on to the last"
k=5
for words in "firmness and vigilance" "I learned that it rarely" "He added, “We don’t" "Any escalatory"; do
	k=$((k - 1))
	tm send-keys '['
	sleep 0.4
	r=$(row_of "$words")
	check "[ goes back to quote $k, in the upper third (row ${r:-none})" test -n "$r" -a "${r:-99}" -le "$third"
done
tm send-keys Escape
check "Esc clears the mark" wait_gone "No quotes before"

# ---- choosing a person ----
tm send-keys Tab
check "Tab moves into the panel" wait_for "[panel]"
tm send-keys g j j Enter
check "Enter on a person marks their mentions" wait_for "Joseph Biden: 2 mentions"
contains "$screen" "person: Joseph Biden" "the status line shows the person"
contains "$screen" "│ Quotes of Joseph Biden" "the quotes narrow to theirs"
contains "$screen" "│ (no quotes)" "(none)"
check "a mention is marked in the text" reversed "Joseph Biden"
tm send-keys n
check "n goes to the next mention" wait_for "Mention 2 of 2 of Joseph Biden"
tm send-keys n
check "and wraps to the first, saying so" wait_for "Back at the first mention of Joseph Biden"
tm send-keys k k Enter
check "another person" wait_for "William Burns: 8 mentions"
contains "$screen" "│ Burns: “I learned" "with their quotes"
lacks "$screen" "│ Blinken: “" "and no one else's"
tm send-keys Escape
check "Esc clears the person" wait_gone "person: William Burns"
contains "$screen" "│ Blinken: “Any escalatory" "and the quotes are all back"
tm send-keys Tab
check "Tab goes back to the text" wait_gone "[panel]"

# ---- search ----
tm send-keys / p u t i n Enter
check "/ searches; without capitals case does not count" wait_for "Match 1 of 7"
contains "$screen" "/putin" "the status line shows the search"
check "matches are marked" reversed "Putin"
tm send-keys n
check "n: the next match" wait_for "Match 2 of 7"
tm send-keys N
check "N: the one before" wait_for "Match 1 of 7"
tm send-keys / P U T I N Enter
check "a capital makes case count" wait_for "Pattern not found: PUTIN"
tm send-keys / K u l e b a Enter
check "one match" wait_for "Match 1 of 1"
tm send-keys n
check "n after the last match wraps, and says so" wait_for "Search hit the end; went on from the top"
tm send-keys '?' N A T O Enter
check "? searches backward" wait_for "?NATO"
tm send-keys Escape

# ---- help, the panel on and off, a narrow terminal ----
tm send-keys h
check "h shows the help" wait_for "next quote"
contains "$screen" "show or hide the panel of people and quotes" "with the panel's key"
tm send-keys G
check "the help lists the keys no setting changes: Ctrl-Z" wait_for "Ctrl-Z"
contains "$screen" "delete the word before the cursor" "and a prompt's editing keys"
tm send-keys ']'
check "the article's keys wait until the help is left" wait_for "q leaves the help"
tm send-keys q
check "q leaves it" wait_for "│ Quotes"
tm send-keys p
check "p hides the panel" wait_gone "│ Quotes"
tm send-keys p
check "p shows it again" wait_for "│ Quotes"
tm resize-window -x 90 -y 36
check "under 100 columns the panel hides itself" wait_gone "│ Quotes"
tm send-keys p
check "and p says why" wait_for "The panel needs a terminal 100 columns wide"
tm send-keys p
tm resize-window -x 130 -y 36
check "it comes back on a wide terminal, however often p was pressed" wait_for "│ Quotes"
tm send-keys Tab G
sleep 0.4
check "G in the panel chooses its last item" reversed "Burns: “the reality"
tm send-keys g Tab
tm send-keys Tab
for _ in $(seq 1 25); do tm send-keys j; done
tm resize-window -x 130 -y 10
sleep 0.4
tm resize-window -x 130 -y 36
check "a panel scrolled on a short terminal shows all it can again when it grows" wait_for "│ People"
tm send-keys Tab

# ---- saving ----
name=senior-level-engagement-with-russia-is-good-if-its-realistic.txt
tm send-keys s
check "s asks where, with a name from the title" wait_for "Save to: $name"
tm send-keys Enter
check "Enter saves" wait_for "Saved $name"
check "the file holds the article" grep -q "At the beginning of November" "$tmp/$name"
cp "$tmp/$name" "$tmp/saved-before"
tm send-keys s Enter
check "an existing file: a question" wait_for "The file exists. Replace it? (y/n)"
tm send-keys n
check "n keeps it" wait_for "Not saved"
check "untouched" cmp -s "$tmp/$name" "$tmp/saved-before"
tm send-keys s C-w
sleep 0.2
tm send-keys -l "new story.md"
tm send-keys C-w
sleep 0.2
tm send-keys -l "article.md"
tm send-keys Enter
check "Ctrl-W deletes a word, back to a blank; .md saves Markdown" wait_for "Saved new article.md"
check "as Markdown" grep -q "^# Senior-level engagement" "$tmp/new article.md"
tm send-keys s C-u
sleep 0.2
tm send-keys a . j s o n Enter
check "Ctrl-U clears the line; .json saves JSON" wait_for "Saved a.json"
check "as JSON" grep -q '"people":\[{"name":"William Burns"' "$tmp/a.json"
tm send-keys s C-u
sleep 0.2
tm send-keys -l "nodir/x.txt"
tm send-keys Enter
check "a missing directory is an error on the status line" wait_for "Not saved: nodir/x.txt: no such directory"
tm send-keys s C-u
sleep 0.2
tm send-keys -l "/dev/null"
tm send-keys Enter
check "a device is not replaced, and the status line says why" wait_for "/dev/null: it is not a regular file"
tm send-keys s Escape
check "Esc cancels" wait_gone "Save to:"
tm send-keys s Enter y
check "y replaces" wait_for "Saved $name"

# ---- the browser ----
tm send-keys o
check "o without \$BROWSER shows the address" wait_for "BROWSER is not set; the address is https://thehill.com/opinion"
tm capture-pane -p | tail -4 | sed 's/^ *//; s/ *$//' | tr -d '\n' >"$tmp/addr"
contains "$tmp/addr" "https://thehill.com/opinion/international/581346-senior-level-engagement-with-russia-is-good-if-its-realistic/" \
	"whole, over lines of its own when it is longer than the status line"
tm send-keys j
check "and goes with the next key" wait_gone "BROWSER is not set"

# ---- quitting ----
tm send-keys q
is "$(status)" 0 "q quits with status 0"
is "$(tm display -p '#{alternate_on}')" 0 "and the terminal is restored"

# ---- links, back, reload, $BROWSER with a link ----
cat >"$tmp/a.html" <<'EOF'
<html><head><title>Page A</title></head><body><article><h1>Page A</h1>
<p>The first page has a <a href="b.html">link to page B</a>, a <a href="gone.html">link to
nowhere</a> and an <a href="https://example.com/x">outside link</a>; it is long enough to be an
article, with commas, and more words.</p>
<p>A second paragraph keeps the article going, with more text, and more commas.</p>
</article></body></html>
EOF
sed 's/Page A/Page B/g; s/The first page/The second page/' "$tmp/a.html" >"$tmp/b.html"
printf '#!/bin/sh\nprintf "%%s\\n" "$1" >>"%s/opened"\n' "$tmp" >"$tmp/browser"
chmod +x "$tmp/browser"
start 100 20 "cd '$tmp' && BROWSER='$tmp/browser' $run '$LEDE' a.html; echo \$? >'$tmp/status'"
check "a page with links" wait_for "The first page"
tm send-keys '#'
check "# numbers the links" wait_for "link to page B[1]"
tm send-keys L
check "L lists the links" wait_for "[1] link to page B  b.html"
contains "$screen" "[3] outside link  https://example.com/x" "with their addresses"
tm send-keys Enter
check "Enter reads the link in lede" wait_for "The second page"
check "the status line counts the pages" wait_for "(page 2)"
tm send-keys B
check "B goes back" wait_for "The first page"
tm send-keys L Enter
wait_for "The second page" >/dev/null
tm send-keys BSpace
check "Backspace goes back too" wait_for "The first page"
tm send-keys L j Enter
check "a link that cannot be read is an error on the status line" wait_for "gone.html: "
contains "$screen" "Links (Enter" "and the list stays"
tm send-keys j o
sleep 0.5
check "o in the list opens the link in \$BROWSER" grep -qx "https://example.com/x" "$tmp/opened"
tm send-keys q
sed -i 's/The first page/The changed page/' "$tmp/a.html"
tm send-keys r
check "r reads the page again" wait_for "The changed page"
contains "$screen" "Read again" "and says so"

tm send-keys q

# ---- the mouse (X10 reports, as tmux passes them on) ----
start 100 36 "$run '$LEDE' '$SAMPLE'"
wait_for "People" >/dev/null
tm send-keys -l "$(printf '\033[Ma!!')"
check "the wheel scrolls" wait_gone "Joshua C. Huminski, opinion contributor"
tm send-keys -l "$(printf '\033[M`!!')"
check "and back" wait_for "Joshua C. Huminski, opinion contributor"
# a click on the fourth line of the panel, at column 70
tm send-keys -l "$(printf '\033[M g%%')"
tm send-keys -l "$(printf '\033[M#g%%')"
check "a click in the panel selects there" wait_for "[panel]"
tm send-keys Enter
check "(the person on that line)" wait_for "Nikolai Patrushev: 2 mentions"
tm send-keys q

# ---- standard input cannot be read again ----
start 100 30 "cat '$tmp/a.html' | $run '$LEDE'"
wait_for "Page A" >/dev/null
tm send-keys r
check "r on standard input says it cannot" wait_for "cannot be read again"
tm send-keys q

# ---- settings ----
mkdir -p "$tmp/cfg/lede"
printf 'bind x quit\nfrobnicate\nwidth 50\n' >"$tmp/cfg/lede/config"
start 100 30 "echo; XDG_CONFIG_HOME='$tmp/cfg' $run '$LEDE' '$SAMPLE'; echo \$? >'$tmp/status'"
check "a mistake in the settings is shown" wait_for "config:2: unknown setting 'frobnicate'"
widest=$(head -n 29 "$screen" | cut -d'│' -f1 | wc -L)
check "width sets the text's width ($widest)" test "$widest" -le 53
tm send-keys x
is "$(status)" 0 "a key bound in the settings works"
check "and the mistake stays on the terminal" wait_for "lede: $tmp/cfg/lede/config:2: unknown setting"
printf 'panel left\npanel-width 40\nface person underline\nbind Hash quit\n' >"$tmp/cfg/lede/config"
start 130 30 "XDG_CONFIG_HOME='$tmp/cfg' $run '$LEDE' '$SAMPLE'"
check "panel left puts the panel on the left" wait_for "At the beginning"
wait_for "People" >/dev/null
pcol=$(grep -m1 'People' "$screen" | sed 's/People.*//' | wc -c)
check "at the first columns (column $pcol)" test "$pcol" -le 3
col=$(grep -m1 "At the beginning" "$screen" | sed 's/At the beginning.*//' | wc -c)
check "panel-width sets its width (the text starts at column $col)" test "$col" -gt 40 -a "$col" -lt 50
tm capture-pane -e -p >"$tmp/cfg-faces"
is "$(python3 "$TESTDATA/../sgr.py" "$tmp/cfg-faces" "Joseph Biden dispatched")" underline "face sets a face"
tm send-keys '#'
check "Hash names the # key" wait_gone "People"

# ---- a resize keeps the paragraph being read ----
start 130 30 "$run '$LEDE' '$SAMPLE'"
wait_for "People" >/dev/null
tm send-keys / W h e t h e r Enter
wait_for "Match 1 of 1" >/dev/null
tm send-keys Escape
tm resize-window -x 70 -y 30
sleep 0.5
check "after a resize the paragraph read is still on screen" test -n "$(row_of 'Whether Washington')"
tm send-keys q

# ---- a message never passes a control character on ----
esc=$(printf '\033')
start 100 30 "BROWSER='nosuchbrowser${esc}[31m' $run '$LEDE' --color=never '$SAMPLE'"
wait_for "People" >/dev/null
tm send-keys o
check "a failing \$BROWSER is reported" wait_for "ended with status"
tm capture-pane -p -e >"$tmp/attrs"
check "and its escape sequence is not passed to the terminal" sh -c '! grep -q "$(printf "\033")\[[0-9;]*31m" "$1"' - "$tmp/attrs"
tm send-keys q

# ---- Ctrl-Z suspends, fg restores ----
start 100 30 "env -i HOME='$tmp' PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TERM=screen-256color PS1='$ ' sh -i"
sleep 0.3
tm send-keys "'$LEDE' '$SAMPLE'" Enter
check "the pager runs under a shell" wait_for "People"
tm send-keys C-z
check "Ctrl-Z suspends it" wait_gone "People"
is "$(tm display -p '#{alternate_on}')" 0 "the terminal is the shell's again"
tm send-keys fg Enter
check "fg brings it back" wait_for "People"
check "the keypad is in its mode again at once" wait_for_tm '#{keypad_flag}' 1
tm send-keys Down
sleep 0.3
lacks "$screen" "This is the first page read" "Down is Down, not Esc [ B"
tm send-keys End
check "and the keypad's keys work again (End)" wait_for "(END)"
tm send-keys Home
check "(Home)" wait_for "Top"
lacks "$screen" "no such key" "no key is taken for another"
tm send-keys q
check "q leaves it" wait_gone "People"

# ---- a crash restores the terminal too ----
start 100 30 "sh -c 'echo \$\$ >\"$tmp/pid\"; exec env LC_ALL=C.UTF-8 TERM=xterm-256color \"$LEDE\" \"$SAMPLE\"'; sleep 30"
check "the pager runs" wait_for "People"
kill -SEGV "$(cat "$tmp/pid")"
check "after SIGSEGV the alternate screen is left" wait_for_tm '#{alternate_on}' 0
is "$(tm display -p '#{cursor_flag}')" 1 "the cursor is shown"
is "$(tm display -p '#{mouse_any_flag}')" 0 "the mouse is the terminal's again"

# ---- --no-panel ----
start 130 36 "$run '$LEDE' --no-panel '$SAMPLE'"
check "--no-panel opens the article" wait_for "At the beginning of November"
lacks "$screen" "│ Quotes" "without the panel"
tm send-keys p
check "p shows it" wait_for "│ Quotes"
tm send-keys q

done_testing
