/* kx-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-validate"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kx-validate.h"

G_DEFINE_QUARK (kx-validate-error-quark, kx_validate_error)

#define FEN_PER_YUAN       G_GUINT64_CONSTANT (100)
#define FEN_PER_WAN        G_GUINT64_CONSTANT (1000000)
#define FEN_PER_CENTI_WAN  G_GUINT64_CONSTANT (10000)

#define YEAR_INPUT_MIN     1900
#define YEAR_INPUT_MAX     2200

typedef enum
{
  MONEY_OK,
  MONEY_EMPTY,
  MONEY_NEGATIVE,
  MONEY_NOT_NUMBER,
  MONEY_GROUPING,
  MONEY_POINTS,
  MONEY_DECIMALS,
  MONEY_WAN_DECIMALS,
  MONEY_TOO_LARGE,
} MoneyStatus;

typedef enum
{
  DATE_OK,
  DATE_EMPTY,
  DATE_GARBAGE,
  DATE_YEAR,
  DATE_MONTH,
  DATE_DAY,
} DateStatus;

typedef struct
{
  int year;
  int month;
  int day;
} Ymd;

typedef struct
{
  gunichar from;
  char     to;
} Fold;

static const Fold money_folds[] = {
  { 0x00A5, 'Y' },  /* ¥ */
  { 0xFFE5, 'Y' },  /* ￥ */
  { 0x4E07, 'W' },  /* 万 */
  { 0x5143, 'R' },  /* 元 */
  { 0x2212, '-' },  /* − */
  { 0, '\0' },
};

static const Fold date_folds[] = {
  { 0x5E74, 'Y' },  /* 年 */
  { 0x6708, 'M' },  /* 月 */
  { 0x65E5, 'D' },  /* 日 */
  { 0x53F7, 'D' },  /* 号 */
  { 0, '\0' },
};

static const char credit_charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* 3^(i-1) mod 31 for positions 1–17 (GB 32100-2015). */
static const int credit_weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
};

/* Full-width forms (U+FF01–U+FF5E) are what Chinese input methods type
 * in full-width mode; they mean the same ASCII characters. */
static gunichar
fold_width (gunichar c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFF01 + 0x21;
  if (c == 0x3000)
    return ' ';
  return c;
}

/* Rewrites UTF-8 @text as ASCII for a scanner: full-width forms fold to
 * ASCII, then ASCII digits and @punct stay, whitespace becomes ' ', the
 * characters of @folds become their letter and anything else '?'. */
static char *
fold_to_ascii (const char *text,
               const char *punct,
               const Fold *folds)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = fold_width (g_utf8_get_char (p));
      char to = '?';

      if (c != 0 && c < 0x80 && (g_ascii_isdigit (c) || strchr (punct, (int) c) != NULL))
        to = (char) c;
      else if (g_unichar_isspace (c))
        to = ' ';
      for (const Fold *f = folds; to == '?' && f->from != 0; f++)
        to = c == f->from ? f->to : '?';

      g_string_append_c (s, to);
    }

  return g_string_free (s, FALSE);
}

/* The user's text as it may appear inside a message: valid UTF-8, trimmed. */
static char *
dup_for_message (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  const char *start = valid;
  const char *end = valid + strlen (valid);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  return g_strndup (start, end - start);
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
}

/* Reads a run of ASCII digits; FALSE unless there are 1 to @max_digits. */
static gboolean
read_digits (const char **p,
             int          max_digits,
             int         *out_value)
{
  int n = 0;
  int value = 0;

  for (; g_ascii_isdigit (**p); (*p)++, n++)
    {
      if (n < max_digits)
        value = value * 10 + (**p - '0');
    }

  *out_value = value;
  return n >= 1 && n <= max_digits;
}

static guint64
magnitude (gint64 value)
{
  return value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
}

/* Digits of @value with a comma between groups of three. */
static void
append_grouped (GString *s,
                guint64  value)
{
  char digits[24];
  int n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
}

/* Money */

/* "1,234,567" with commas only between proper groups of three, or plain digits. */
static gboolean
is_grouping_valid (const char *digits,
                   gsize       len)
{
  const char *comma = memchr (digits, ',', len);
  gsize group = 0;

  if (comma == NULL)
    return TRUE;
  if (comma == digits || comma - digits > 3)
    return FALSE;

  for (const char *p = comma + 1; p < digits + len; p++)
    {
      if (*p != ',')
        group++;
      else if (group != 3)
        return FALSE;
      else
        group = 0;
    }

  return group == 3;
}

