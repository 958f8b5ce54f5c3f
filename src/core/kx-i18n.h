/* kx-i18n.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* setlocale + bindtextdomain: translations come from $KEXIE_LOCALEDIR when
 * set (running from the build tree), else from the installed LOCALEDIR. */
void kx_i18n_init (void);

G_END_DECLS
