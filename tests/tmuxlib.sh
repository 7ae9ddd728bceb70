# tmuxlib.sh — driving lede in a real terminal (tmux) for the shell tests;
# sourced after lib.sh. Skips the whole test when tmux is missing, unless
# tmux_optional is set: then it only leaves have_tmux empty. A command in
# on_exit runs when the test ends, with the tmux servers stopped.

if [ -z "$TMUX_BIN" ] || ! command -v "$TMUX_BIN" >/dev/null 2>&1; then
	have_tmux=
	[ -n "$tmux_optional" ] && return 0
	skip "terminal tests" "tmux is not installed"
	done_testing
	exit $?
fi
have_tmux=yes
# every start gets a server of its own: a server told to quit may still be
# answering for a moment, and a session started on it would die with it
sock_base=lede-$(basename "$0" .sh)-$$
sock_n=0
sock=$sock_base-0
tm() { "$TMUX_BIN" -L "$sock" "$@"; }
kill_servers() {
	n=0
	while [ "$n" -le "$sock_n" ]; do
		"$TMUX_BIN" -L "$sock_base-$n" kill-server 2>/dev/null
		n=$((n + 1))
	done
}
trap 'kill_servers; eval "${on_exit:-:}"; rm -rf "$tmp"' EXIT
screen=$tmp/screen

# wait_for TEXT: until the screen shows TEXT (5 seconds at most)
wait_for() {
	for _ in $(seq 1 50); do
		tm capture-pane -p >"$screen" 2>/dev/null
		grep -qF -- "$1" "$screen" && return 0
		sleep 0.1
	done
	return 1
}

# wait_gone TEXT: until the screen no longer shows TEXT
wait_gone() {
	for _ in $(seq 1 50); do
		tm capture-pane -p >"$screen" 2>/dev/null
		grep -qF -- "$1" "$screen" || return 0
		sleep 0.1
	done
	return 1
}

# the status line (the screen's last line), after a moment to settle
status_line() {
	sleep 0.3
	tm capture-pane -p | tail -1
}

# start COLUMNS ROWS COMMAND: a new session running COMMAND; its pane stays
# after the command ends, so the screen can still be read
echo "set -g remain-on-exit on" >"$tmp/tmux.conf"
start() {
	tm kill-server 2>/dev/null
	sock_n=$((sock_n + 1))
	sock=$sock_base-$sock_n
	rm -f "$tmp/status"
	tm -f "$tmp/tmux.conf" new-session -d -x "$1" -y "$2" "$3"
}
# the exit status of a command started as "...; echo \$? >$tmp/status"
status() {
	for _ in $(seq 1 30); do
		[ -s "$tmp/status" ] && break
		sleep 0.1
	done
	cat "$tmp/status" 2>/dev/null
}

run="env LC_ALL=C.UTF-8 TERM=screen-256color"
