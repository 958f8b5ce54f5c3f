/* kx-demo-private.h: what the files of the demo generator share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * kx-demo.c drives the generation (options, transaction, calls and the plan
 * of each call); kx-demo-orgs.c makes the organizations and experts the
 * projects use; kx-demo-life.c walks each planned project through the
 * workflow. All draw from the one GRand of the generator state, in a fixed
 * order.
 */

#pragma once

#include "kx-call.h"
#include "kx-demo.h"
#include "kx-demo-data.h"
#include "kx-store.h"

G_BEGIN_DECLS

/* One element of the static @array, drawn from the generator's GRand. */
#define _KX_DEMO_PICK(self, array) \
  ((array)[g_rand_int_range ((self)->rand, 0, G_N_ELEMENTS (array))])

/* @n yuan, in fen. */
#define _KX_DEMO_YUAN(n) ((gint64) (n) * 100)

typedef struct
{
  const char *name;        /* borrowed from Demo.names */
  gint64      id;
  KxOrgKind   kind;
  guint16     discipline;  /* index into demo_disciplines */
  gint8       county;      /* index into demo_counties, -1 = city level */
  guint8      reviewers;   /* active experts not tied to it, at most 255 */
  guint8      penalties;   /* penalties recorded so far */
} DemoOrg;

/* A project of the call being planned: where its life ends, who applies
 * and for how much. */
typedef struct
{
  guint32   org;            /* index into Demo.orgs */
  guint8    call;
  guint8    type;
  guint8    stage;          /* where its life ends */
  gboolean  must;           /* one of the stages its call always shows */
  gint64    requested_fen;
  gint64    approved_fen;   /* -1 = none */
} DemoPlan;

typedef struct
{
  gint64   id;
  gboolean active;
  guint    n_conflicts;
  guint    conflicts[2];   /* indexes into Demo.orgs */
} DemoExpert;

/* The generator state, made and freed by kx_demo_generate(). */
typedef struct
{
  KxStore         *store;
  GRand           *rand;
  KxDemoOptions    options;
  GCancellable    *cancellable;
  KxDemoProgress   progress;
  gpointer         user_data;

  GArray          *orgs;                          /* DemoOrg */
  GArray          *by_kind[KX_N_ORG_KINDS];       /* guint indexes into orgs */
  GHashTable      *names;                         /* name → index + 1 into orgs */
  GHashTable      *codes;                         /* credit codes in use */
  GArray          *experts;                       /* DemoExpert */
  GArray          *penalized;                     /* guint indexes into orgs, once a penalty */
  guint            n_projects[DEMO_N_CALLS];
  KxPolicy         policy[DEMO_N_CALLS];
  gint64           call_id[DEMO_N_CALLS];
  gint64           budget_fen[DEMO_N_CALLS];

  /* The call being planned and lived */
  GArray          *plan;                          /* DemoPlan */
  gint8           *eligible;                      /* orgs × types: -1 not known yet, 0, 1 */
  GArray          *risky;                         /* guint: the orgs its penalties fall on */
  guint            n_signing;                     /* its projects that sign an agreement */
  guint            n_signed;
  guint            n_paid;                        /* disbursements (voucher numbers) */
  guint            done;                          /* projects written, every call */

  /* Reused text buffers for the projects */
  GString         *title;
  GString         *content;
  GString         *indicators;
  GString         *justification[5];
} Demo;

/* kx-demo.c */

/* A number from @low to @high, both included. */
int      _kx_demo_between           (Demo      *self,
                                     int        low,
                                     int        high);
/* TRUE @percent times in a hundred. */
gboolean _kx_demo_chance            (Demo      *self,
                                     int        percent);
/* Shuffles @n items of @size bytes in place (Fisher–Yates). */
void     _kx_demo_shuffle           (Demo      *self,
                                     gpointer   items,
                                     guint      n,
                                     gsize      size);
/* An index drawn with the @n @weights, or @n if they are all 0. */
guint    _kx_demo_draw_weighted     (Demo        *self,
                                     const guint *weights,
                                     guint        n);
/* @value rounded down to a multiple of @unit. */
gint64   _kx_demo_round_down        (gint64     value,
                                     gint64     unit);

/* kx-demo-orgs.c */

/* Inserts options.organizations organizations (county, university, city
 * society, grassroots STAs and researchers) with their yearly records and
 * eligibility facts, and fills orgs, by_kind, names and codes. */
gboolean _kx_demo_add_organizations (Demo      *self,
                                     GError   **error);
/* Inserts options.experts experts with their conflicts of interest, fills
 * experts and each organization's reviewers; needs the organizations
 * first. */
gboolean _kx_demo_add_experts       (Demo      *self,
                                     GError   **error);

/* kx-demo-life.c */

/* Whether a life ending in @stage goes through @main, a stage of the main
 * path (a revoked one counts as going through funded only). */
gboolean _kx_demo_goes_through      (KxStage    stage,
                                     KxStage    main);
/* Writes the draft of @p and walks it through the workflow to its
 * stage. */
gboolean _kx_demo_live              (Demo            *self,
                                     const DemoPlan  *p,
                                     GError         **error);

G_END_DECLS
