/* kx-bench-common.h: what the benchmark programs measure with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>
#include <sys/resource.h>

#include <glib.h>

static inline double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Peak resident memory of this process, in MB. */
static inline double
peak_rss_mb (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return -1;
  return usage.ru_maxrss / 1024.0;  /* kilobytes on Linux */
}

/* User + system CPU time of this process so far, in ms. */
static inline double
cpu_ms (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return -1;
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* Prints @error after the program's name, frees it, and returns 1. */
static inline int
fail (GError *error)
{
  fprintf (stderr, "%s: %s\n", g_get_prgname (), error->message);
  g_error_free (error);
  return 1;
}