/* Appends the decimal digits of @digits (commas skipped) to @acc; FALSE on overflow. */
static gboolean
accumulate_digits (const char *digits,
                   gsize       len,
                   guint64    *acc)
{
  for (gsize i = 0; i < len; i++)
    {
      guint d;

      if (digits[i] == ',')
        continue;
      d = (guint) (digits[i] - '0');
      if (*acc > (G_MAXUINT64 - d) / 10)
        return FALSE;
      *acc = *acc * 10 + d;
    }

  return TRUE;
}

/* The fraction @frac (@len digits) in units of 10^-@places, or FALSE when
 * it has more significant digits than @places. */
static gboolean
scale_fraction (const char *frac,
                gsize       len,
                guint       places,
                guint64    *out_units)
{
  guint64 units = 0;

  while (len > places && frac[len - 1] == '0')
    len--;
  if (len > places)
    return FALSE;

  accumulate_digits (frac, len, &units);
  for (gsize i = len; i < places; i++)
    units *= 10;

  *out_units = units;
  return TRUE;
}

/* Turns the number span (digits, commas, at most one point) into fen. */
static MoneyStatus
convert_number (const char *num,
                gsize       len,
                gboolean    wan,
                gint64     *out_fen)
{
  const char *point = memchr (num, '.', len);
  gsize int_len = point != NULL ? (gsize) (point - num) : len;
  const char *frac = point != NULL ? point + 1 : num + len;
  gsize frac_len = num + len - frac;
  guint places = wan ? 6 : 2;
  guint64 scale = wan ? FEN_PER_WAN : FEN_PER_YUAN;
  guint64 int_part = 0;
  guint64 frac_fen = 0;

  if (frac_len > 0 && memchr (frac, '.', frac_len) != NULL)
    return MONEY_POINTS;
  if (memchr (frac, ',', frac_len) != NULL)
    return MONEY_GROUPING;
  if (strspn (num, ",") == int_len || (point != NULL && frac_len == 0))
    return MONEY_NOT_NUMBER;
  if (!is_grouping_valid (num, int_len))
    return MONEY_GROUPING;
  if (!scale_fraction (frac, frac_len, places, &frac_fen))
    return wan ? MONEY_WAN_DECIMALS : MONEY_DECIMALS;
  if (!accumulate_digits (num, int_len, &int_part) ||
      int_part > ((guint64) G_MAXINT64 - frac_fen) / scale)
    return MONEY_TOO_LARGE;

  *out_fen = (gint64) (int_part * scale + frac_fen);
  return MONEY_OK;
}

/* Grammar (on the ASCII form): [-] [¥] [-] number [万] [元], spaces between. */
static MoneyStatus
scan_money (const char *ascii,
            gint64     *out_fen)
{
  const char *p = skip_spaces (ascii);
  gboolean negative = FALSE;
  gboolean wan = FALSE;
  const char *num;
  gsize num_len;
  MoneyStatus status;

  if (*p == '\0')
    return MONEY_EMPTY;
  if (*p == '-')
    {
      negative = TRUE;
      p = skip_spaces (p + 1);
    }
  if (*p == 'Y')
    p = skip_spaces (p + 1);
  if (*p == '-' && !negative)
    {
      negative = TRUE;
      p = skip_spaces (p + 1);
    }

  num = p;
  num_len = strspn (num, "0123456789,.");
  p = skip_spaces (num + num_len);
  if (*p == 'W')
    {
      wan = TRUE;
      p = skip_spaces (p + 1);
    }
  if (*p == 'R')
    p = skip_spaces (p + 1);
  if (num_len == 0 || *p != '\0')
    return MONEY_NOT_NUMBER;

  status = convert_number (num, num_len, wan, out_fen);
  return negative ? MONEY_NEGATIVE : status;
}

