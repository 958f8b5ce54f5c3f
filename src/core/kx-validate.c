/* kx-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kx-validate"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-validate.h"
#include "kx-validate-private.h"

G_DEFINE_QUARK (kx-validate-error-quark, kx_validate_error)

#define FEN_PER_YUAN       G_GUINT64_CONSTANT (100)
#define FEN_PER_WAN        G_GUINT64_CONSTANT (1000000)
#define FEN_PER_CENTI_WAN  G_GUINT64_CONSTANT (10000)

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

static const KxValidateFold money_folds[] = {
  { 0x00A5, 'Y' },  /* ¥ */
  { 0xFFE5, 'Y' },  /* ￥ */
  { 0x4E07, 'W' },  /* 万 */
  { 0x5143, 'R' },  /* 元 */
  { 0x2212, '-' },  /* − */
  { 0, '\0' },
};

/* Full-width forms (U+FF01–U+FF5E) are what Chinese input methods type
 * in full-width mode; they mean the same ASCII characters. */
gunichar
_kx_validate_fold_width (gunichar c)
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
char *
_kx_validate_fold_to_ascii (const char           *text,
                            const char           *punct,
                            const KxValidateFold *folds)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = _kx_validate_fold_width (g_utf8_get_char (p));
      char to = '?';

      if (c != 0 && c < 0x80 && (g_ascii_isdigit (c) || strchr (punct, (int) c) != NULL))
        to = (char) c;
      else if (g_unichar_isspace (c))
        to = ' ';
      for (const KxValidateFold *f = folds; to == '?' && f->from != 0; f++)
        to = c == f->from ? f->to : '?';

      g_string_append_c (s, to);
    }

  return g_string_free (s, FALSE);
}

/* The user's text as it may appear inside a message: valid UTF-8, trimmed. */
char *
_kx_validate_dup_for_message (const char *text)
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

const char *
_kx_validate_skip_spaces (const char *p)
{
  while (*p == ' ')
    p++;
  return p;
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
  const char *p = _kx_validate_skip_spaces (ascii);
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
      p = _kx_validate_skip_spaces (p + 1);
    }
  if (*p == 'Y')
    p = _kx_validate_skip_spaces (p + 1);
  if (*p == '-' && !negative)
    {
      negative = TRUE;
      p = _kx_validate_skip_spaces (p + 1);
    }

  num = p;
  num_len = strspn (num, "0123456789,.");
  p = _kx_validate_skip_spaces (num + num_len);
  if (*p == 'W')
    {
      wan = TRUE;
      p = _kx_validate_skip_spaces (p + 1);
    }
  if (*p == 'R')
    p = _kx_validate_skip_spaces (p + 1);
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
  g_autofree char *shown = _kx_validate_dup_for_message (text);
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
    status = scan_money ((ascii = _kx_validate_fold_to_ascii (text, ",.-", money_folds)), &fen);

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
