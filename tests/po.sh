#!/bin/sh
# po.sh — the German and Russian catalogs are complete: every message the
# sources mark for translation is translated, none is fuzzy, and the
# translations keep their printf directives (msgfmt -c).
. "$(dirname "$0")/lib.sh"

srcdir=$(cd "$TESTDATA/../.." && pwd)
if ! command -v xgettext >/dev/null 2>&1 || ! command -v msgfmt >/dev/null 2>&1; then
	skip "translation catalogs" "gettext tools are not installed"
	done_testing
	exit $?
fi
files=$(grep -v '^#' "$srcdir/po/POTFILES.in")
(cd "$srcdir" && xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 -o "$tmp/now.pot" $files)
check "the sources' messages can be collected" test -s "$tmp/now.pot"
for lang in $(cat "$srcdir/po/LINGUAS"); do
	po=$srcdir/po/$lang.po
	msgfmt -c --statistics -o /dev/null "$po" 2>"$tmp/stats"
	is "$?" 0 "$lang.po is valid and its directives match"
	stats=$(cat "$tmp/stats")
	case $stats in
	*fuzzy*|*untranslated*) fail "$lang.po has no fuzzy or untranslated messages"; diag "$stats" ;;
	*) pass "$lang.po has no fuzzy or untranslated messages" ;;
	esac
	# every message of the sources is in the catalog
	msgmerge -q --no-fuzzy-matching -o "$tmp/merged.po" "$po" "$tmp/now.pot" 2>/dev/null
	merged=$(msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)
	case $merged in
	*untranslated*|*fuzzy*) fail "$lang.po translates every message of the sources"; diag "$merged" ;;
	*) pass "$lang.po translates every message of the sources ($merged)" ;;
	esac
done
done_testing
