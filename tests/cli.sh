#!/bin/sh
# cli.sh — the command line as scripts use it: options, exit status,
# messages on stderr, formats, saving.
. "$(dirname "$0")/lib.sh"

out=$tmp/out
err=$tmp/err

"$LEDE" --help >"$out" 2>"$err"
is "$?" 0 "--help exits 0"
contains "$out" "Usage: lede [OPTION]... [SOURCE]..." "--help shows the usage"
contains "$out" "--max-size" "--help lists the options"

"$LEDE" --version >"$out"
is "$?" 0 "--version exits 0"
is "$(head -1 "$out")" "lede 0.1.0" "--version names the program and version"

"$LEDE" --bogus "$SAMPLE" >"$out" 2>"$err"
is "$?" 2 "an unknown option is a usage error (2)"
contains "$err" "lede: unknown option '--bogus'" "and says which option"
contains "$err" "Try 'lede --help'" "and where to look"

"$LEDE" --format=xml "$SAMPLE" >"$out" 2>"$err"
is "$?" 2 "an unknown format is a usage error"
"$LEDE" --width=wide "$SAMPLE" >"$out" 2>"$err"
is "$?" 2 "a bad width is a usage error"
"$LEDE" --timeout=0 "$SAMPLE" >"$out" 2>"$err"
is "$?" 2 "a zero timeout is a usage error"
"$LEDE" -f >"$out" 2>"$err"
is "$?" 2 "a missing option value is a usage error"
contains "$err" "needs a value" "and says so"
"$LEDE" - - <"$SAMPLE" >"$out" 2>"$err"
is "$?" 2 "standard input twice is a usage error"

"$LEDE" /nonexistent/page.html >"$out" 2>"$err"
is "$?" 1 "a missing file fails with 1"
is "$(cat "$err")" "lede: /nonexistent/page.html: No such file or directory" "with one clear line on stderr"
is "$(wc -c <"$out")" 0 "and nothing on stdout"

"$LEDE" /nonexistent/a.html "$SAMPLE" >"$out" 2>"$err"
is "$?" 1 "one failed SOURCE of two exits 1"
contains "$out" "At the beginning of November" "the other is still printed"
contains "$err" "lede: /nonexistent/a.html:" "the failure is reported"

"$LEDE" "$SAMPLE" >"$out" 2>"$err"
is "$?" 0 "output to a pipe or file dumps the article"
is "$(head -1 "$out")" "Senior-level engagement with Russia is good — if it’s realistic" "the title comes first"

"$LEDE" - <"$SAMPLE" >"$out"
contains "$out" "At the beginning of November" "- reads standard input"
cat "$SAMPLE" | "$LEDE" >"$out"
contains "$out" "At the beginning of November" "no SOURCE with a pipe on stdin reads stdin"

"$LEDE" --format=json "$SAMPLE" >"$out"
is "$("$JSONQ" -n <"$out")" 1 "--format=json prints one JSON object"
is "$("$JSONQ" -k <"$out" | tr '\n' ' ')" "url title author published site lang excerpt text blocks links people organizations places quotes " \
	"with every key of the contract, in order"
is "$("$JSONQ" .title <"$out")" "Senior-level engagement with Russia is good — if it’s realistic" "the title"
is "$("$JSONQ" .author <"$out")" "Joshua C. Huminski, opinion contributor" "the author"
is "$("$JSONQ" .site <"$out")" "The Hill" "the site"
is "$("$JSONQ" .lang <"$out")" "en-US" "the language"
is "$("$JSONQ" .published <"$out")" "null" "an unknown date is null"
is "$("$JSONQ" .url <"$out")" "https://thehill.com/opinion/international/581346-senior-level-engagement-with-russia-is-good-if-its-realistic/" \
	"the page's address from its canonical link"
is "$("$JSONQ" '.blocks[0].type' <"$out")" "paragraph" "blocks have types"
blocks=$("$JSONQ" -l .blocks <"$out")
check "there are many blocks ($blocks)" test "$blocks" -gt 10
people=$("$JSONQ" .people <"$out")
for name in "Joseph Biden" "William Burns" "Vladimir Putin" "Nikolai Patrushev" "Sergey Naryshkin" \
	"Anthony Blinken" "Dmytro Kuleba" "Joshua C. Huminski"; do
	check "the people include $name" sh -c 'case "$1" in *"\"name\":\"$2\""*) ;; *) exit 1 ;; esac' - "$people" "$name"
