/* test-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kx-csv.h"

static KxCsv *
parse_len (const char *data,
           gsize       len,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);

  return kx_csv_parse (bytes, error);
}

static KxCsv *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  KxCsv *csv = parse_len (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

static void
assert_row (KxCsv       *csv,
            guint        index,
            guint        line,
            const char **expected)
{
  const KxCsvRow *row = kx_csv_get_row (csv, index);

  g_assert_cmpuint (row->line, ==, line);
  g_assert_cmpuint (row->n_fields, ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (row->fields[i], ==, expected[i]);
  g_assert_null (row->fields[row->n_fields]);
}

static void
assert_refused (const char *data,
                gsize       len,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCsv) csv = parse_len (data, len, &error);

  g_assert_null (csv);
  g_assert_error (error, KX_CSV_ERROR, KX_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_test_message ("“%s” does not contain “%s”", error->message, fragment);
  if (fragment != NULL)
    g_assert_nonnull (strstr (error->message, fragment));
}

static void
test_plain (void)
{
  g_autoptr(KxCsv) csv = parse_ok ("名称,类型,备注\n郴州市医学会,市级学会,\n");
  const char *header[] = { "名称", "类型", "备注", NULL };
  const char *row[] = { "郴州市医学会", "市级学会", "", NULL };

  g_assert_cmpstr (kx_csv_get_encoding (csv), ==, "UTF-8");
  g_assert_cmpuint (kx_csv_get_n_rows (csv), ==, 2);
  assert_row (csv, 0, 1, header);
  assert_row (csv, 1, 2, row);
}

static void
test_quoted (void)
{
  g_autoptr(KxCsv) csv = parse_ok ("\"郴州市北湖区, 人民西路\",\"学院 \"\"科普周\"\"\",\"第一行\n"
                                   "第二行\"\n"
                                   "\"\",x,\"a\r\nb\"\n"
                                   "last,\"\",end\n");
  const char *first[] = { "郴州市北湖区, 人民西路", "学院 \"科普周\"", "第一行\n第二行", NULL };
  const char *second[] = { "", "x", "a\nb", NULL };
  const char *third[] = { "last", "", "end", NULL };

  g_assert_cmpuint (kx_csv_get_n_rows (csv), ==, 3);
  assert_row (csv, 0, 1, first);
  /* Records start on the physical line after the embedded breaks. */
  assert_row (csv, 1, 3, second);
  assert_row (csv, 2, 5, third);
}

static void
test_line_ends (void)
{
  g_autoptr(KxCsv) csv = parse_ok ("a,b\r\nc,d\r\n\r\ne,f\rg,h");
  const char *r0[] = { "a", "b", NULL };
  const char *r1[] = { "c", "d", NULL };
  const char *r2[] = { "e", "f", NULL };
  const char *r3[] = { "g", "h", NULL };

  /* CRLF, an empty line (skipped), a lone CR, no final line break. */
  g_assert_cmpuint (kx_csv_get_n_rows (csv), ==, 4);
  assert_row (csv, 0, 1, r0);
  assert_row (csv, 1, 2, r1);
  assert_row (csv, 2, 4, r2);
  assert_row (csv, 3, 5, r3);
}

static void
test_bom (void)
{
  g_autoptr(KxCsv) csv = parse_ok ("\xEF\xBB\xBF名称,类型\r\n桂阳县科协,县市区科协\r\n");
  const char *header[] = { "名称", "类型", NULL };

  g_assert_cmpstr (kx_csv_get_encoding (csv), ==, "UTF-8");
  assert_row (csv, 0, 1, header);
}

static void
test_unquoted_quote (void)
{
  g_autoptr(KxCsv) csv = parse_ok ("湘南学院\"科普周\",b\n");
  const char *row[] = { "湘南学院\"科普周\"", "b", NULL };

  assert_row (csv, 0, 1, row);
}

