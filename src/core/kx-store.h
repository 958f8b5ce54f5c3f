/* kx-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * KxError:
 *
 * The codes shared by every core error domain. Each core module has its
 * own quark (KX_STORE_ERROR, KX_VALIDATE_ERROR, …) but the codes are the
 * same, so the GUI can act on them without knowing the module.
 */
typedef enum
{
  KX_ERROR_NOT_FOUND,   /* no such row or file */
  KX_ERROR_INVALID,     /* bad input: the message names the field */
  KX_ERROR_CONSTRAINT,  /* the database refused: duplicate, foreign key, check */
  KX_ERROR_BLOCKED,     /* the workflow forbids it now: the message says why */
  KX_ERROR_BUSY,        /* another process holds the database */
  KX_ERROR_CORRUPT,     /* not a Kexie database, damaged, or audit chain broken */
  KX_ERROR_IO,          /* cannot read or write the file */
  KX_ERROR_NEWER,       /* database made by a newer Kexie */
  KX_ERROR_READ_ONLY,   /* the file or its folder is not writable */
} KxError;

#define KX_STORE_ERROR (kx_store_error_quark ())
GQuark kx_store_error_quark (void);

#define KX_TYPE_STORE (kx_store_get_type ())
G_DECLARE_FINAL_TYPE (KxStore, kx_store, KX, STORE, GObject)

/* The schema version this build writes; databases with a higher
 * PRAGMA user_version are refused with KX_ERROR_NEWER. */
int         kx_store_schema_version   (void);

KxStore    *kx_store_open             (const char  *path,
                                       GError     **error);
KxStore    *kx_store_open_at_version  (const char  *path,
                                       int          version,
                                       GError     **error);
const char *kx_store_get_path         (KxStore     *self);
int         kx_store_get_version      (KxStore     *self);
const char *kx_store_get_backup_path  (KxStore     *self);
char       *kx_store_default_path     (void);
gboolean    kx_store_backup           (KxStore     *self,
                                       const char  *dest_path,
                                       GError     **error);
gboolean    kx_store_check            (KxStore     *self,
                                       GError     **error);

/* Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner ones
 * are savepoints. A write function begins, does its SQL, appends its audit
 * row with kx_audit_append() and commits; on any error it rolls back, which
 * undoes only its own level. */
gboolean    kx_store_begin            (KxStore     *self,
                                       GError     **error);
gboolean    kx_store_commit           (KxStore     *self,
                                       GError     **error);
void        kx_store_rollback         (KxStore     *self);
gboolean    kx_store_in_transaction   (KxStore     *self);

/* Plain metadata key/value (table meta). */
char       *kx_store_get_meta         (KxStore     *self,
                                       const char  *key);

G_END_DECLS
