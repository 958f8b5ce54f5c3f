/* kx-application-private.h: app-internal API, used by kx-application-open.c and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kx-application.h"
#include "kx-window.h"

G_BEGIN_DECLS

/* Shared by kx-application.c (start-up, actions, screenshots) and
 * kx-application-open.c (choosing and opening the database). */
struct _KxApplication
{
  GtkApplication  parent_instance;

  /* Owned */
  GSettings      *settings;
  GError         *last_error;
  char           *screenshot_path;
  char           *start_section;   /* --section, --project, --page */
  char           *start_project;
  char           *start_page;
  GCancellable   *demo_cancellable;

  /* Borrowed (weak pointers) */
  GtkWidget      *error_dialog;
  KxWindow       *demo_window;
  GtkWidget      *screenshot_widget;

  guint           demo_progress_id;
  int             demo_done;   /* atomic: written by the demo thread */
  int             demo_total;  /* atomic */
  guint           screenshot_frames;
  int             exit_status;
};

/* kx-application.c */

/* The first KxWindow of the application, or %NULL. */
KxWindow     *_kx_application_find_any_window     (KxApplication  *self);
/* With --screenshot: saves @widget once it is mapped and drawn, then quits.
 * Does nothing without --screenshot or when one is already scheduled. */
void          _kx_application_schedule_screenshot (KxApplication  *self,
                                                   GtkWidget      *widget);
/* Renders @widget (mapped) as it looks now into a PNG file. */
gboolean      _kx_application_save_png            (GtkWidget      *widget,
                                                   const char     *path,
                                                   GError        **error);

/* kx-application-open.c */

/* Without --db: the last database if it still exists, else the default
 * one, generated with demo data (in a thread) the first time. */
void          _kx_application_open_default        (KxApplication  *self);
/* Opens @path as `--db` does: a missing file, a file that is not a Kexie
 * database, a newer or a read-only one ends in an error dialog. */
void          _kx_application_open_path           (KxApplication  *self,
                                                   const char     *path);
/* The error of the last failed open, or %NULL after a successful one. */
const GError *_kx_application_get_last_error      (KxApplication  *self);
/* The error dialog now shown, or %NULL. */
GtkWidget    *_kx_application_get_error_dialog    (KxApplication  *self);

G_END_DECLS
