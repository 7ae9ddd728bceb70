# wordblob.awk — turn a sorted word list (one entry a line) into a C word
# list without pointers: every entry in one string, with their offsets, so
# the program needs no relocations for it when it starts.
# Usage: LC_ALL=C awk -v name=NAME -v src=FILE -f wordblob.awk FILE
# (LC_ALL=C: length() then counts bytes, as the offsets must.)
BEGIN { n = 0; off = 0 }
/^[ \t]*$/ { next }
{
	line = $0
	sub(/[ \t\r]+$/, "", line)
	offs[n] = off
	off += length(line) + 1
	gsub(/\\/, "\\\\", line)
	gsub(/"/, "\\\"", line)
	words[n++] = line
}
END {
	printf "/* Generated from %s by data/wordblob.awk; do not edit. */\n", src
	printf "static const char %s_blob[] =", name
	for (i = 0; i < n; i++)
		printf "\n\t\"%s\\0\"", words[i]
	print ";"
	printf "static const unsigned %s_off[] = {", name
	for (i = 0; i < n; i++)
		printf "%s%s%d", (i ? "," : ""), (i % 12 ? " " : "\n\t"), offs[i]
	print "\n};"
	printf "const struct wordlist %s = { %s_blob, %s_off, %d };\n", name, name, name, n
}
