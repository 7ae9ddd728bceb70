# wordlist.awk — turn a word list (one entry a line, "#" comments) into a
# C array of strings. Usage: awk -v name=NAME -v src=FILE -f wordlist.awk FILE
BEGIN {
	print "/* Generated from " src " by data/wordlist.awk; do not edit. */"
	print "#include <stddef.h>"
	n = 0
}
/^[ \t]*#/ || /^[ \t]*$/ { next }
{
	line = $0
	sub(/[ \t\r]+$/, "", line)
	gsub(/\\/, "\\\\", line)
	gsub(/"/, "\\\"", line)
	entries[n++] = line
}
END {
	printf "extern const char *const %s[];\n", name
	printf "extern const size_t %s_count;\n", name
	printf "const char *const %s[] = {\n", name
	for (i = 0; i < n; i++)
		printf "\t\"%s\",\n", entries[i]
	print "};"
	printf "const size_t %s_count = %d;\n", name, n
}