static void
set_money_error (GError      **error,
                 MoneyStatus   status,
                 const char   *field,
                 const char   *text)
{
  g_autofree char *shown = dup_for_message (text);
  const char *name = field != NULL ? field : _("Amount");

  switch (status)
    {
    case MONEY_EMPTY:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: no amount was entered"), name);
      break;
    case MONEY_NEGATIVE:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” is negative; amounts cannot be below zero"), name, shown);
      break;
    case MONEY_NOT_NUMBER:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” is not a number; write an amount like 12,345.67 or 1.5万"),
                   name, shown);
      break;
    case MONEY_GROUPING:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has misplaced thousands separators; "
                     "commas go between groups of three digits"), name, shown);
      break;
    case MONEY_POINTS:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has more than one decimal point"), name, shown);
      break;
    case MONEY_DECIMALS:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has more than two decimal places"), name, shown);
      break;
    case MONEY_WAN_DECIMALS:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has more than six decimal places before 万, "
                     "which is finer than one fen"), name, shown);
      break;
    case MONEY_TOO_LARGE:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” is too large"), name, shown);
      break;
    case MONEY_OK:
    default:
      g_assert_not_reached ();
    }
}

/**
 * kx_money_parse:
 * @field: (nullable): the translated field name for messages
 * @text: (nullable): what the user typed
 * @out_fen: (out) (optional): the amount in fen
 * @error: return location for a #GError
 *
 * Parses a non-negative amount of yuan: "12345.67", "12,345.67", "¥1,000",
 * "￥1,000", "1.5万", "1.5万元", "100元", with full-width digits allowed.
 * Integer arithmetic only; trailing zeros past the last allowed decimal
 * place are accepted since they lose nothing.
 *
 * Returns: %TRUE on success; %FALSE with KX_ERROR_INVALID otherwise
 */
gboolean
kx_money_parse (const char  *field,
                const char  *text,
                gint64      *out_fen,
                GError     **error)
{
  g_autofree char *ascii = NULL;
  MoneyStatus status;
  gint64 fen = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    status = MONEY_EMPTY;
  else if (!g_utf8_validate (text, -1, NULL))
    status = MONEY_NOT_NUMBER;
  else
    status = scan_money ((ascii = fold_to_ascii (text, ",.-", money_folds)), &fen);

  if (status != MONEY_OK)
    {
      set_money_error (error, status, field, text);
      return FALSE;
    }

  if (out_fen != NULL)
    *out_fen = fen;
  return TRUE;
}

/**
 * kx_money_format:
 * @fen: an amount in fen
 *
 * Returns: (transfer full): display text such as "¥12,345.67" or "-¥5.00"
 */
char *
kx_money_format (gint64 fen)
{
  guint64 mag = magnitude (fen);
  GString *s = g_string_new (fen < 0 ? "-¥" : "¥");

  append_grouped (s, mag / FEN_PER_YUAN);
  g_string_append_printf (s, ".%02u", (guint) (mag % FEN_PER_YUAN));
  return g_string_free (s, FALSE);
}

/**
 * kx_money_format_plain:
 * @fen: an amount in fen
 *
 * Returns: (transfer full): "12345.67", no sign or grouping, which
 *   kx_money_parse() reads back to the same @fen when @fen ≥ 0
 */
char *
kx_money_format_plain (gint64 fen)
{
  guint64 mag = magnitude (fen);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", fen < 0 ? "-" : "",
                          mag / FEN_PER_YUAN, (guint) (mag % FEN_PER_YUAN));
}

/**
 * kx_money_format_wan:
 * @fen: an amount in fen
 *
 * Rounds half away from zero to 0.01万 (100 yuan).
 *
 * Returns: (transfer full): text such as "1.23万元" or "1,234.50万元"
 */
char *
kx_money_format_wan (gint64 fen)
{
  guint64 centi_wan = (magnitude (fen) + FEN_PER_CENTI_WAN / 2) / FEN_PER_CENTI_WAN;
  GString *s = g_string_new (fen < 0 && centi_wan > 0 ? "-" : "");

  append_grouped (s, centi_wan / 100);
  g_string_append_printf (s, ".%02u万元", (guint) (centi_wan % 100));
  return g_string_free (s, FALSE);
}

/* Dates */

static gboolean
ymd_is_real (const Ymd *ymd)
{
  return ymd->year >= 1 && ymd->year <= 9999 &&
         ymd->month >= 1 && ymd->month <= 12 &&
         ymd->day >= 1 &&
         ymd->day <= g_date_get_days_in_month (ymd->month, ymd->year);
}

static char *
ymd_to_iso (const Ymd *ymd)
{
  return g_strdup_printf ("%04d-%02d-%02d", ymd->year, ymd->month, ymd->day);
}

