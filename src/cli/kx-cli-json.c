/* kx-cli-json.c: a small JSON writer for --json output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer tracks whether a comma is due, so callers just emit values
 * in order. Output is compact, one document per line, UTF-8 unescaped.
 */

#define G_LOG_DOMAIN "kx-cli"

#include "config.h"

#include <stdio.h>

#include "kx-cli-json.h"

struct _KxJson
{
  GString *out;
  GArray  *need_comma;   /* gboolean per open container */
  gboolean after_key;
};

KxJson *
kx_json_new (void)
{
  KxJson *json = g_new0 (KxJson, 1);

  json->out = g_string_new (NULL);
  json->need_comma = g_array_new (FALSE, TRUE, sizeof (gboolean));
  return json;
}

static void
before_value (KxJson *json)
{
  gboolean *comma;

  if (json->after_key)
    {
      json->after_key = FALSE;
      return;
    }
  if (json->need_comma->len == 0)
    return;
  comma = &g_array_index (json->need_comma, gboolean, json->need_comma->len - 1);
  if (*comma)
    g_string_append_c (json->out, ',');
  *comma = TRUE;
}

static void
open_container (KxJson *json,
                char    bracket)
{
  gboolean no = FALSE;

  before_value (json);
  g_string_append_c (json->out, bracket);
  g_array_append_val (json->need_comma, no);
}

static void
close_container (KxJson *json,
                 char    bracket)
{
  g_return_if_fail (json->need_comma->len > 0);

  g_array_set_size (json->need_comma, json->need_comma->len - 1);
  g_string_append_c (json->out, bracket);
}

void
kx_json_begin_object (KxJson *json)
{
  open_container (json, '{');
}

void
kx_json_end_object (KxJson *json)
{
  close_container (json, '}');
}

void
kx_json_begin_array (KxJson *json)
{
  open_container (json, '[');
}

void
kx_json_end_array (KxJson *json)
{
  close_container (json, ']');
}

static void
append_escaped (GString    *out,
                const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

void
kx_json_key (KxJson     *json,
             const char *key)
{
  before_value (json);
  append_escaped (json->out, key);
  g_string_append_c (json->out, ':');
  json->after_key = TRUE;
}

void
kx_json_string (KxJson     *json,
                const char *value)
{
  if (value == NULL)
    {
      kx_json_null (json);
      return;
    }
  before_value (json);
  append_escaped (json->out, value);
}

void
kx_json_int (KxJson *json,
             gint64  value)
{
  before_value (json);
  g_string_append_printf (json->out, "%" G_GINT64_FORMAT, value);
}

void
kx_json_bool (KxJson   *json,
              gboolean  value)
{
  before_value (json);
  g_string_append (json->out, value ? "true" : "false");
}

void
kx_json_null (KxJson *json)
{
  before_value (json);
  g_string_append (json->out, "null");
}

void
kx_json_raw (KxJson     *json,
             const char *encoded)
{
  if (encoded == NULL)
    {
      kx_json_null (json);
      return;
    }
  before_value (json);
  g_string_append (json->out, encoded);
}

void
kx_json_member_string (KxJson     *json,
                       const char *key,
                       const char *value)
{
  kx_json_key (json, key);
  kx_json_string (json, value);
}

void
kx_json_member_int (KxJson     *json,
                    const char *key,
                    gint64      value)
{
  kx_json_key (json, key);
  kx_json_int (json, value);
}

void
kx_json_member_bool (KxJson     *json,
                     const char *key,
                     gboolean    value)
{
  kx_json_key (json, key);
  kx_json_bool (json, value);
}

char *
kx_json_free_to_string (KxJson *json)
{
  char *text = g_string_free (json->out, FALSE);

  g_array_unref (json->need_comma);
  g_free (json);
  return text;
}

void
kx_json_print_free (KxJson *json)
{
  g_autofree char *text = kx_json_free_to_string (json);

  fputs (text, stdout);
  fputc ('\n', stdout);
}
