/* main.c: the kexie executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kx-application.h"
#include "kx-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KxApplication) app = NULL;
  int status;

  kx_i18n_init ();

  app = kx_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  return status != 0 ? status : kx_application_get_exit_status (app);
}
