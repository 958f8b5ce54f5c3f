/* kx-validate-private.h: what the kx-validate*.c files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kx-validate.c (money), kx-validate-date.c and kx-validate-code.c
 * implement kx-validate.h together and report in its error domain,
 * KX_VALIDATE_ERROR. The helpers are defined in kx-validate.c.
 */

#pragma once

#include "kx-validate.h"

G_BEGIN_DECLS

/* A non-ASCII character that _kx_validate_fold_to_ascii() turns into an
 * ASCII letter for a scanner; arrays of them end with { 0, '\0' }. */
typedef struct
{
  gunichar from;
  char     to;
} KxValidateFold;

gunichar    _kx_validate_fold_width      (gunichar              c);
char       *_kx_validate_fold_to_ascii   (const char           *text,
                                          const char           *punct,
                                          const KxValidateFold *folds);
char       *_kx_validate_dup_for_message (const char           *text);
const char *_kx_validate_skip_spaces     (const char           *p);

G_END_DECLS
