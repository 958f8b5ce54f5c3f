/* kx-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "kx-i18n.h"

void
kx_i18n_init (void)
{
  const char *dir = g_getenv ("KEXIE_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
