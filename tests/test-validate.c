/* test-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kx-validate.h"

#define MONEY_FIELD  "申请金额"
#define DATE_FIELD   "Signed date"
#define CODE_FIELD   "统一社会信用代码"

typedef struct
{
  const char *text;
  gint64      fen;
} MoneyCase;

typedef struct
{
  const char *text;
  const char *fragment;
} RejectCase;

static const char charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_test_message ("“%s” does not contain “%s”", haystack, needle);
  g_assert_nonnull (strstr (haystack, needle));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/* The message starts with the field name and quotes the user's (trimmed)
 * text, unless that is blank or not UTF-8 (then @text is NULL). */
static void
assert_invalid (const GError *error,
                const char   *field,
                const char   *text,
                const char   *fragment)
{
  g_autofree char *shown = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_assert_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, field));
  if (!is_blank (shown))
    {
      g_autofree char *quoted = g_strdup_printf ("“%s”", shown);
      assert_contains (error->message, quoted);
    }
  if (fragment != NULL)
    assert_contains (error->message, fragment);
}

/* Money */

static void
assert_money (const char *text,
              gint64      expected)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = -1;
  gboolean ok;

  g_test_message ("parsing “%s”", text);
  ok = kx_money_parse (MONEY_FIELD, text, &fen, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (fen, ==, expected);
}

static void
assert_money_rejected (const char *text,
                       const char *fragment)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = -1;
  gboolean ok;

  g_test_message ("parsing “%s”", text != NULL ? text : "(null)");
  ok = kx_money_parse (MONEY_FIELD, text, &fen, &error);
  g_assert_false (ok);
  g_assert_cmpint (fen, ==, -1);
  assert_invalid (error, MONEY_FIELD, text, fragment);
}

static void
assert_money_cases (const MoneyCase *cases,
                    gsize            n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    assert_money (cases[i].text, cases[i].fen);
}

static void
assert_reject_cases (const RejectCase *cases,
                     gsize             n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    assert_money_rejected (cases[i].text, cases[i].fragment);
}

