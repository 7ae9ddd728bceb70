/* i18n.h — gettext. */
#ifndef LEDE_I18N_H
#define LEDE_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif
