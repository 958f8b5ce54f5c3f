/* kx-gui-test.h: what the GUI tests share — a demo database, a widget
 * hosted in a window under Xvfb, waiting for the main loop, and PNGs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kx-store.h"

G_BEGIN_DECLS

#define KX_GUI_TEST_WAIT_SECONDS 20

typedef gboolean (*KxGuiTestCondition) (gpointer data);

/* FALSE (after printing why) when there is no display: the test then
 * exits 0 with a skip, like test-window does. */
gboolean   kx_gui_test_init        (int                 *argc,
                                    char              ***argv);
/* A demo database of @projects projects (40 organizations, 30 experts)
 * made once per process in a temporary directory; the path is owned by
 * the helper and removed at exit. */
const char *kx_gui_test_demo_path  (guint               projects);
/* The process's temporary directory (removed at exit), and a path in it. */
const char *kx_gui_test_tmp_dir    (void);
char       *kx_gui_test_tmp_path   (const char         *name);
/* A fresh copy of that database, so a test may write to it. */
char       *kx_gui_test_demo_copy  (guint               projects);
KxStore    *kx_gui_test_open       (const char         *path);
/* Runs the main loop until @condition holds (fails the test after
 * KX_GUI_TEST_WAIT_SECONDS). */
void        kx_gui_test_wait_until (KxGuiTestCondition  condition,
                                    gpointer            data);
/* Runs the main loop until nothing is pending. */
void        kx_gui_test_flush      (void);
/* A toplevel of @width × @height showing @child, mapped and drawn. */
GtkWindow  *kx_gui_test_host       (GtkWidget          *child,
                                    int                 width,
                                    int                 height);
void        kx_gui_test_wait_drawn (GtkWidget          *widget);
/* Renders @widget into a PNG at @path (for looking at it, and README). */
void        kx_gui_test_save_png   (GtkWidget          *widget,
                                    const char         *path);
/* The first descendant of @root of @type whose label, title or text
 * equals @text (NULL matches any). */
GtkWidget  *kx_gui_test_find       (GtkWidget          *root,
                                    GType               type,
                                    const char         *text);
/* @widget's template child @name of the class @type, asserted to exist. */
GtkWidget  *kx_gui_test_child      (gpointer            widget,
                                    GType               type,
                                    const char         *name);
/* Clicks the template child button @name, then flushes. */
void        kx_gui_test_click      (gpointer            widget,
                                    GType               type,
                                    const char         *name);
/* Whether a visible toplevel of @type is open. */
gboolean    kx_gui_test_has_window (GType               type);
/* The visible toplevel of @type, waiting for it to appear. */
gpointer    kx_gui_test_wait_window (GType              type);
/* The one test a GUI test runs without a display: skipped. */
void        kx_gui_test_skip_no_display (void);
/* Destroys every toplevel left open (dialogs included), then flushes. */
void        kx_gui_test_close_windows (void);

G_END_DECLS
