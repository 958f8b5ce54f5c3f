#!/bin/bash
# po/check-complete.sh — fail unless every language in po/LINGUAS translates every message
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/POTFILES.in must list every file under src/ and resources/ in which xgettext finds a
# message, and for each po/<lang>.po:
#   1. msgfmt --check --statistics: the file is valid (header, format strings) and has no
#      untranslated or fuzzy message;
#   2. a template freshly extracted from the files in po/POTFILES.in (po/update-po.sh --pot)
#      has no msgid that the .po lacks (msgcmp).
# Run by `meson test --suite po`; to fix a failure run po/update-po.sh and translate.

set -euo pipefail

podir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=$(dirname "$podir")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$podir/update-po.sh" --pot "$tmp/kexie.pot"

# Print the entries of a .po on stdin without its header entry and without the msgstr lines.
show_entries ()
{
  awk 'body && !/^msgstr/; /^$/ { body = 1 }'
}

status=0

# POTFILES.in must name every source file with translatable strings.
unlisted=$("$podir/update-po.sh" --unlisted)
if [[ -n $unlisted ]]; then
  echo "FAIL po/POTFILES.in: these files have translatable strings but are not listed:"
  awk '{ print "  " $0 }' <<<"$unlisted"
  status=1
fi

langs=$(sed -e 's/#.*//' "$podir/LINGUAS" | tr -s '[:space:]' ' ')
[[ -n ${langs// /} ]] || { echo "check-complete: po/LINGUAS lists no language" >&2; exit 1; }

for lang in $langs; do
  po=$podir/$lang.po
  rel=${po#"$srcdir"/}
  if [[ ! -f $po ]]; then
    echo "FAIL $rel: missing (po/LINGUAS lists $lang)"
    status=1
    continue
  fi

  if ! stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1); then
    echo "FAIL $rel: msgfmt --check reports errors:"
    echo "$stats"
    status=1
    continue
  fi
  echo "$rel: $stats"
  if [[ $stats == *fuzzy* || $stats == *untranslated* ]]; then
    echo "FAIL $rel: has fuzzy or untranslated messages:"
    msgattrib --untranslated --no-obsolete --no-wrap "$po" | show_entries
    msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | show_entries
    status=1
  fi

  # Every msgid of the sources must be in the .po (translated or not: that is checked above).
  msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$tmp/merged.po" "$po" "$tmp/kexie.pot"
  if ! LC_ALL=C msgcmp --use-fuzzy --use-untranslated "$po" "$tmp/kexie.pot" >/dev/null 2>&1; then
    echo "FAIL $rel: messages in the sources but not in $rel (run po/update-po.sh):"
    # In the merge, what the .po lacks is exactly what is new to it: the entries that are
    # untranslated there but not untranslated in the .po itself.
    msgattrib --force-po --untranslated --no-obsolete --no-wrap "$tmp/merged.po" -o "$tmp/todo.po"
    msgcomm --force-po --more-than=1 "$tmp/todo.po" "$po" -o "$tmp/common.po"
    msgcomm --force-po --less-than=2 --no-wrap "$tmp/todo.po" "$tmp/common.po" -o - |
      show_entries
    status=1
  fi

  # Entries the sources no longer use are harmless but worth knowing about.
  unused=$(msgattrib --only-obsolete "$tmp/merged.po" | grep -c '^#~ msgid ' || true)
  if [[ ${unused:-0} -gt 0 ]]; then
    echo "note $rel: $unused message(s) no longer used by the sources (po/update-po.sh drops them)"
  fi
done

exit $status
