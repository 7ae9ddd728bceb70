#!/bin/sh
# pager.sh — the pager in a real terminal (tmux): it shows the article,
# pages, goes to the end and back, shows its help, reflows on a resize,
# quits with q, and restores the terminal on q and on a signal.
. "$(dirname "$0")/lib.sh"

. "$(dirname "$0")/tmuxlib.sh"
start 90 30 "$run '$LEDE' '$SAMPLE'; echo \$? >'$tmp/status'"
check "the pager opens on the article" wait_for "Senior-level engagement with Russia"
contains "$screen" "Joshua C. Huminski, opinion contributor" "the byline is on top"
contains "$screen" "At the beginning of November" "the first paragraph follows"
# the status line comes with the same screen update, but a busy machine
# may show the text first
check "the status line shows the position" wait_for "Top"
contains "$screen" "h: help  q: quit  [reading]" "and the mode, with a hint for the first keys"
is "$(tail -1 "$screen" | cut -c1-30)" " Senior-level engagement with " "and the title"
widest=$(head -n 29 "$screen" | wc -L)
check "text keeps a readable measure (widest line $widest <= 82)" test "$widest" -le 82
check "the alternate screen is on while paging" test "$(tm display -p '#{alternate_on}')" = 1

tm send-keys Space
check "Space pages forward" wait_for "Whether Washington has any leverage"
lacks "$screen" "At the beginning of November" "the first page has scrolled away"
contains "$screen" "%" "the status shows a percentage"
tm send-keys b
check "b pages back" wait_for "At the beginning of November"
tm send-keys j
sleep 0.3
tm capture-pane -p >"$screen"
is "$(head -1 "$screen" | sed "s/^ *//")" "Joshua C. Huminski, opinion contributor · The Hill" "j scrolls one line"
tm send-keys G
check "G goes to the end" wait_for "(END)"
contains "$screen" "@joshuachuminski." "the last line is the bio"
tm send-keys g
check "g goes back to the top" wait_for "Senior-level engagement with Russia"
tm send-keys h
check "h shows the help" wait_for "forward one page"
contains "$screen" "Space, PgDn, Ctrl-F, f" "the help lists the keys"
tm send-keys q
check "q leaves the help" wait_for "At the beginning of November"
tm send-keys F1
check "F1 shows it too" wait_for "forward one page"
tm send-keys q
wait_for "At the beginning of November" >/dev/null

tm send-keys Space
wait_for "Whether Washington" >/dev/null
# the first words of the line at the top, and the first words of the
# paragraph after it: after the resize the first are still at the top
top_words=$(tm capture-pane -p | head -1 | sed 's/^ *//' | cut -d' ' -f1-3)
tm resize-window -x 50 -y 30
sleep 0.5
tm capture-pane -p >"$screen"
widest=$(head -n 29 "$screen" | wc -L)
check "a resize reflows the text to 50 columns (widest $widest)" test "$widest" -le 50
contains "$screen" "leverage" "and keeps the place being read"
head -2 "$screen" | tr '\n' ' ' | sed 's/  */ /g' >"$tmp/top2"
contains "$tmp/top2" "$top_words" "at the top of the screen ($top_words)"
for w in 120 40 150 70; do
	tm resize-window -x $w -y 30
	sleep 0.3
done
tm resize-window -x 90 -y 30
sleep 0.5
is "$(tm capture-pane -p | head -1 | sed 's/^ *//' | cut -d' ' -f1-3)" "$top_words" \
	"resize after resize, back at the first width, the same line is at the top"

tm send-keys q
is "$(status)" 0 "q quits with status 0"
is "$(tm display -p '#{alternate_on}')" 0 "and the terminal is restored"

# a terminal that cannot place its cursor gets the article printed
start 90 30 "env LC_ALL=C.UTF-8 TERM=dumb '$LEDE' '$SAMPLE'; echo \$? >'$tmp/status'"
check "TERM=dumb prints the article" wait_for "Joshua C. Huminski is director"
is "$(status)" 0 "and exits 0"

# keys come from the terminal when the page comes through a pipe
start 90 30 "cat '$SAMPLE' | $run '$LEDE'; echo \$? >'$tmp/status'"
check "a page on standard input opens in the pager" wait_for "At the beginning of November"
tm send-keys q
is "$(status)" 0 "and q quits it"

# a signal ends the pager with the terminal restored
start 90 30 "exec $run '$LEDE' '$SAMPLE'"
wait_for "At the beginning of November" >/dev/null
kill -TERM "$(tm display -p '#{pane_pid}')"
sleep 0.5
is "$(tm display -p '#{pane_dead}')" 1 "SIGTERM ends the pager"
is "$(tm display -p '#{alternate_on}')" 0 "with the terminal restored"
start 90 30 "exec $run '$LEDE' '$SAMPLE'"
wait_for "At the beginning of November" >/dev/null
tm send-keys C-c
sleep 0.5
is "$(tm display -p '#{pane_dead}')" 1 "Ctrl-C ends the pager"
is "$(tm display -p '#{alternate_on}')" 0 "with the terminal restored"

# a page without an article: its text, with a notice
start 90 30 "$run '$LEDE' '$TESTDATA/homepage.html'; echo \$? >'$tmp/status'"
check "a home page opens in the pager" wait_for "Council approves budget"
contains "$screen" "No article found on this page" "with a notice"
tm send-keys j
sleep 0.3
tm capture-pane -p >"$screen"
contains "$screen" "(no article)" "and the status line keeps saying so"
tm send-keys q
is "$(status)" 0 "q quits it"

# several articles: :n and :p move between them
start 90 30 "$run '$LEDE' '$SAMPLE' '$TESTDATA/pages/ol.html'"
wait_for "At the beginning of November" >/dev/null
tm send-keys : n
check ":n opens the next article" wait_for "Article 2 of 2"
tm send-keys : p
check ":p goes back" wait_for "At the beginning of November"
tm send-keys q
done_testing
