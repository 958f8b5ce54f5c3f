/* kx-validate-date.c: calendar dates as "YYYY-MM-DD" strings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-validate.h; shares its helpers through kx-validate-private.h.
 */

#define G_LOG_DOMAIN "kx-validate"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "kx-validate.h"
#include "kx-validate-private.h"

#define YEAR_INPUT_MIN     1900
#define YEAR_INPUT_MAX     2200

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

static const KxValidateFold date_folds[] = {
  { 0x5E74, 'Y' },  /* 年 */
  { 0x6708, 'M' },  /* 月 */
  { 0x65E5, 'D' },  /* 日 */
  { 0x53F7, 'D' },  /* 号 */
  { 0, '\0' },
};

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
  if (strspn (p, "0123456789") != 8 || *_kx_validate_skip_spaces (p + 8) != '\0')
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
  const char *p = _kx_validate_skip_spaces (ascii);
  const char *year_start = p;
  char sep;

  if (scan_compact_date (p, ymd))
    return TRUE;
  if (!read_digits (&p, 4, &ymd->year) || p - year_start != 4)
    return FALSE;

  p = _kx_validate_skip_spaces (p);
  sep = *p;
  if (sep == '\0' || strchr ("-/.Y", sep) == NULL)
    return FALSE;

  p = _kx_validate_skip_spaces (p + 1);
  if (!read_digits (&p, 2, &ymd->month))
    return FALSE;
  p = _kx_validate_skip_spaces (p);
  if (*p != (sep == 'Y' ? 'M' : sep))
    return FALSE;

  p = _kx_validate_skip_spaces (p + 1);
  if (!read_digits (&p, 2, &ymd->day))
    return FALSE;
  p = _kx_validate_skip_spaces (p);
  if (sep == 'Y' && *p == 'D')
    p = _kx_validate_skip_spaces (p + 1);

  return *p == '\0';
}

static DateStatus
check_date (const char *text,
            Ymd        *ymd)
{
  g_autofree char *ascii = NULL;

  if (text != NULL)
    ascii = _kx_validate_fold_to_ascii (text, "-/.", date_folds);

  if (ascii == NULL || *_kx_validate_skip_spaces (ascii) == '\0')
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
  g_autofree char *shown = _kx_validate_dup_for_message (text);
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