/* Strict "YYYY-MM-DD" with a real calendar date. */
static gboolean
split_iso (const char *iso,
           Ymd        *ymd)
{
  static const char shape[] = "dddd-dd-dd";

  if (iso == NULL || strlen (iso) != strlen (shape))
    return FALSE;
  for (gsize i = 0; shape[i] != '\0'; i++)
    {
      if (shape[i] == 'd' ? !g_ascii_isdigit (iso[i]) : iso[i] != shape[i])
        return FALSE;
    }

  ymd->year = atoi (iso);
  ymd->month = atoi (iso + 5);
  ymd->day = atoi (iso + 8);
  return ymd_is_real (ymd);
}

/* "YYYYMMDD", as spreadsheets often hold dates. */
static gboolean
scan_compact_date (const char *p,
                   Ymd        *ymd)
{
  if (strspn (p, "0123456789") != 8 || *skip_spaces (p + 8) != '\0')
    return FALSE;

  ymd->year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  ymd->month = (p[4] - '0') * 10 + (p[5] - '0');
  ymd->day = (p[6] - '0') * 10 + (p[7] - '0');
  return TRUE;
}

/* Year, month and day with one separator kind ('-', '/', '.') used twice,
 * or 年 … 月 … [日]; spaces allowed around the separators. */
static gboolean
scan_date (const char *ascii,
           Ymd        *ymd)
{
  const char *p = skip_spaces (ascii);
  const char *year_start = p;
  char sep;

  if (scan_compact_date (p, ymd))
    return TRUE;
  if (!read_digits (&p, 4, &ymd->year) || p - year_start != 4)
    return FALSE;

  p = skip_spaces (p);
  sep = *p;
  if (sep == '\0' || strchr ("-/.Y", sep) == NULL)
    return FALSE;

  p = skip_spaces (p + 1);
  if (!read_digits (&p, 2, &ymd->month))
    return FALSE;
  p = skip_spaces (p);
  if (*p != (sep == 'Y' ? 'M' : sep))
    return FALSE;

  p = skip_spaces (p + 1);
  if (!read_digits (&p, 2, &ymd->day))
    return FALSE;
  p = skip_spaces (p);
  if (sep == 'Y' && *p == 'D')
    p = skip_spaces (p + 1);

  return *p == '\0';
}

static DateStatus
check_date (const char *text,
            Ymd        *ymd)
{
  g_autofree char *ascii = text != NULL ? fold_to_ascii (text, "-/.", date_folds) : NULL;

  if (ascii == NULL || *skip_spaces (ascii) == '\0')
    return DATE_EMPTY;
  if (!scan_date (ascii, ymd))
    return DATE_GARBAGE;
  if (ymd->year < YEAR_INPUT_MIN || ymd->year > YEAR_INPUT_MAX)
    return DATE_YEAR;
  if (ymd->month < 1 || ymd->month > 12)
    return DATE_MONTH;
  if (!ymd_is_real (ymd))
    return DATE_DAY;
  return DATE_OK;
}

static void
set_date_error (GError     **error,
                DateStatus   status,
                const char  *field,
                const char  *text,
                const Ymd   *ymd)
{
  g_autofree char *shown = dup_for_message (text);
  const char *name = field != NULL ? field : _("Date");

  switch (status)
    {
    case DATE_EMPTY:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: no date was entered"), name);
      break;
    case DATE_GARBAGE:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” is not a date; write it like 2026-05-12"), name, shown);
      break;
    case DATE_YEAR:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has the year %d; only years %d to %d are accepted"),
                   name, shown, ymd->year, YEAR_INPUT_MIN, YEAR_INPUT_MAX);
      break;
    case DATE_MONTH:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has the month %d; months run from 1 to 12"),
                   name, shown, ymd->month);
      break;
    case DATE_DAY:
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” is not a day of the calendar; %04d-%02d has %d days"),
                   name, shown, ymd->year, ymd->month,
                   g_date_get_days_in_month (ymd->month, ymd->year));
      break;
    case DATE_OK:
    default:
      g_assert_not_reached ();
    }
}

/**
 * kx_date_parse:
 * @field: (nullable): the translated field name for messages
 * @text: (nullable): what the user typed
 * @out_iso: (out) (optional) (transfer full): the date as "YYYY-MM-DD"
 * @error: return location for a #GError
 *
 * Accepts "2026-05-12", "2026-5-12", "2026/5/12", "2026.05.12",
 * "2026年5月12日" and "20260512" (full-width digits too), for years
 * 1900 to 2200.
 *
 * Returns: %TRUE on success; %FALSE with KX_ERROR_INVALID otherwise
 */
