# lib.sh — TAP for the shell tests. Source it, call the checks, end with
# done_testing. $tmp is a scratch folder removed at exit.

n=0
failures=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/lede-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
diag() { printf '%s\n' "$@" | sed 's/^/#   /'; }

# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
	desc=$1
	shift
	if "$@" >/dev/null 2>&1; then pass "$desc"; else fail "$desc"; fi
}

# is GOT EXPECTED DESCRIPTION
is() {
	if [ "$1" = "$2" ]; then
		pass "$3"
	else
		fail "$3"
		diag "got:      $1" "expected: $2"
	fi
}

# contains FILE TEXT DESCRIPTION / lacks FILE TEXT DESCRIPTION
contains() {
	if grep -qF -- "$2" "$1"; then pass "$3"; else fail "$3"; diag "missing: $2"; fi
}
lacks() {
	if grep -qF -- "$2" "$1"; then fail "$3"; diag "found: $(grep -F -- "$2" "$1" | head -1)"; else pass "$3"; fi
}

done_testing() {
	echo "1..$n"
	[ "$failures" -eq 0 ]
}