static void
test_gb18030 (void)
{
  const char *utf8 = "名称,类型\r\n郴州市医学会,市级学会\r\n湘南学院科协,\"高校科协\"\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCsv) csv = NULL;
  g_autofree char *gb = NULL;
  const char *row[] = { "湘南学院科协", "高校科协", NULL };
  gsize len = 0;

  gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_assert_false (g_utf8_validate_len (gb, len, NULL));

  csv = parse_len (gb, len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kx_csv_get_encoding (csv), ==, "GB18030");
  g_assert_cmpuint (kx_csv_get_n_rows (csv), ==, 3);
  assert_row (csv, 2, 3, row);
}

static void
test_refused (void)
{
  static const char utf16[] = "\xFF\xFE\x00\x00\xD0\x53\x00\x00garbage";
  static const char high[] = "\xFF\xFF\x80\x80,abc\n";
  static const char bad_bom[] = "\xEF\xBB\xBF\xC3\x28,abc\n";
  static const char xlsx[] = "PK\x03\x04\x14\x00\x06\x00";
  static const char nul[] = "a,b\n\x00\x01";

  assert_refused (utf16, sizeof utf16 - 1, "UTF-16");
  assert_refused (high, sizeof high - 1, "GB18030");
  assert_refused (bad_bom, sizeof bad_bom - 1, "UTF-8");
  assert_refused (xlsx, sizeof xlsx - 1, ".xlsx");
  assert_refused (nul, sizeof nul - 1, "NUL");
}

static void
test_malformed (void)
{
  const char unterminated[] = "a,b\n\"郴州市,\n医学会\n";
  const char after_quote[] = "a,b\nc,\"d\"e\n";

  assert_refused (unterminated, strlen (unterminated), "Line 2");
  assert_refused (after_quote, strlen (after_quote), "Line 2");
}

static void
test_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "orgs-utf8.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCsv) csv = kx_csv_parse_file (path, &error);
  const KxCsvRow *row;

  g_assert_no_error (error);
  g_assert_cmpstr (kx_csv_get_encoding (csv), ==, "UTF-8");
  g_assert_cmpuint (kx_csv_get_n_rows (csv), ==, 5);
  g_assert_cmpstr (kx_csv_get_row (csv, 0)->fields[0], ==, "名称");
  row = kx_csv_get_row (csv, 3);
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpstr (row->fields[10], ==, "桂阳县龙潭街道\n蒙泉路 8 号");
  row = kx_csv_get_row (csv, 4);
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpstr (row->fields[0], ==, "刘志强");
}

static void
test_file_gb18030 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "orgs-gb18030.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCsv) csv = kx_csv_parse_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kx_csv_get_encoding (csv), ==, "GB18030");
  g_assert_cmpuint (kx_csv_get_n_rows (csv), ==, 5);
  g_assert_cmpstr (kx_csv_get_row (csv, 2)->fields[0], ==, "嘉禾县科协");
  g_assert_cmpstr (kx_csv_get_row (csv, 3)->fields[5], ==, "郴州市苏仙区, 职院路");
}

static void
test_file_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCsv) csv = kx_csv_parse_file ("/nonexistent/单位.csv", &error);

  g_assert_null (csv);
  g_assert_error (error, KX_CSV_ERROR, KX_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "单位.csv"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/parse/plain", test_plain);
  g_test_add_func ("/csv/parse/quoted", test_quoted);
  g_test_add_func ("/csv/parse/line-ends", test_line_ends);
  g_test_add_func ("/csv/parse/bom", test_bom);
  g_test_add_func ("/csv/parse/unquoted-quote", test_unquoted_quote);
  g_test_add_func ("/csv/parse/malformed", test_malformed);
  g_test_add_func ("/csv/encoding/gb18030", test_gb18030);
  g_test_add_func ("/csv/encoding/refused", test_refused);
  g_test_add_func ("/csv/file/utf8", test_file);
  g_test_add_func ("/csv/file/gb18030", test_file_gb18030);
  g_test_add_func ("/csv/file/missing", test_file_missing);

  return g_test_run ();
}