gboolean
kx_date_parse (const char  *field,
               const char  *text,
               char       **out_iso,
               GError     **error)
{
  Ymd ymd = { 0, 0, 0 };
  DateStatus status;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    status = DATE_GARBAGE;
  else
    status = check_date (text, &ymd);

  if (status != DATE_OK)
    {
      set_date_error (error, status, field, text, &ymd);
      return FALSE;
    }

  if (out_iso != NULL)
    *out_iso = ymd_to_iso (&ymd);
  return TRUE;
}

/**
 * kx_date_is_valid:
 * @iso: (nullable): a string
 *
 * Unlike kx_date_parse(), any year 0001–9999 is valid here: the 1900–2200
 * range is an input rule, not a storage one.
 *
 * Returns: whether @iso is exactly "YYYY-MM-DD" and a real calendar date
 */
gboolean
kx_date_is_valid (const char *iso)
{
  Ymd ymd;

  return split_iso (iso, &ymd);
}

/**
 * kx_date_add_days:
 * @iso: (nullable): a date "YYYY-MM-DD"
 * @days: days to add, may be negative
 *
 * Returns: (transfer full) (nullable): the date, or %NULL if @iso is
 *   invalid or the result falls outside the years 0001–9999
 */
char *
kx_date_add_days (const char *iso,
                  int         days)
{
  GDate date;
  GDate last;
  Ymd ymd;
  gint64 julian;

  if (!split_iso (iso, &ymd))
    return NULL;

  g_date_clear (&date, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&date, ymd.day, ymd.month, ymd.year);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 9999);

  julian = (gint64) g_date_get_julian (&date) + days;
  if (julian < 1 || julian > (gint64) g_date_get_julian (&last))
    return NULL;

  g_date_set_julian (&date, (guint32) julian);
  ymd.year = g_date_get_year (&date);
  ymd.month = g_date_get_month (&date);
  ymd.day = g_date_get_day (&date);
  return ymd_to_iso (&ymd);
}

/**
 * kx_date_add_years:
 * @iso: (nullable): a date "YYYY-MM-DD"
 * @years: years to add, may be negative
 *
 * February 29 becomes February 28 in a year that is not a leap year.
 *
 * Returns: (transfer full) (nullable): the date, or %NULL if @iso is
 *   invalid or the result falls outside the years 0001–9999
 */
char *
kx_date_add_years (const char *iso,
                   int         years)
{
  Ymd ymd;
  gint64 year;

  if (!split_iso (iso, &ymd))
    return NULL;

  year = (gint64) ymd.year + years;
  if (year < 1 || year > 9999)
    return NULL;

  ymd.year = (int) year;
  if (ymd.month == 2 && ymd.day == 29 && !g_date_is_leap_year (ymd.year))
    ymd.day = 28;
  return ymd_to_iso (&ymd);
}

/**
 * kx_date_compare:
 * @a: (nullable): a date "YYYY-MM-DD"
 * @b: (nullable): a date "YYYY-MM-DD"
 *
 * ISO dates sort as strings; %NULL (no date) sorts first.
 *
 * Returns: -1, 0 or 1 as @a is before, equal to or after @b
 */
int
kx_date_compare (const char *a,
                 const char *b)
{
  int cmp;

  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  cmp = strcmp (a, b);
  return (cmp > 0) - (cmp < 0);
}

/**
 * kx_date_today:
 *
 * The local date, unless the environment variable KEXIE_TODAY holds a
 * valid "YYYY-MM-DD", which is then used instead (tests, demos).
 *
 * Returns: (transfer full): today as "YYYY-MM-DD"
 */
