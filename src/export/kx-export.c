/* kx-export.c: what the exports share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-export"

#include "config.h"

#include "kx-export.h"

G_DEFINE_QUARK (kx-export-error-quark, kx_export_error)
