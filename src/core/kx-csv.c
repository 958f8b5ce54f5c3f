/* kx-csv.c: reading CSV files as Excel and WPS save them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Excel on Chinese Windows saves "CSV (comma delimited)" in the ANSI code
 * page, GBK, which GB18030 contains; "CSV UTF-8" starts with a BOM. WPS
 * and LibreOffice write UTF-8. So: valid UTF-8 is UTF-8, anything else is
 * tried as GB18030, and what neither decodes is refused rather than
 * imported as mojibake.
 */

#define G_LOG_DOMAIN "kx-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kx-csv.h"

struct _KxCsv
{
  GArray     *rows;       /* of KxCsvRow */
  const char *encoding;   /* static string */
};

G_DEFINE_QUARK (kx-csv-error-quark, kx_csv_error)

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
} Cursor;

static void
row_clear (gpointer data)
{
  KxCsvRow *row = data;

  g_clear_pointer (&row->fields, g_strfreev);
}

/* Encoding */

static gboolean
refuse_binary (const char  *data,
               gsize        len,
               GError     **error)
{
  if (len >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      g_set_error_literal (error, KX_CSV_ERROR, KX_ERROR_INVALID,
                           _("This is an Excel workbook (.xlsx), not a CSV file; in Excel or WPS "
                             "use “Save as” and choose CSV"));
      return FALSE;
    }
  if (len >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      g_set_error_literal (error, KX_CSV_ERROR, KX_ERROR_INVALID,
                           _("The file is in UTF-16 (“Unicode text”); save it as “CSV UTF-8” or "
                             "“CSV (comma delimited)” instead"));
      return FALSE;
    }
  if (memchr (data, '\0', len) != NULL)
    {
      g_set_error_literal (error, KX_CSV_ERROR, KX_ERROR_INVALID,
                           _("The file contains NUL bytes, so it is not a CSV text file"));
      return FALSE;
    }
  return TRUE;
}

static char *
decode_gb18030 (const char  *data,
                gsize        len,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize written = 0;
  char *text;

  text = g_convert (data, len, "UTF-8", "GB18030", NULL, &written, &local_error);
  if (text == NULL)
    {
      g_set_error (error, KX_CSV_ERROR, KX_ERROR_INVALID,
                   _("The file is neither UTF-8 nor GB18030 (GBK) text: %s"),
                   local_error->message);
      return NULL;
    }
  /* GB18030 has its own encoding of the BOM. */
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, written - 3 + 1);
  return text;
}

/* Returns the whole text as UTF-8. */
static char *
decode (const char   *data,
        gsize         len,
        const char  **out_encoding,
        GError      **error)
{
  gboolean bom = len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0;

  if (bom)
    {
      data += 3;
      len -= 3;
    }
  if (!refuse_binary (data, len, error))
    return NULL;

  if (g_utf8_validate_len (data, len, NULL))
    {
      *out_encoding = "UTF-8";
      return g_strndup (data, len);
    }
  if (bom)
    {
      g_set_error_literal (error, KX_CSV_ERROR, KX_ERROR_INVALID,
                           _("The file starts with the UTF-8 mark, but it is not valid UTF-8 "
                             "text; it may be damaged"));
      return NULL;
    }
  *out_encoding = "GB18030";
  return decode_gb18030 (data, len, error);
}

/* Parsing */

static gboolean
at_line_end (const Cursor *c)
{
  return c->p < c->end && (*c->p == '\n' || *c->p == '\r');
}

/* Consumes one line break (CRLF, LF or a lone CR) and counts it. */
static void
skip_line_end (Cursor *c)
{
  if (*c->p == '\r' && c->p + 1 < c->end && c->p[1] == '\n')
    c->p++;
  c->p++;
  c->line++;
}

static gboolean
read_quoted (Cursor   *c,
             GString  *field,
             GError  **error)
{
  guint start_line = c->line;

  c->p++;  /* the opening quote */
  for (;;)
    {
      if (c->p >= c->end)
        {
          g_set_error (error, KX_CSV_ERROR, KX_ERROR_INVALID,
                       _("Line %u: the quoted value that starts here is never closed"),
                       start_line);
          return FALSE;
        }
      if (*c->p == '"' && c->p + 1 < c->end && c->p[1] == '"')
        {
          g_string_append_c (field, '"');
          c->p += 2;
        }
      else if (*c->p == '"')
        {
          c->p++;
          break;
        }
      else if (at_line_end (c))
        {
          /* Embedded line breaks are kept as plain "\n". */
          g_string_append_c (field, '\n');
          skip_line_end (c);
        }
      else
        g_string_append_c (field, *c->p++);
    }

  if (c->p < c->end && *c->p != ',' && !at_line_end (c))
    {
      int n = (int) (g_utf8_next_char (c->p) - c->p);

      g_set_error (error, KX_CSV_ERROR, KX_ERROR_INVALID,
                   _("Line %u: “%.*s” follows a closing quote; a quote inside a quoted value "
                     "must be doubled (\"\")"), c->line, n, c->p);
      return FALSE;
    }
  return TRUE;
}