done
check "Putin is one person with his surname as an alias" sh -c \
	'case "$1" in *'"'"'{"name":"Vladimir Putin","aliases":["Putin"]'"'"'*) ;; *) exit 1 ;; esac' - "$people"
check "titles are not part of names" sh -c 'case "$1" in *President*|*Director*|*Secretary*) exit 1 ;; esac' - "$people"
check "an organization named after someone is not a person" sh -c 'case "$1" in *Rogers*) exit 1 ;; esac' - "$people"
quotes=$("$JSONQ" .quotes <"$out")
is "$("$JSONQ" -l .quotes <"$out")" 5 "five quotes are listed"
is "$("$JSONQ" '.quotes[0].speaker' <"$out")" "Anthony Blinken" "“Any escalatory …” is Blinken’s"
is "$("$JSONQ" '.quotes[1].speaker' <"$out")" "Anthony Blinken" "and so is the one after “He added”"
is "$("$JSONQ" '.quotes[2].speaker' <"$out")" "William Burns" "the block quote after the colon is Burns’s"
is "$("$JSONQ" '.quotes[3].text' <"$out")|$("$JSONQ" '.quotes[3].kind' <"$out")|$("$JSONQ" '.quotes[3].speaker' <"$out")" \
	"firmness and vigilance|partial|William Burns" "“firmness and vigilance” is a partial quote of Burns"
is "$("$JSONQ" '.quotes[4].speaker' <"$out")" "William Burns" "“the reality is that …” is Burns’s"
check "scare quotes are not listed" sh -c 'case "$1" in *rewarding*|*winning*|*losing*) exit 1 ;; esac' - "$quotes"

"$LEDE" -f json "$SAMPLE" /nonexistent.html "$SAMPLE" >"$out" 2>"$err"
is "$?" 1 "several SOURCEs with one failure exit 1"
is "$("$JSONQ" -n <"$out")" 2 "and print one JSON object per line for the others"

"$LEDE" "$SAMPLE" "$SAMPLE" >"$out"
is "$(grep -c "$(printf '^\f$')" "$out")" 1 "text articles are separated by a form-feed line"

# --annotate: who is named and who said what, after the article
"$LEDE" --dump --annotate "$SAMPLE" >"$out"
check "--annotate adds a People section" grep -qx People "$out"
is "$(grep -A2 -x People "$out" | tail -1 | cut -d'(' -f1)" "* William Burns " "which lists the people, most mentioned first"
contains "$out" "* Anthony Blinken: “Any escalatory or aggressive actions" "and the quotes with their speakers"
check "after the article" sh -c '[ "$(grep -n "^People$" "$1" | cut -d: -f1)" -gt "$(grep -n "Huminski is director" "$1" | cut -d: -f1)" ]' - "$out"
"$LEDE" --dump --annotate -f markdown "$SAMPLE" >"$out"
contains "$out" "## People" "in Markdown, under headings"
contains "$out" "- **Anthony Blinken**: “Any escalatory" "with the speaker in bold"
"$LEDE" --dump "$SAMPLE" >"$out"
check "without --annotate, only the article" sh -c '! grep -qx People "$1"' - "$out"

cd "$tmp" || exit 99
"$LEDE" -o saved.json "$SAMPLE" >"$out" 2>"$err"
is "$?" 0 "-o saves"
is "$(wc -c <"$out")" 0 "and prints nothing"
is "$("$JSONQ" .title <saved.json)" "Senior-level engagement with Russia is good — if it’s realistic" \
	"the format follows the .json extension"
