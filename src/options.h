/* options.h — what the command line asked for. */
#ifndef LEDE_OPTIONS_H
#define LEDE_OPTIONS_H

#include <stdbool.h>

#include "export.h"
#include "fetch.h"

enum color_when { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct options {
	bool dump;
	bool format_given;
	enum format format;
	const char *output;     /* -o FILE */
	bool force;
	int width;              /* --width for dumps */
	bool links;             /* --links */
	bool annotate;          /* --annotate */
	int jobs;               /* -j; 0: the default */
	bool quiet;             /* -q */
	bool list_from_stdin;   /* -i - */
	enum color_when color;
	bool no_panel;          /* --no-panel: the pager starts without its panel */
	struct fetch_options fetch;
	char **sources;
	int nsources;
};

#endif