/* A quote inside an unquoted value is kept as it is: people type
 * 湘南学院"科普周" without thinking of CSV. */
static void
read_plain (Cursor  *c,
            GString *field)
{
  while (c->p < c->end && *c->p != ',' && !at_line_end (c))
    g_string_append_c (field, *c->p++);
}

static gboolean
read_record (Cursor     *c,
             KxCsvRow   *row,
             GError    **error)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);

  row->line = c->line;
  for (;;)
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (c->p < c->end && *c->p == '"')
        {
          if (!read_quoted (c, field, error))
            return FALSE;
        }
      else
        read_plain (c, field);
      g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));

      if (c->p < c->end && *c->p == ',')
        c->p++;
      else
        break;
    }
  if (at_line_end (c))
    skip_line_end (c);

  row->n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  row->fields = (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
  return TRUE;
}

static gboolean
parse_text (KxCsv       *csv,
            const char  *text,
            GError     **error)
{
  Cursor c = { text, text + strlen (text), 1 };

  while (c.p < c.end)
    {
      KxCsvRow row = { 0, 0, NULL };

      if (!read_record (&c, &row, error))
        return FALSE;
      if (row.n_fields == 1 && row.fields[0][0] == '\0')
        row_clear (&row);  /* an empty line */
      else
        g_array_append_val (csv->rows, row);
    }
  return TRUE;
}

/**
 * kx_csv_parse:
 * @data: the bytes of the file
 *
 * Returns: (transfer full): the rows, or %NULL with KX_ERROR_INVALID
 */
KxCsv *
kx_csv_parse (GBytes  *data,
              GError **error)
{
  g_autoptr(KxCsv) csv = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;
  const char *bytes;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  csv = g_new0 (KxCsv, 1);
  csv->rows = g_array_new (FALSE, TRUE, sizeof (KxCsvRow));
  g_array_set_clear_func (csv->rows, row_clear);

  bytes = g_bytes_get_data (data, &len);
  text = decode (bytes != NULL ? bytes : "", len, &csv->encoding, error);
  if (text == NULL || !parse_text (csv, text, error))
    return NULL;
  return g_steal_pointer (&csv);
}

/**
 * kx_csv_parse_file:
 *
 * Reads and parses @path; messages start with the file name.
 *
 * Returns: (transfer full): the rows, or %NULL with KX_ERROR_NOT_FOUND,
 *   KX_ERROR_IO or KX_ERROR_INVALID
 */
KxCsv *
kx_csv_parse_file (const char  *path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  char *contents = NULL;
  gsize len = 0;
  KxCsv *csv;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  if (!g_file_get_contents (path, &contents, &len, &local_error))
    {
      gboolean missing = g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

      g_set_error (error, KX_CSV_ERROR, missing ? KX_ERROR_NOT_FOUND : KX_ERROR_IO,
                   _("Could not read “%s”: %s"), display, local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (contents, len);
  csv = kx_csv_parse (bytes, error);
  if (csv == NULL)
    g_prefix_error (error, "%s: ", display);
  return csv;
}

void
kx_csv_free (KxCsv *csv)
{
  if (csv == NULL)
    return;
  g_clear_pointer (&csv->rows, g_array_unref);
  g_free (csv);
}

const char *
kx_csv_get_encoding (KxCsv *csv)
{
  g_return_val_if_fail (csv != NULL, NULL);

  return csv->encoding;
}

guint
kx_csv_get_n_rows (KxCsv *csv)
{
  g_return_val_if_fail (csv != NULL, 0);

  return csv->rows->len;
}

/**
 * kx_csv_get_row:
 *
 * Returns: (transfer none): row @index, counting the header as row 0
 */
const KxCsvRow *
kx_csv_get_row (KxCsv *csv,
                guint  index)
{
  g_return_val_if_fail (csv != NULL, NULL);
  g_return_val_if_fail (index < csv->rows->len, NULL);

  return &g_array_index (csv->rows, KxCsvRow, index);
}