static void
test_money_accepts_plain (void)
{
  static const MoneyCase cases[] = {
    { "12345.67", 1234567 }, { "0", 0 }, { "0.00", 0 }, { "0.0", 0 },
    { "1", 100 }, { "1.5", 150 }, { "1.50", 150 }, { "0.01", 1 },
    { "0.99", 99 }, { "100", 10000 }, { "007", 700 }, { "1000000", 100000000 },
  };

  assert_money_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_accepts_grouping (void)
{
  static const MoneyCase cases[] = {
    { "12,345.67", 1234567 }, { "1,000", 100000 }, { "999", 99900 },
    { "1,234,567.89", 123456789 }, { "100,000", 10000000 },
    { "12,345,678,901", G_GINT64_CONSTANT (1234567890100) },
  };

  assert_money_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_accepts_wan (void)
{
  static const MoneyCase cases[] = {
    { "1.5万", 1500000 }, { "1.5万元", 1500000 }, { "1万", 1000000 },
    { "0.000001万", 1 }, { "12.345678万", 12345678 }, { "1,000万", 1000000000 },
    { "2 万元", 2000000 }, { "0.5万", 500000 }, { "¥3万", 3000000 },
    { "1.50000000万", 1500000 }, { "９.８万", 9800000 },
  };

  assert_money_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_accepts_yen_and_yuan (void)
{
  static const MoneyCase cases[] = {
    { "¥1,000", 100000 }, { "￥1,000", 100000 }, { "¥ 12.50", 1250 },
    { "100元", 10000 }, { "¥100元", 10000 }, { "1,234.56 元", 123456 },
  };

  assert_money_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_accepts_whitespace (void)
{
  static const MoneyCase cases[] = {
    { "  12.5\t", 1250 }, { "\n12.5\n", 1250 }, { "\u300012.5\u3000", 1250 },
  };

  assert_money_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_accepts_full_width (void)
{
  static const MoneyCase cases[] = {
    { "１２３４５.６７", 1234567 }, { "１２，３４５．６７", 1234567 },
    { "￥１，０００", 100000 },
  };

  assert_money_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_accepts_trailing_zeros (void)
{
  static const MoneyCase cases[] = {
    { "1.500", 150 }, { "1.2300000", 123 }, { "0.0000", 0 },
  };

  assert_money_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_accepts_maximum (void)
{
  assert_money ("92233720368547758.07", G_MAXINT64);
  assert_money ("92,233,720,368,547,758.07", G_MAXINT64);
  assert_money ("9223372036854.775807万", G_MAXINT64);
}

static void
test_money_optional_out (void)
{
  g_assert_true (kx_money_parse (MONEY_FIELD, "1.00", NULL, NULL));
  g_assert_false (kx_money_parse (MONEY_FIELD, "abc", NULL, NULL));
}

static void
test_money_rejects_empty (void)
{
  assert_money_rejected ("", "no amount");
  assert_money_rejected ("   ", "no amount");
  assert_money_rejected ("\u3000", "no amount");
  assert_money_rejected (NULL, "no amount");
}

static void
test_money_rejects_three_decimals (void)
{
  static const RejectCase cases[] = {
    { "1.234", "more than two decimal places" },
    { "12,345.678", "more than two decimal places" },
    { "0.001", "more than two decimal places" },
    { "¥5.125元", "more than two decimal places" },
  };

  assert_reject_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_rejects_wan_sub_fen (void)
{
  assert_money_rejected ("1.2345678万", "more than six decimal places");
  assert_money_rejected ("0.0000001万元", "more than six decimal places");
}

static void
test_money_rejects_negative (void)
{
  static const RejectCase cases[] = {
    { "-5", "negative" }, { "-¥5.00", "negative" }, { "¥-5", "negative" },
    { "\u22125", "negative" }, { "－５", "negative" }, { "-1.234", "negative" },
    { "- 0", "negative" }, { "-1.5万", "negative" },
  };

  assert_reject_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_rejects_not_a_number (void)
{
  static const RejectCase cases[] = {
    { "abc", "not a number" }, { "12abc", "not a number" }, { "1e5", "not a number" },
    { "¥", "not a number" }, { "万", "not a number" }, { "元", "not a number" },
    { "5.", "not a number" }, { ".5", "not a number" }, { "1 000", "not a number" },
    { "+5", "not a number" }, { "0x10", "not a number" }, { "五百", "not a number" },
    { "1万元万", "not a number" }, { "元100", "not a number" }, { "-", "not a number" },
    { "$5", "not a number" }, { ",", "not a number" },
  };

  assert_reject_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_rejects_bad_grouping (void)
{
  static const RejectCase cases[] = {
    { "1,23", "thousands separators" }, { "12,34,567", "thousands separators" },
    { ",123", "thousands separators" }, { "1,234,5", "thousands separators" },
    { "1234,567", "thousands separators" }, { "1,,234", "thousands separators" },
    { "1.234,56", "thousands separators" }, { "1,234,", "thousands separators" },
  };

  assert_reject_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_rejects_two_points (void)
{
  assert_money_rejected ("1.2.3", "more than one decimal point");
  assert_money_rejected ("1..2", "more than one decimal point");
}

static void
test_money_rejects_overflow (void)
{
  static const RejectCase cases[] = {
    { "92233720368547758.08", "too large" },
    { "92233720368547759", "too large" },
    { "99999999999999999999999999", "too large" },
    { "9223372036854.775808万", "too large" },
    { "10000000000000万", "too large" },
  };

  assert_reject_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_money_rejects_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kx_money_parse (MONEY_FIELD, "12\xff", NULL, &error));
  assert_invalid (error, MONEY_FIELD, NULL, "not a number");
}

static void
test_money_message_shape (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kx_money_parse ("Requested amount", " 1.234 ", NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Requested amount: “1.234” has more than two decimal places");
  g_clear_error (&error);

  g_assert_false (kx_money_parse (NULL, "abc", NULL, &error));
  assert_invalid (error, "Amount", "abc", "not a number");
}

static void
test_money_format (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 0, "¥0.00" }, { 1, "¥0.01" }, { 99, "¥0.99" }, { 100, "¥1.00" },
    { 99999, "¥999.99" }, { 100000, "¥1,000.00" }, { 1234567, "¥12,345.67" },
    { 123456789, "¥1,234,567.89" }, { 100000000000, "¥1,000,000,000.00" },
    { G_MAXINT64, "¥92,233,720,368,547,758.07" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kx_money_format (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_money_format_negative (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { -500, "-¥5.00" }, { -1, "-¥0.01" }, { -123456789, "-¥1,234,567.89" },
    { G_MININT64, "-¥92,233,720,368,547,758.08" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kx_money_format (cases[i].fen);
      g_autofree char *plain = kx_money_format_plain (cases[i].fen);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (g_str_has_prefix (plain, "-"));
    }
}

static void
test_money_format_plain (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 0, "0.00" }, { 5, "0.05" }, { 1234567, "12345.67" }, { 100000, "1000.00" },
    { -500, "-5.00" }, { G_MAXINT64, "92233720368547758.07" },
    { G_MININT64, "-92233720368547758.08" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kx_money_format_plain (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
assert_round_trip (gint64 fen)
{
  g_autofree char *plain = kx_money_format_plain (fen);
  g_autofree char *display = kx_money_format (fen);

  assert_money (plain, fen);
  assert_money (display, fen);
}

static void
test_money_round_trip (void)
{
  static const gint64 fixed[] = {
    0, 1, 9, 10, 99, 100, 101, 999, 1000, 12345, 1234567, 100000000,
    G_MAXINT64 / 100, G_MAXINT64 / 100 * 100, G_MAXINT64 / 100 + 1,
    G_MAXINT64 - 1, G_MAXINT64,
  };
  gint64 power = 1;

  for (gsize i = 0; i < G_N_ELEMENTS (fixed); i++)
    assert_round_trip (fixed[i]);

  for (int i = 0; i < 18; i++, power *= 10)
    {
      assert_round_trip (power);
      assert_round_trip (power * 10 - 1);
    }

  for (int i = 0; i < 2000; i++)
    {
      guint64 bits = (guint64) g_test_rand_int () << 32 | g_test_rand_int ();
      gint64 fen = (gint64) (bits >> 1);

      assert_round_trip (fen >> g_test_rand_int_range (0, 63));
    }
}

static void
test_money_format_wan (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 0, "0.00万元" }, { 1234500, "1.23万元" }, { 1234999, "1.23万元" },
    { 1235000, "1.24万元" }, { 1000000, "1.00万元" }, { 4999, "0.00万元" },
    { 5000, "0.01万元" }, { 1500000, "1.50万元" }, { 99995000, "100.00万元" },
    { 123456789000, "123,456.79万元" }, { -1235000, "-1.24万元" },
    { -1234999, "-1.23万元" }, { -4999, "0.00万元" },
    { G_MAXINT64, "9,223,372,036,854.78万元" },
    { G_MININT64, "-9,223,372,036,854.78万元" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kx_money_format_wan (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* What format_wan prints parses back to the amount rounded to 100 yuan. */
static void
test_money_wan_round_trip (void)
{
  for (int i = 0; i < 1000; i++)
    {
      gint64 fen = g_test_rand_int_range (0, G_MAXINT32) * (gint64) g_test_rand_int_range (1, 1000);
      g_autofree char *text = kx_money_format_wan (fen);

      assert_money (text, (fen + 5000) / 10000 * 10000);
    }
}

/* Dates */

static void
assert_date (const char *text,
             const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;
  gboolean ok;

  g_test_message ("parsing “%s”", text);
  ok = kx_date_parse (DATE_FIELD, text, &iso, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpstr (iso, ==, expected);
  g_assert_true (kx_date_is_valid (iso));
}

static void
assert_date_rejected (const char *text,
                      const char *fragment)
{
  g_autoptr(GError) error = NULL;
  char *iso = NULL;
  gboolean ok;

  g_test_message ("parsing “%s”", text != NULL ? text : "(null)");
  ok = kx_date_parse (DATE_FIELD, text, &iso, &error);
  g_assert_false (ok);
  g_assert_null (iso);
  assert_invalid (error, DATE_FIELD, text, fragment);
}

static void
test_date_accepts_formats (void)
{
  static const char *inputs[] = {
    "2026-05-12", "2026-5-12", "2026/5/12", "2026/05/12", "2026.05.12", "2026.5.12",
    "2026年5月12日", "2026年05月12日", "2026年5月12号", "2026年5月12",
    "2026 年 5 月 12 日", " 2026-05-12 ", "\u30002026-05-12\t", "2026 - 5 - 12",
    "２０２６－０５－１２", "２０２６年５月１２日", "20260512",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    assert_date (inputs[i], "2026-05-12");
}

static void
test_date_accepts_edges (void)
{
  assert_date ("2024-02-29", "2024-02-29");
  assert_date ("2000-2-29", "2000-02-29");
  assert_date ("1900-01-01", "1900-01-01");
  assert_date ("2200/12/31", "2200-12-31");
  assert_date ("2026-1-1", "2026-01-01");
  assert_date ("2026-04-30", "2026-04-30");
}

static void
test_date_rejects_feb_30 (void)
{
  assert_date_rejected ("2026-02-30", "2026-02 has 28 days");
  assert_date_rejected ("2024/2/30", "2024-02 has 29 days");
  assert_date_rejected ("2026年2月30日", "not a day of the calendar");
}

static void
test_date_rejects_non_leap_feb_29 (void)
{
  assert_date_rejected ("2025-02-29", "2025-02 has 28 days");
  assert_date_rejected ("1900-02-29", "1900-02 has 28 days");
  assert_date_rejected ("2100-02-29", "2100-02 has 28 days");
}

static void
test_date_rejects_bad_day (void)
{
  assert_date_rejected ("2026-04-31", "2026-04 has 30 days");
  assert_date_rejected ("2026-01-32", "2026-01 has 31 days");
  assert_date_rejected ("2026-01-00", "not a day of the calendar");
}

static void
test_date_rejects_month_13 (void)
{
  assert_date_rejected ("2026-13-01", "month 13");
  assert_date_rejected ("2026年13月1日", "month 13");
  assert_date_rejected ("2026-00-10", "month 0");
  assert_date_rejected ("20261301", "month 13");
}

static void
test_date_rejects_year_range (void)
{
  assert_date_rejected ("1899-12-31", "years 1900 to 2200");
  assert_date_rejected ("2201-01-01", "years 1900 to 2200");
  assert_date_rejected ("0000-01-01", "years 1900 to 2200");
  assert_date_rejected ("9999-13-40", "years 1900 to 2200");
}

static void
test_date_rejects_garbage (void)
{
  static const char *inputs[] = {
    "abc", "yesterday", "2026-05", "2026-05-12-01", "26-5-12", "2026-05/12",
    "2026年5-12", "12/05/2026", "2026-123-1", "2026-05-123", "2026-05-12x",
    "2026--05-12", "2026年5月12日日", "2026 05 12", "202605121", "2026-05-12 10:00",
    "-2026-05-12", "2026", "年月日",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    assert_date_rejected (inputs[i], "is not a date");
}

static void
test_date_rejects_empty (void)
{
  assert_date_rejected ("", "no date");
  assert_date_rejected (" \t ", "no date");
  assert_date_rejected (NULL, "no date");
}

static void
test_date_rejects_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kx_date_parse (DATE_FIELD, "2026-05-12\xff", NULL, &error));
  assert_invalid (error, DATE_FIELD, NULL, "is not a date");
}

static void
test_date_default_field (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kx_date_parse (NULL, "2026-05-12", NULL, NULL));
  g_assert_false (kx_date_parse (NULL, "2025-02-29", NULL, &error));
  assert_invalid (error, "Date", "2025-02-29", "28 days");
}

static void
test_date_is_valid (void)
{
  static const char *valid[] = {
    "2026-05-12", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "1899-12-31",
  };
  static const char *invalid[] = {
    "", "2026-5-12", "2026/05/12", "2025-02-29", "1900-02-29", "2026-13-01",
    "2026-00-01", "2026-01-00", "2026-04-31", "2026-05-12 ", " 2026-05-12", "2026-05-1a",
    "0000-01-01", "+026-05-12", "20260512", "2026年05月12日", "２０２６-05-12", "2026-05-012",
  };

  g_assert_false (kx_date_is_valid (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (kx_date_is_valid (valid[i]));
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_test_message ("checking “%s”", invalid[i]);
      g_assert_false (kx_date_is_valid (invalid[i]));
    }
}

static void
assert_add_days (const char *iso,
                 int         days,
                 const char *expected)
{
  g_autofree char *result = kx_date_add_days (iso, days);

  g_assert_cmpstr (result, ==, expected);
}

static void
test_date_add_days (void)
{
  assert_add_days ("2026-05-12", 0, "2026-05-12");
  assert_add_days ("2026-05-12", 1, "2026-05-13");
  assert_add_days ("2026-05-12", 20, "2026-06-01");
  assert_add_days ("2026-05-12", -12, "2026-04-30");
  assert_add_days ("2026-05-05", 7, "2026-05-12");
  assert_add_days ("2024-02-28", 1, "2024-02-29");
  assert_add_days ("2025-02-28", 1, "2025-03-01");
  assert_add_days ("2026-12-31", 1, "2027-01-01");
  assert_add_days ("2027-01-01", -1, "2026-12-31");
  assert_add_days ("2026-01-01", 365, "2027-01-01");
  assert_add_days ("2024-01-01", 366, "2025-01-01");
  assert_add_days ("2026-05-12", -365, "2025-05-12");
  assert_add_days ("9999-12-30", 1, "9999-12-31");
  assert_add_days ("0001-01-02", -1, "0001-01-01");
}

static void
test_date_add_days_invalid (void)
{
  assert_add_days (NULL, 1, NULL);
  assert_add_days ("2026-5-12", 1, NULL);
  assert_add_days ("2025-02-29", 1, NULL);
  assert_add_days ("9999-12-31", 1, NULL);
  assert_add_days ("0001-01-01", -1, NULL);
  assert_add_days ("2026-05-12", G_MAXINT, NULL);
  assert_add_days ("2026-05-12", G_MININT, NULL);
}

static void
assert_add_years (const char *iso,
                  int         years,
                  const char *expected)
{
  g_autofree char *result = kx_date_add_years (iso, years);

  g_assert_cmpstr (result, ==, expected);
}

static void
test_date_add_years (void)
{
  assert_add_years ("2024-02-29", 1, "2025-02-28");
  assert_add_years ("2024-02-29", 4, "2028-02-29");
  assert_add_years ("2024-02-29", -1, "2023-02-28");
  assert_add_years ("2024-02-29", 76, "2100-02-28");
  assert_add_years ("2026-05-12", 3, "2029-05-12");
  assert_add_years ("2026-05-12", 2, "2028-05-12");
  assert_add_years ("2026-05-12", 0, "2026-05-12");
  assert_add_years ("2026-12-31", -26, "2000-12-31");
  assert_add_years ("2026-05-12", 7973, "9999-05-12");
}

static void
test_date_add_years_invalid (void)
{
  assert_add_years (NULL, 1, NULL);
  assert_add_years ("2026/05/12", 1, NULL);
  assert_add_years ("2026-05-12", 7974, NULL);
  assert_add_years ("2026-05-12", -2026, NULL);
  assert_add_years ("2026-05-12", G_MAXINT, NULL);
  assert_add_years ("2026-05-12", G_MININT, NULL);
}

static void
test_date_compare (void)
{
  g_assert_cmpint (kx_date_compare ("2026-05-12", "2026-05-12"), ==, 0);
  g_assert_cmpint (kx_date_compare ("2026-05-12", "2026-05-13"), ==, -1);
  g_assert_cmpint (kx_date_compare ("2026-05-13", "2026-05-12"), ==, 1);
  g_assert_cmpint (kx_date_compare ("2026-05-12", "2026-12-01"), ==, -1);
  g_assert_cmpint (kx_date_compare ("2027-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (kx_date_compare ("1999-12-31", "2000-01-01"), ==, -1);
  g_assert_cmpint (kx_date_compare (NULL, NULL), ==, 0);
  g_assert_cmpint (kx_date_compare (NULL, "2026-05-12"), ==, -1);
  g_assert_cmpint (kx_date_compare ("2026-05-12", NULL), ==, 1);
}

static void
test_date_today (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("KEXIE_TODAY"));
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *real = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *ignored = NULL;

  g_unsetenv ("KEXIE_TODAY");
  now = g_date_time_new_now_local ();
  expected = g_date_time_format (now, "%Y-%m-%d");
  real = kx_date_today ();
  g_assert_true (kx_date_is_valid (real));
  /* A run across midnight may see the next day, never another. */
  g_assert_cmpint (kx_date_compare (real, expected), >=, 0);

  g_setenv ("KEXIE_TODAY", "2026-05-12", TRUE);
  fixed = kx_date_today ();
  g_assert_cmpstr (fixed, ==, "2026-05-12");

  g_setenv ("KEXIE_TODAY", "2025-02-29", TRUE);
  ignored = kx_date_today ();
  g_assert_true (kx_date_is_valid (ignored));
  g_assert_cmpstr (ignored, !=, "2025-02-29");

  if (saved != NULL)
    g_setenv ("KEXIE_TODAY", saved, TRUE);
  else
    g_unsetenv ("KEXIE_TODAY");
}

/* Unified social credit code */

static const char *known_codes[] = {
  "91350100M000100Y43",
  "91110000600037341L",
};

/* A code with a real-shaped prefix (registration authority 9, category 1,
 * division 431000 = Chenzhou) and a random organization part. */
static char *
make_valid_code (void)
{
  char code[19] = "91431000";

  for (int i = 8; i < 17; i++)
    code[i] = charset[g_test_rand_int_range (0, 31)];
  code[17] = kx_credit_code_check_char (code);
  code[18] = '\0';
  g_assert_cmpint (code[17], !=, '\0');
  return g_strdup (code);
}

static void
assert_code_rejected (const char *text,
                      const char *fragment)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_test_message ("validating “%s”", text != NULL ? text : "(null)");
  ok = kx_credit_code_validate (CODE_FIELD, text, &error);
  g_assert_false (ok);
  assert_invalid (error, CODE_FIELD, text, fragment);
}

static void
test_credit_code_known_valid (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (known_codes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (kx_credit_code_validate (CODE_FIELD, known_codes[i], &error));
      g_assert_no_error (error);
      g_assert_cmpint (kx_credit_code_check_char (known_codes[i]), ==, known_codes[i][17]);
    }
}

/* Position i alone set to '1' makes the sum its weight, so the check
 * character reveals each weight; compare with 3^(i-1) mod 31. */
static void
test_credit_code_weights (void)
{
  int weight = 1;

  for (int i = 0; i < 17; i++, weight = weight * 3 % 31)
    {
      char first17[18];

      memset (first17, '0', 17);
      first17[17] = '\0';
      first17[i] = '1';
      g_assert_cmpint (kx_credit_code_check_char (first17), ==, charset[31 - weight]);
    }
}

static void
test_credit_code_check_char (void)
{
  g_assert_cmpint (kx_credit_code_check_char ("00000000000000000"), ==, '0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100M000100Y4"), ==, '3');
  g_assert_cmpint (kx_credit_code_check_char ("91110000600037341"), ==, 'L');
  g_assert_cmpint (kx_credit_code_check_char (NULL), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char (""), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("9135010"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("9135010000000000"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100m000100Y4"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100I000100Y4"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100O000100Y4"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100S000100Y4"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100V000100Y4"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100Z000100Y4"), ==, '\0');
  g_assert_cmpint (kx_credit_code_check_char ("91350100 000100Y4"), ==, '\0');
}

/* Every single-character substitution of a valid code is caught: each
 * weight is a unit mod 31 and values differ by less than 31. */
static void
test_credit_code_generated (void)
{
  for (int n = 0; n < 200; n++)
    {
      g_autofree char *code = make_valid_code ();

      g_assert_true (kx_credit_code_validate (CODE_FIELD, code, NULL));
      for (int i = 0; i < 18; i++)
        {
          g_autofree char *bad = g_strdup (code);

          bad[i] = charset[(strchr (charset, code[i]) - charset + 1
                            + g_test_rand_int_range (0, 30)) % 31];
          g_assert_false (kx_credit_code_validate (CODE_FIELD, bad, NULL));
        }
    }
}

static void
test_credit_code_rejects_empty (void)
{
  assert_code_rejected ("", "no unified social credit code");
  assert_code_rejected (NULL, "no unified social credit code");
}

/* Not trimmed: the message quotes exactly what would be stored. */
static void
test_credit_code_rejects_untrimmed (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kx_credit_code_validate (CODE_FIELD, "91350100M000100Y43 ", &error));
  assert_invalid (error, CODE_FIELD, NULL, "“91350100M000100Y43 ” has 19 characters");
}

static void
test_credit_code_rejects_length (void)
{
  assert_code_rejected ("91350100M000100Y4", "has 17 characters");
  assert_code_rejected ("91350100M000100Y433", "has 19 characters");
  assert_code_rejected ("9", "has 1 character;");
  assert_code_rejected ("913501００M000100Y4", "has 17 characters");
}

static void
test_credit_code_rejects_illegal_char (void)
{
  assert_code_rejected ("91350100I000100Y43", "“I” at position 9");
  assert_code_rejected ("91350100MO00100Y43", "“O” at position 10");
  assert_code_rejected ("91350100M000100S43", "“S” at position 16");
  assert_code_rejected ("V1350100M000100Y43", "“V” at position 1");
  assert_code_rejected ("91350100M000100Y4Z", "“Z” at position 18");
  assert_code_rejected ("91350100m000100y43", "“m” at position 9");
  assert_code_rejected ("9135公100M000100Y43", "“公” at position 5");
  assert_code_rejected ("91350100M000 00Y43", "“ ” at position 13");
  assert_code_rejected ("91350100M000-00Y43", "“-” at position 13");
  assert_code_rejected ("913501００M000100Y43", "“０” at position 7");
}

static void
test_credit_code_rejects_division (void)
{
  assert_code_rejected ("91AB0100M000100Y43", "“AB0100” at positions 3–8");
  assert_code_rejected ("9135010AM000100Y43", "“35010A” at positions 3–8");
  assert_code_rejected ("91L50100M000100Y43", "administrative division code");
}

static void
test_credit_code_rejects_check_char (void)
{
  assert_code_rejected ("91350100M000100Y44", "check character “4”, but it should be “3”");
  assert_code_rejected ("91110000600037341K", "check character “K”, but it should be “L”");
  assert_code_rejected ("91110000600037342L", "but it should be");
}

static void
test_credit_code_rejects_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kx_credit_code_validate (CODE_FIELD, "91350100\xffM00100Y43", &error));
  assert_invalid (error, CODE_FIELD, NULL, "illegal character");
}

static void
test_credit_code_default_field (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kx_credit_code_validate (NULL, "123", &error));
  assert_invalid (error, "Unified social credit code", "123", "has 3 characters");
}

static void
test_credit_code_normalize (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "91350100M000100Y43", "91350100M000100Y43" },
    { "  91350100m000100y43\t", "91350100M000100Y43" },
    { "\u300091350100m000100y43\u3000", "91350100M000100Y43" },
    { "９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43" },
    { "９１３５０１００ｍ０００１００ｙ４３", "91350100M000100Y43" },
    { "", "" }, { "   ", "" },
  };

  g_assert_null (kx_credit_code_normalize (NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = kx_credit_code_normalize (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_true (kx_credit_code_validate (CODE_FIELD, out, NULL) == (*out != '\0'));
    }
}

static void
test_error_quark (void)
{
  g_assert_cmpint (KX_VALIDATE_ERROR, !=, 0);
  g_assert_cmpstr (g_quark_to_string (KX_VALIDATE_ERROR), ==, "kx-validate-error-quark");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/error-quark", test_error_quark);

  g_test_add_func ("/validate/money/accepts-plain", test_money_accepts_plain);
  g_test_add_func ("/validate/money/accepts-grouping", test_money_accepts_grouping);
  g_test_add_func ("/validate/money/accepts-wan", test_money_accepts_wan);
  g_test_add_func ("/validate/money/accepts-yen-and-yuan", test_money_accepts_yen_and_yuan);
  g_test_add_func ("/validate/money/accepts-whitespace", test_money_accepts_whitespace);
  g_test_add_func ("/validate/money/accepts-full-width", test_money_accepts_full_width);
  g_test_add_func ("/validate/money/accepts-trailing-zeros", test_money_accepts_trailing_zeros);
  g_test_add_func ("/validate/money/accepts-maximum", test_money_accepts_maximum);
  g_test_add_func ("/validate/money/optional-out", test_money_optional_out);
  g_test_add_func ("/validate/money/rejects-empty", test_money_rejects_empty);
  g_test_add_func ("/validate/money/rejects-three-decimals", test_money_rejects_three_decimals);
  g_test_add_func ("/validate/money/rejects-wan-sub-fen", test_money_rejects_wan_sub_fen);
  g_test_add_func ("/validate/money/rejects-negative", test_money_rejects_negative);
  g_test_add_func ("/validate/money/rejects-not-a-number", test_money_rejects_not_a_number);
  g_test_add_func ("/validate/money/rejects-bad-grouping", test_money_rejects_bad_grouping);
  g_test_add_func ("/validate/money/rejects-two-points", test_money_rejects_two_points);
  g_test_add_func ("/validate/money/rejects-overflow", test_money_rejects_overflow);
  g_test_add_func ("/validate/money/rejects-invalid-utf8", test_money_rejects_invalid_utf8);
  g_test_add_func ("/validate/money/message-shape", test_money_message_shape);
  g_test_add_func ("/validate/money/format", test_money_format);
  g_test_add_func ("/validate/money/format-negative", test_money_format_negative);
  g_test_add_func ("/validate/money/format-plain", test_money_format_plain);
  g_test_add_func ("/validate/money/round-trip", test_money_round_trip);
  g_test_add_func ("/validate/money/format-wan", test_money_format_wan);
  g_test_add_func ("/validate/money/wan-round-trip", test_money_wan_round_trip);

  g_test_add_func ("/validate/date/accepts-formats", test_date_accepts_formats);
  g_test_add_func ("/validate/date/accepts-edges", test_date_accepts_edges);
  g_test_add_func ("/validate/date/rejects-feb-30", test_date_rejects_feb_30);
  g_test_add_func ("/validate/date/rejects-non-leap-feb-29", test_date_rejects_non_leap_feb_29);
  g_test_add_func ("/validate/date/rejects-bad-day", test_date_rejects_bad_day);
  g_test_add_func ("/validate/date/rejects-month-13", test_date_rejects_month_13);
  g_test_add_func ("/validate/date/rejects-year-range", test_date_rejects_year_range);
  g_test_add_func ("/validate/date/rejects-garbage", test_date_rejects_garbage);
  g_test_add_func ("/validate/date/rejects-empty", test_date_rejects_empty);
  g_test_add_func ("/validate/date/rejects-invalid-utf8", test_date_rejects_invalid_utf8);
  g_test_add_func ("/validate/date/default-field", test_date_default_field);
  g_test_add_func ("/validate/date/is-valid", test_date_is_valid);
  g_test_add_func ("/validate/date/add-days", test_date_add_days);
  g_test_add_func ("/validate/date/add-days-invalid", test_date_add_days_invalid);
  g_test_add_func ("/validate/date/add-years", test_date_add_years);
  g_test_add_func ("/validate/date/add-years-invalid", test_date_add_years_invalid);
  g_test_add_func ("/validate/date/compare", test_date_compare);
  g_test_add_func ("/validate/date/today", test_date_today);

  g_test_add_func ("/validate/credit-code/known-valid", test_credit_code_known_valid);
  g_test_add_func ("/validate/credit-code/weights", test_credit_code_weights);
  g_test_add_func ("/validate/credit-code/check-char", test_credit_code_check_char);
  g_test_add_func ("/validate/credit-code/generated", test_credit_code_generated);
  g_test_add_func ("/validate/credit-code/rejects-empty", test_credit_code_rejects_empty);
  g_test_add_func ("/validate/credit-code/rejects-length", test_credit_code_rejects_length);
  g_test_add_func ("/validate/credit-code/rejects-untrimmed",
                   test_credit_code_rejects_untrimmed);
  g_test_add_func ("/validate/credit-code/rejects-illegal-char",
                   test_credit_code_rejects_illegal_char);
  g_test_add_func ("/validate/credit-code/rejects-division", test_credit_code_rejects_division);
  g_test_add_func ("/validate/credit-code/rejects-check-char",
                   test_credit_code_rejects_check_char);
  g_test_add_func ("/validate/credit-code/rejects-invalid-utf8",
                   test_credit_code_rejects_invalid_utf8);
  g_test_add_func ("/validate/credit-code/default-field", test_credit_code_default_field);
  g_test_add_func ("/validate/credit-code/normalize", test_credit_code_normalize);

  return g_test_run ();
}
