/* kx-cli-json.h: a small JSON writer for --json output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KxJson KxJson;

KxJson *kx_json_new           (void);
void    kx_json_begin_object  (KxJson     *json);
void    kx_json_end_object    (KxJson     *json);
void    kx_json_begin_array   (KxJson     *json);
void    kx_json_end_array     (KxJson     *json);
void    kx_json_key           (KxJson     *json,
                               const char *key);
void    kx_json_string        (KxJson     *json,
                               const char *value);   /* NULL → null */
void    kx_json_int           (KxJson     *json,
                               gint64      value);
void    kx_json_bool          (KxJson     *json,
                               gboolean    value);
void    kx_json_null          (KxJson     *json);
/* Inserts already-encoded JSON (e.g. an audit image) as a value. */
void    kx_json_raw           (KxJson     *json,
                               const char *encoded);
void    kx_json_member_string (KxJson     *json,
                               const char *key,
                               const char *value);
void    kx_json_member_int    (KxJson     *json,
                               const char *key,
                               gint64      value);
void    kx_json_member_bool   (KxJson     *json,
                               const char *key,
                               gboolean    value);
/* Prints the document and a newline to stdout, then frees it. */
void    kx_json_print_free    (KxJson     *json);
char   *kx_json_free_to_string(KxJson     *json);

G_END_DECLS
