/* test-capital.c: amounts in Chinese capital numerals (大写金额)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The agreement writes the approved amount in capitals as financial
 * papers do; a wrong 零 or a missing 整 makes the document unsignable.
 * Fixed cases cover zeros in the middle, the 万 and 亿 boundaries, 角 and
 * 分, and 整; a brute-force check parses every string back to fen and
 * checks its form.
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "kx-decision.h"

#define YUAN(y) ((gint64) (y) * 100)

static void
assert_capital (gint64      fen,
                const char *expected)
{
  g_autofree char *text = kx_money_format_capital (fen);

  if (g_strcmp0 (text, expected) != 0)
    g_error ("%" G_GINT64_FORMAT " fen: “%s”, expected “%s”", fen, text, expected);
}

static void
test_zeros_in_the_middle (void)
{
  assert_capital (YUAN (1001), "壹仟零壹元整");
  assert_capital (YUAN (100010), "壹拾万零壹拾元整");
  assert_capital (YUAN (10000000), "壹仟万元整");
  assert_capital (YUAN (100100), "壹拾万零壹佰元整");
  assert_capital (YUAN (101010), "壹拾万壹仟零壹拾元整");
  assert_capital (YUAN (1000001), "壹佰万零壹元整");
  assert_capital (YUAN (1010101), "壹佰零壹万零壹佰零壹元整");
  assert_capital (YUAN (10), "壹拾元整");
  assert_capital (YUAN (110), "壹佰壹拾元整");
  assert_capital (YUAN (105), "壹佰零伍元整");
  assert_capital (YUAN (20000) + 5, "贰万元零伍分");
}

static void
test_wan_yi_boundaries (void)
{
  assert_capital (YUAN (9999), "玖仟玖佰玖拾玖元整");
  assert_capital (YUAN (10000), "壹万元整");
  assert_capital (YUAN (10001), "壹万零壹元整");
  assert_capital (YUAN (99999999) + 99, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
  assert_capital (YUAN (100000000), "壹亿元整");
  assert_capital (YUAN (100000001), "壹亿零壹元整");
  assert_capital (YUAN (100010000), "壹亿零壹万元整");
  assert_capital (YUAN (110000000), "壹亿壹仟万元整");
  assert_capital (YUAN (101000000), "壹亿零壹佰万元整");
  assert_capital (YUAN (1000000000), "壹拾亿元整");
  assert_capital (YUAN (1000000000000), "壹万亿元整");
  assert_capital (YUAN (1234567890123), "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元整");
}

static void
test_jiao_fen (void)
{
  assert_capital (5, "伍分");
  assert_capital (10, "壹角");
  assert_capital (15, "壹角伍分");
  assert_capital (150, "壹元伍角");
  assert_capital (105, "壹元零伍分");
  assert_capital (1005, "壹拾元零伍分");
  assert_capital (YUAN (100000) + 1, "壹拾万元零壹分");
}

static void
test_zheng_and_zero (void)
{
  assert_capital (0, "零元整");
  assert_capital (100, "壹元整");
  assert_capital (12345678, "壹拾贰万叁仟肆佰伍拾陆元柒角捌分");
  assert_capital (YUAN (100000), "壹拾万元整");
  assert_capital (YUAN (150000), "壹拾伍万元整");
  assert_capital (-150, "负壹元伍角");
}

/* The position of the character at @p in @set (of 3-byte characters),
 * or -1. */
static int
index_in (const char *set,
          const char *p)
{
  for (int i = 0; set[3 * i] != '\0'; i++)
    if (strncmp (set + 3 * i, p, 3) == 0)
      return i;
  return -1;
}

/* The value a capital string stands for; G_MININT64 when it is malformed. */
static gint64
parse_capital (const char *text)
{
  static const gint64 places[] = { 10, 100, 1000 };
  gint64 total = 0, acc = 0, section = 0, number = 0, yuan = 0, jiao = 0, fen = 0;
  gboolean negative = g_str_has_prefix (text, "负");

  for (const char *p = text + (negative ? 3 : 0); *p != '\0'; p += 3)
    {
      int digit = index_in ("零壹贰叁肆伍陆柒捌玖", p);
      int place = index_in ("拾佰仟", p);
      int unit = index_in ("万亿元角分整", p);

      if (digit >= 0)
        number = digit;
      else if (place >= 0)
        section += number * places[place], number = 0;
      else if (unit == 0)
        acc += (section + number) * 10000, section = number = 0;
      else if (unit == 1)
        total = (total + acc + section + number) * 100000000, acc = section = number = 0;
      else if (unit == 2)
        yuan = total + acc + section + number, total = acc = section = number = 0;
      else if (unit == 3)
        jiao = number, number = 0;
      else if (unit == 4)
        fen = number, number = 0;
      else if (unit != 5)
        return G_MININT64;
    }
  return (negative ? -1 : 1) * (yuan * 100 + jiao * 10 + fen);
}

/* Parses back, and checks the form: no 零零, no 零 before a unit or at the
 * end, 整 exactly when there are no 角 and 分. */
static void
check_round_trip (gint64 fen)
{
  g_autofree char *text = kx_money_format_capital (fen);
  gboolean whole = fen % 100 == 0;

  if (parse_capital (text) != fen ||
      strstr (text, "零零") != NULL || strstr (text, "零万") != NULL ||
      strstr (text, "零亿") != NULL || (strstr (text, "零元") != NULL && fen != 0) ||
      g_str_has_suffix (text, "零") || g_str_has_suffix (text, "整") != whole ||
      (fen % 10 == 0 && fen % 100 != 0 && !g_str_has_suffix (text, "角")))
    g_error ("%" G_GINT64_FORMAT " fen: “%s” reads as %" G_GINT64_FORMAT,
             fen, text, parse_capital (text));
}

static void
test_round_trip_range (void)
{
  for (gint64 fen = 0; fen <= 100000; fen++)
    check_round_trip (fen);
  for (gint64 yuan = 0; yuan <= 200000; yuan++)
    check_round_trip (YUAN (yuan));
}

static void
test_round_trip_random (void)
{
  GRand *rand = g_rand_new_with_seed (20260425);

  for (int i = 0; i < 200000; i++)
    {
      /* Mostly round numbers with zeros inside, as budgets are. */
      int digits = g_rand_int_range (rand, 1, 17);
      gint64 fen = 0;

      for (int d = 0; d < digits; d++)
        fen = fen * 10 + (g_rand_int_range (rand, 0, 3) == 0 ? g_rand_int_range (rand, 1, 10) : 0);
      check_round_trip (fen);
      check_round_trip ((gint64) (g_rand_double (rand) * 1e16));
    }
  g_rand_free (rand);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/capital/zeros-in-the-middle", test_zeros_in_the_middle);
  g_test_add_func ("/capital/wan-yi-boundaries", test_wan_yi_boundaries);
  g_test_add_func ("/capital/jiao-fen", test_jiao_fen);
  g_test_add_func ("/capital/zheng-and-zero", test_zheng_and_zero);
  g_test_add_func ("/capital/round-trip-range", test_round_trip_range);
  g_test_add_func ("/capital/round-trip-random", test_round_trip_random);

  return g_test_run ();
}
