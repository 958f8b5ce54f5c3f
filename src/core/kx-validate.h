/* kx-validate.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

/* Errors use the KxError codes of kx-store.h; every refusal here is
 * KX_ERROR_INVALID with a translated message that names the field. */
#define KX_VALIDATE_ERROR (kx_validate_error_quark ())
GQuark    kx_validate_error_quark   (void);

/* Money: gint64 fen (分), never a double. */
gboolean  kx_money_parse            (const char  *field,
                                     const char  *text,
                                     gint64      *out_fen,
                                     GError     **error);
char     *kx_money_format           (gint64       fen);
char     *kx_money_format_plain     (gint64       fen);
char     *kx_money_format_wan       (gint64       fen);

/* Dates: ISO 8601 calendar dates "YYYY-MM-DD" as strings. */
gboolean  kx_date_parse             (const char  *field,
                                     const char  *text,
                                     char       **out_iso,
                                     GError     **error);
gboolean  kx_date_is_valid          (const char  *iso);
char     *kx_date_add_days          (const char  *iso,
                                     int          days);
char     *kx_date_add_years         (const char  *iso,
                                     int          years);
int       kx_date_compare           (const char  *a,
                                     const char  *b);
char     *kx_date_today             (void);

/* Unified social credit code (统一社会信用代码, GB 32100-2015). */
gboolean  kx_credit_code_validate   (const char  *field,
                                     const char  *text,
                                     GError     **error);
char      kx_credit_code_check_char (const char  *first17);
char     *kx_credit_code_normalize  (const char  *text);

G_END_DECLS
