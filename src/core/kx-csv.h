/* kx-csv.h: reading CSV files as Excel and WPS save them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kx-store.h"

G_BEGIN_DECLS

/* Errors use the KxError codes: KX_ERROR_INVALID for a file that is not
 * CSV in a known encoding (the message says why and on which line). */
#define KX_CSV_ERROR (kx_csv_error_quark ())
GQuark kx_csv_error_quark (void);

typedef struct
{
  guint   line;      /* 1-based physical line on which the record starts */
  guint   n_fields;
  char  **fields;    /* n_fields UTF-8 strings, NULL-terminated */
} KxCsvRow;

typedef struct _KxCsv KxCsv;

/* RFC 4180: quoted fields with doubled quotes, embedded commas and line
 * breaks, CRLF or LF line ends. The encoding is detected: UTF-8 (a BOM is
 * skipped) or else GB18030, which is what Excel on Chinese Windows writes;
 * anything else is refused. Empty lines are skipped. */
KxCsv          *kx_csv_parse         (GBytes      *data,
                                      GError     **error);
KxCsv          *kx_csv_parse_file    (const char  *path,
                                      GError     **error);
void            kx_csv_free          (KxCsv       *csv);

/* "UTF-8" or "GB18030" */
const char     *kx_csv_get_encoding  (KxCsv       *csv);
guint           kx_csv_get_n_rows    (KxCsv       *csv);
const KxCsvRow *kx_csv_get_row       (KxCsv       *csv,
                                      guint        index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KxCsv, kx_csv_free)

G_END_DECLS
