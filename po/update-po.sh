#!/bin/bash
# po/update-po.sh — regenerate the message template and merge it into every .po in LINGUAS
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage:
#   po/update-po.sh               regenerate the template (kept in a temp dir), msgmerge each
#                                 po/<lang>.po, drop obsolete entries, then list what is left to
#                                 translate
#   po/update-po.sh --pot FILE    only write the template to FILE (used by check-complete.sh)
#   po/update-po.sh --unlisted    print the files under src/ and resources/ that have
#                                 translatable strings but are missing from POTFILES.in
#
# xgettext is given the same arguments as meson's i18n.gettext(preset: 'glib'), so the template
# matches the one the `kexie-pot` target writes. .ui (GtkBuilder), *.metainfo.xml and .desktop
# files are recognised by xgettext from their names (ITS rules shipped by gtk4 and appstream).

set -euo pipefail

podir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=$(dirname "$podir")
package=kexie

# shellcheck disable=SC2054 # the commas belong to the keyword specs
xgettext_args=(
  --package-name="$package"
  --from-code=UTF-8
  --add-comments
  --keyword=_
  --keyword=N_
  --keyword=C_:1c,2
  --keyword=NC_:1c,2
  --keyword=g_dcgettext:2
  --keyword=g_dngettext:2,3
  --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format
  --flag=C_:2:pass-c-format
  --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format
  --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format
  --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format
  --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format
  --flag=g_log:3:c-format
  --flag=g_print:1:c-format
  --flag=g_printerr:1:c-format
  --flag=g_printf:1:c-format
  --flag=g_fprintf:2:c-format
  --flag=g_sprintf:2:c-format
  --flag=g_snprintf:3:c-format
)

die ()
{
  echo "update-po: $*" >&2
  exit 1
}

# The file names in POTFILES.in, one a line, without comments and blank lines.
potfiles ()
{
  sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$podir/POTFILES.in"
}

# Every file named in POTFILES.in must exist: a stale entry is a bug, not something to skip.
check_potfiles ()
{
  local f missing=0
  while IFS= read -r f; do
    if [[ ! -f $srcdir/$f ]]; then
      echo "update-po: po/POTFILES.in names $f, which does not exist" >&2
      missing=1
    fi
  done < <(potfiles)
  return $missing
}

# make_pot OUTPUT
make_pot ()
{
  check_potfiles || die "fix po/POTFILES.in first"
  xgettext "${xgettext_args[@]}" -D "$srcdir" -f "$podir/POTFILES.in" -o "$1"
}

# Files under src/ and resources/ in which xgettext finds messages but that POTFILES.in omits.
unlisted ()
{
  local dir list
  dir=$(mktemp -d)
  list=$dir/candidates
  (cd "$srcdir" &&
   find src resources \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) -type f 2>/dev/null) |
    LC_ALL=C sort | LC_ALL=C comm -23 - <(potfiles | LC_ALL=C sort) > "$list"
  if [[ -s $list ]]; then
    xgettext "${xgettext_args[@]}" -D "$srcdir" -f "$list" -o "$dir/unlisted.pot"
  fi
  if [[ -f $dir/unlisted.pot ]]; then
    sed -n 's/^#: //p' "$dir/unlisted.pot" | tr ' ' '\n' | sed 's/:[0-9]*$//' | LC_ALL=C sort -u
  fi
  rm -rf "$dir"
}

skip_header ()
{
  awk 'body; /^$/ { body = 1 }'
}

# Print the untranslated and fuzzy entries of a .po (everything after the header entry).
list_todo ()
{
  local todo
  todo=$(msgattrib --untranslated --no-obsolete --no-location --no-wrap "$1" | skip_header
         msgattrib --only-fuzzy --no-obsolete --no-location --no-wrap "$1" | skip_header)
  [[ -z $todo ]] && return 0
  echo "Still to translate in ${1#"$srcdir"/}:"
  echo "$todo"
}

linguas ()
{
  sed -e 's/#.*//' "$podir/LINGUAS" | tr -s '[:space:]' '\n' | sed '/^$/d'
}

main ()
{
  case ${1:-} in
    --pot)
      [[ -n ${2:-} ]] || die "--pot needs a file name"
      make_pot "$2"
      return
      ;;
    --unlisted)
      unlisted
      return
      ;;
    "") ;;
    *) die "usage: po/update-po.sh [--pot FILE | --unlisted]" ;;
  esac

  local lang po
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  make_pot "$tmp/$package.pot"

  for lang in $(linguas); do
    po=$podir/$lang.po
    if [[ -f $po ]]; then
      msgmerge --quiet --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/$package.pot"
    else
      msginit --no-translator --locale="$lang.UTF-8" -i "$tmp/$package.pot" -o "$tmp/$lang.po"
    fi
    msgattrib --no-obsolete -o "$po" "$tmp/$lang.po"
    printf '%s: ' "po/$lang.po"
    LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1
    list_todo "$po"
  done

  local missing
  missing=$(unlisted)
  if [[ -n $missing ]]; then
    echo "Files with translatable strings that po/POTFILES.in does not list (add them):"
    awk '{ print "  " $0 }' <<<"$missing"
  fi
}

main "$@"
