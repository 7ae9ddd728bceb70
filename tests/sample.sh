#!/bin/sh
# sample.sh — the bundled sample (The Hill's op-ed in its site's page):
# the article, all of it, and none of the page around it.
. "$(dirname "$0")/lib.sh"

out=$tmp/out
"$LEDE" --dump "$SAMPLE" >"$out" 2>"$tmp/err"
is "$?" 0 "the sample dumps"
is "$(sed -n 1p "$out")" "Senior-level engagement with Russia is good — if it’s realistic" "title first"
contains "$out" "Joshua C. Huminski, opinion contributor" "the author"
body=$(sed -n '/^$/,$p' "$out" | sed '/^$/d')
is "$(printf '%s\n' "$body" | head -1 | cut -c1-28)" "At the beginning of November" "the body starts with the first paragraph"
is "$(printf '%s\n' "$body" | tail -1 | cut -c1-40)" "Joshua C. Huminski is director of the Mi" "and ends with the author's bio line"
contains "$out" "    “I learned that it rarely pays to neglect or underestimate Russia" "the Burns passage is a block quote"
contains "$out" "He added, “We don’t have clarity into Moscow’s intentions, but we do know its playbook.”" "quotes are intact"
contains "$out" "Burns is not wrong in saying" "the last paragraphs are there"
is "$(grep -c . "$out")" 18 "3 header lines and 15 paragraphs, nothing else"

for chrome in "The views expressed by contributors" "Getty Images" "Tags" "Copyright" "Nexstar" \
	"More International News" "See All" "Most Popular" "Load more" "See all Video" \
	"Advertisement" "Related" "Morning Report" "inbox" "cookies" "Senate passes stopgap" \
	"NATO's eastern flank" "Europe's energy squeeze" "Analysts weigh" "Skip to content" \
	"Trending" "Newsletters" "Privacy Policy"; do
	lacks "$out" "$chrome" "no '$chrome'"
done

"$LEDE" -f markdown "$SAMPLE" >"$out"
is "$(head -1 "$out")" "# Senior-level engagement with Russia is good — if it’s realistic" "Markdown: title as '# '"
contains "$out" "> “I learned that it rarely pays" "Markdown: the block quote as '> '"
done_testing
