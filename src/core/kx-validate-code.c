/* kx-validate-code.c: the unified social credit code (GB 32100-2015)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of kx-validate.h; shares its helpers through kx-validate-private.h.
 */

#define G_LOG_DOMAIN "kx-validate"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kx-validate.h"
#include "kx-validate-private.h"

static const char credit_charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* 3^(i-1) mod 31 for positions 1–17 (GB 32100-2015). */
static const int credit_weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
};

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
      gunichar c = _kx_validate_fold_width (g_utf8_get_char (p));

      g_string_append_unichar (s, g_unichar_isspace (c) ? ' ' : c);
    }

  folded = g_string_free (s, FALSE);
  return g_ascii_strup (g_strstrip (folded), -1);
}
