#!/usr/bin/env python3
# hostile-pages.py DIR — write the pages that try to exhaust lede: 100,000
# nested elements, 200,000 paragraphs, 2 MB of random bytes, a 30,000-deep
# table, one 10 MB text node, 10,000 nested block quotes around a nested
# list, and one paragraph of 1,500 quoted sentences and their speakers.
import os
import random
import sys

d = sys.argv[1]
def write(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

write("nested.html", "<html><body>" + "<div>" * 100000 + "deep text" + "</div>" * 100000 + "</body></html>")
write("paragraphs.html", "<html><body><article>" +
      "".join("<p>Paragraph number %d, with some words in it.</p>" % i for i in range(200000)) +
      "</article></body></html>")
random.seed(1)
write("random.bin", bytes(random.getrandbits(8) for _ in range(2 * 1024 * 1024)))
write("table.html", "<html><body>" + "<table><tr><td>" * 30000 + "cell" + "</td></tr></table>" * 30000 +
      "</body></html>")
write("text.html", "<html><body><article><p>" + "word " * (2 * 1024 * 1024) + "</p></article></body></html>")
write("quotes.html", "<html><body><article><p>" + "The council met to discuss the budget, which grew. " * 4 +
      "</p>" + "<blockquote>" * 10000 + "<ul><li>outer<ul>" * 200 + "<li>an item deep in quotes and lists</li>" +
      "</ul></li>" * 200 + "</ul><p>" + "Quoted words that go on for a while. " * 4 + "</p>" +
      "</blockquote>" * 10000 + "</article></body></html>")
write("speech.html", "<html><body><article><p>John Smith spoke. Mayor Ann Lee and Mayor Bo Chan spoke." +
      "".join(" \u201cWe are fine, number %d.\u201d Then it rained, the mayor said. \u201cGo on,\u201d he said. "
              "A spokeswoman for Acme Corp. said no. \u201cYes,\u201d she said. Mr. Smith said he would "
              "consider Mr. Lee but added, \u201cMaybe %d.\u201d" % (i, i) for i in range(1500)) +
      " \u201cDone,\u201d Smith said.</p></article></body></html>")