before=$(cksum <saved.json)
"$LEDE" -o saved.json -f text "$SAMPLE" >"$out" 2>"$err"
is "$?" 1 "-o refuses to replace an existing file"
contains "$err" "lede: saved.json: file exists; use --force to replace it" "and says why"
is "$(cksum <saved.json)" "$before" "the file is untouched"
"$LEDE" -o saved.json -f text --force "$SAMPLE" >"$out" 2>"$err"
is "$?" 0 "--force replaces it"
echo precious >precious.txt
ln -s precious.txt link.txt
"$LEDE" -o link.txt --force "$SAMPLE" >"$out" 2>"$err"
is "$?" 1 "-o never writes through a symbolic link, even with --force"
contains "$err" "lede: link.txt: it is a symbolic link; lede does not write through one" "and says why"
is "$(cat precious.txt)" "precious" "the file it points to is untouched"
is "$(head -1 saved.json)" "Senior-level engagement with Russia is good — if it’s realistic" "--format wins over the extension"
is "$(ls -a | grep -c '^\.saved')" 0 "no temporary file is left"
"$LEDE" -o saved.md "$SAMPLE"
is "$(head -1 saved.md)" "# Senior-level engagement with Russia is good — if it’s realistic" ".md saves Markdown"
contains saved.md "> “I learned that it rarely pays" "with the block quote as '> '"
"$LEDE" -o nodir/x.txt "$SAMPLE" >"$out" 2>"$err"
is "$?" 1 "saving into a missing folder fails"
is "$(cat "$err")" "lede: nodir/x.txt: no such directory" "with the reason, said plainly"
"$LEDE" -o failed.txt /nonexistent.html >"$out" 2>"$err"
check "a file is not created when every SOURCE failed" test ! -e failed.txt

"$LEDE" --width=40 "$SAMPLE" >"$out"
widest=$(grep -v '^https://' "$out" | wc -L)
check "--width=40 wraps lines to 40 columns (widest $widest)" test "$widest" -le 40
"$LEDE" --width=0 "$SAMPLE" >"$out"
is "$(grep -c '^At the beginning of November.*when it comes to Moscow\.$' "$out")" 1 "--width=0 keeps a paragraph on one line"

"$LEDE" "$TESTDATA/homepage.html" >"$out" 2>"$err"
is "$?" 1 "a home page has no article: exit 1"
is "$(cat "$err")" "lede: $TESTDATA/homepage.html: no article found on the page" "and says so"

"$LEDE" --links "$TESTDATA/structure.html" >"$out"
contains "$out" "a relative link[1]," "--links numbers the links in the text"
contains "$out" "[1] https://gazette.example/related/story" "and lists them, resolved, at the end"
"$LEDE" "$TESTDATA/structure.html" >"$out"
lacks "$out" "[1]" "without --links there are no numbers"

printf '%%PDF-1.4\n%%binary\n' >doc.pdf
"$LEDE" doc.pdf >"$out" 2>"$err"
is "$?" 1 "a PDF is refused"
is "$(cat "$err")" "lede: doc.pdf: not an HTML page (a PDF document)" "and named"
printf '<html><body><nav><a href="/">Home</a></nav></body></html>' >empty.html
"$LEDE" empty.html >"$out" 2>"$err"
is "$?" 1 "a page without an article fails"
is "$(cat "$err")" "lede: empty.html: no article found on the page" "and says so"
: >zero.html
"$LEDE" zero.html >"$out" 2>"$err"
is "$?" 1 "an empty file fails cleanly"
"$LEDE" . >"$out" 2>"$err"
is "$(cat "$err")" "lede: .: Is a directory" "a directory is refused"
"$LEDE" --max-size=1k "$SAMPLE" >"$out" 2>"$err"
is "$?" 1 "--max-size refuses a larger page"
contains "$err" "larger than 1024 bytes" "and says what the limit is"

(cd "$tmp" && "$LEDE" -o - "$SAMPLE" >"$out" 2>"$err")
is "$?" 0 "-o - prints to standard output"
contains "$out" "At the beginning of November" "the article"
check "and makes no file named -" test ! -e "$tmp/-"
"$LEDE" --help >/dev/full 2>"$err"
is "$?" 1 "--help to a full disk fails"
contains "$err" "lede: standard output:" "and says so"

# more pages than one parser process takes before a fresh one starts
mkdir "$tmp/many"
page=0
while [ $page -lt 300 ]; do
	page=$((page + 1))
	printf '<title>Page %s</title><p>This is page number %s of the many pages read here in one go.</p>\n' \
		$page $page >"$tmp/many/$page.html"
	echo "$tmp/many/$page.html"
done >"$tmp/many.list"
"$LEDE" -f json -i "$tmp/many.list" >"$out" 2>"$err"
is "$?" 0 "300 pages in one run, past a parser's share of pages: all read"
is "$(wc -l <"$out" | tr -d ' ')" 300 "one article a page"
is "$(sed -n 300p "$out" | "$JSONQ" .title)" "Page 300" "in order"
is "$(wc -c <"$err" | tr -d ' ')" 0 "no error"

done_testing