char *
kx_date_today (void)
{
  const char *env = g_getenv ("KEXIE_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (env != NULL && kx_date_is_valid (env))
    return g_strdup (env);
  if (env != NULL)
    g_debug ("Ignoring KEXIE_TODAY=“%s”: not a YYYY-MM-DD date", env);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

/* Unified social credit code */

static int
credit_value (char c)
{
  const char *hit = c != '\0' ? strchr (credit_charset, c) : NULL;

  return hit != NULL ? (int) (hit - credit_charset) : -1;
}

/**
 * kx_credit_code_check_char:
 * @first17: (nullable): at least the first 17 characters of a code
 *
 * Only the first 17 characters are read, so a whole 18-character code
 * may be passed.
 *
 * Returns: the check character (position 18), or '\0' if @first17 does not
 *   start with 17 characters of the code's charset
 */
char
kx_credit_code_check_char (const char *first17)
{
  int sum = 0;

  if (first17 == NULL)
    return '\0';

  for (int i = 0; i < 17; i++)
    {
      int value = credit_value (first17[i]);

      if (value < 0)
        return '\0';
      sum += value * credit_weights[i];
    }

  return credit_charset[(31 - sum % 31) % 31];
}

/* 1-based position of the first character outside the charset, or 0. */
static int
find_illegal_char (const char  *code,
                   char       **out_char)
{
  int pos = 1;

  for (const char *p = code; *p != '\0'; p = g_utf8_next_char (p), pos++)
    {
      if (credit_value (*p) < 0)
        {
          *out_char = g_strndup (p, g_utf8_next_char (p) - p);
          return pos;
        }
    }

  return 0;
}

static gboolean
check_credit_length (const char  *name,
                     const char  *shown,
                     GError     **error)
{
  glong len = g_utf8_strlen (shown, -1);

  if (len == 0)
    {
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: no unified social credit code was entered"), name);
      return FALSE;
    }
  if (len != 18)
    {
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   ngettext ("%s: “%s” has %ld character; a unified social credit "
                             "code has 18",
                             "%s: “%s” has %ld characters; a unified social credit "
                             "code has 18", (unsigned long) len),
                   name, shown, len);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_credit_chars (const char  *name,
                    const char  *shown,
                    GError     **error)
{
  g_autofree char *bad = NULL;
  int pos = find_illegal_char (shown, &bad);

  if (pos > 0)
    {
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has the illegal character “%s” at position %d; codes use "
                     "digits and capital letters except I, O, S, V and Z"),
                   name, shown, bad, pos);
      return FALSE;
    }
  if (strspn (shown + 2, "0123456789") < 6)
    {
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” has “%.6s” at positions 3–8, where the six-digit "
                     "administrative division code belongs"),
                   name, shown, shown + 2);
      return FALSE;
    }

  return TRUE;
}

/**
 * kx_credit_code_validate:
 * @field: (nullable): the translated field name for messages
 * @text: (nullable): the code, exactly as it will be stored
 * @error: return location for a #GError
 *
 * Checks length, charset, the administrative division code (positions
 * 3–8) and the check character of GB 32100-2015. @text is taken as is:
 * pass it through kx_credit_code_normalize() first to forgive spaces and
 * lower case.
 *
 * Returns: %TRUE if valid; %FALSE with KX_ERROR_INVALID otherwise
 */
gboolean
kx_credit_code_validate (const char  *field,
                         const char  *text,
                         GError     **error)
{
  g_autofree char *shown = g_utf8_make_valid (text != NULL ? text : "", -1);
  const char *name = field != NULL ? field : _("Unified social credit code");
  char expected;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_credit_length (name, shown, error) ||
      !check_credit_chars (name, shown, error))
    return FALSE;

  /* Invalid UTF-8 became U+FFFD in @shown, so it is 18 charset bytes here. */
  expected = kx_credit_code_check_char (shown);
  if (shown[17] != expected)
    {
      g_set_error (error, KX_VALIDATE_ERROR, KX_ERROR_INVALID,
                   _("%s: “%s” ends in the check character “%c”, but it should be “%c”"),
                   name, shown, shown[17], expected);
      return FALSE;
    }

  return TRUE;
}

/**
 * kx_credit_code_normalize:
 * @text: (nullable): a code as typed or pasted
 *
 * Full-width letters and digits become ASCII, surrounding spaces
 * (including the ideographic space) go, and letters become upper case.
 *
 * Returns: (transfer full) (nullable): the normalised code, %NULL for %NULL
 */
char *
kx_credit_code_normalize (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  GString *s;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  s = g_string_new (NULL);
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = fold_width (g_utf8_get_char (p));

      g_string_append_unichar (s, g_unichar_isspace (c) ? ' ' : c);
    }

  folded = g_string_free (s, FALSE);
  return g_ascii_strup (g_strstrip (folded), -1);
}
