/* kx-call-view.c: the 批次设置 section — the selected call and its policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form checks every field as it is typed, with the message under the
 * field it names (the core's own messages where the core has one), and
 * saves only a valid, changed call through kx_call_update().
 */

#define G_LOG_DOMAIN "kx-call-view"

#include "config.h"

#include <glib/gi18n.h>

#include "kx-call-view.h"
#include "kx-call-view-private.h"
#include "kx-call-dialog.h"
#include "kx-empty-state.h"
#include "kx-agreement-template.h"
#include "kx-template-editor.h"
#include "kx-validate.h"

#define N_WEIGHTS 5

typedef struct
{
  const char *label;
  int         min;
  int         max;
  gsize       offset;   /* in KxPolicy */
} PolicySpin;

static const PolicySpin review_spins[] = {
  { N_("Experts per project"), 1, 15, G_STRUCT_OFFSET (KxPolicy, experts_per_project) },
  { N_("Trimmed mean from (scores)"), 3, 100, G_STRUCT_OFFSET (KxPolicy, trim_min_experts) },
  { N_("Pass line (points)"), 0, 100, G_STRUCT_OFFSET (KxPolicy, pass_line) },
};

static const PolicySpin rules_spins[] = {
  { N_("Notice period (days)"), 1, 90, G_STRUCT_OFFSET (KxPolicy, notice_days) },
  { N_("First tranche (percent)"), 0, 100, G_STRUCT_OFFSET (KxPolicy, first_tranche_percent) },
  { N_("Ban after fraud (years)"), 0, 20, G_STRUCT_OFFSET (KxPolicy, ban_years_fraud) },
  { N_("Ban after failed acceptance (years)"), 0, 20, G_STRUCT_OFFSET (KxPolicy, ban_years_failed) },
  { N_("Years of annual inspection"), 1, 10, G_STRUCT_OFFSET (KxPolicy, inspection_years) },
  { N_("Years for a commendation"), 1, 20, G_STRUCT_OFFSET (KxPolicy, commendation_years) },
};

static const char *const weight_labels[N_WEIGHTS] = {
  N_("Weight: basic conditions"), N_("Weight: sustainability"), N_("Weight: scientific merit"),
  N_("Weight: demonstration"), N_("Weight: reach"),
};

/* What the form holds, parsed; the strings are owned. */
typedef struct
{
  KxCallFields  fields;
  char         *title;
  char         *start;
  char         *end;
  char         *note;
} Form;

struct _KxCallView
{
  GtkWidget       parent_instance;

  /* Owned */
  KxStore        *store;
  KxCall         *call;

  /* Template widgets */
  GtkBox         *root_box;
  GtkLabel       *heading_label;
  GtkButton      *save_button;
  GtkStack       *stack;
  KxEmptyState   *empty_state;
  GtkGrid        *call_grid;
  GtkGrid        *caps_grid;
  GtkGrid        *review_grid;
  GtkGrid        *rules_grid;
  GtkLabel       *form_error_label;
  KxTemplateEditor *template_editor;

  /* Built in init */
  GtkEntry       *title_entry;
  GtkEntry       *budget_entry;
  GtkEntry       *start_entry;
  GtkEntry       *end_entry;
  GtkEntry       *note_entry;
  GtkLabel       *title_error;
  GtkLabel       *budget_error;
  GtkLabel       *start_error;
  GtkLabel       *end_error;
  GtkLabel       *note_error;
  GtkEntry       *cap_entries[KX_N_PROJECT_TYPES];
  GtkLabel       *cap_errors[KX_N_PROJECT_TYPES];
  GtkSpinButton  *weight_spins[N_WEIGHTS];
  GtkLabel       *weights_error;
  GtkSpinButton  *review_widgets[G_N_ELEMENTS (review_spins)];
  GtkSpinButton  *rules_widgets[G_N_ELEMENTS (rules_spins)];

  guint           loading : 1;
};

G_DEFINE_FINAL_TYPE (KxCallView, kx_call_view, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
form_clear (Form *form)
{
  g_clear_pointer (&form->title, g_free);
  g_clear_pointer (&form->start, g_free);
  g_clear_pointer (&form->end, g_free);
  g_clear_pointer (&form->note, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

GtkEntry *
_kx_form_add_entry (GtkGrid     *grid,
                    int         *row,
                    const char  *label,
                    GtkLabel   **out_error)
{
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *error = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_label_set_xalign (GTK_LABEL (error), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  gtk_grid_attach (grid, title, 0, *row, 1, 1);
  gtk_grid_attach (grid, entry, 1, *row, 1, 1);
  gtk_grid_attach (grid, error, 1, *row + 1, 1, 1);
  *row += 2;
  *out_error = GTK_LABEL (error);
  return GTK_ENTRY (entry);
}

void
_kx_form_set_error (GtkLabel     *label,
                    const GError *error)
{
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

static GtkSpinButton *
add_spin (GtkGrid    *grid,
          int        *row,
          const char *label,
          int         min,
          int         max)
{
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, 1);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_grid_attach (grid, title, 0, *row, 1, 1);
  gtk_grid_attach (grid, spin, 1, *row, 1, 1);
  *row += 1;
  return GTK_SPIN_BUTTON (spin);
}

static int *
policy_int (KxPolicy          *policy,
            const PolicySpin  *spin)
{
  return G_STRUCT_MEMBER_P (policy, spin->offset);
}

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* Fills @form from the widgets; FALSE when a field is invalid, with its
 * message shown under it. */
static gboolean
read_dates (KxCallView *self,
            Form       *form)
{
  g_autoptr(GError) start_error = NULL;
  g_autoptr(GError) end_error = NULL;

  kx_date_parse (_("Window start"), entry_text (self->start_entry), &form->start, &start_error);
  kx_date_parse (_("Window end"), entry_text (self->end_entry), &form->end, &end_error);
  if (start_error == NULL && end_error == NULL && kx_date_compare (form->end, form->start) < 0)
    g_set_error (&end_error, KX_CALL_ERROR, KX_ERROR_INVALID,
                 _("Window end: %s is before the window start %s"), form->end, form->start);
  _kx_form_set_error (self->start_error, start_error);
  _kx_form_set_error (self->end_error, end_error);
  form->fields.window_start = form->start;
  form->fields.window_end = form->end;
  return start_error == NULL && end_error == NULL;
}

static gboolean
read_caps (KxCallView *self,
           Form       *form,
           gboolean    budget_ok)
{
  gboolean ok = TRUE;

  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *field = g_strdup_printf (_("Cap for type %d"), t + 1);
      const char *text = entry_text (self->cap_entries[t]);
      gint64 *cap = &form->fields.policy.type_cap_fen[t];

      *cap = -1;
      if (!is_blank (text))
        kx_money_parse (field, text, cap, &error);
      if (error == NULL && budget_ok && *cap > form->fields.budget_fen)
        {
          g_autofree char *amount = kx_money_format (*cap);
          g_autofree char *budget = kx_money_format (form->fields.budget_fen);

          g_set_error (&error, KX_CALL_ERROR, KX_ERROR_INVALID,
                       _("Cap for type %d: %s is more than the whole budget %s"),
                       t + 1, amount, budget);
        }
      _kx_form_set_error (self->cap_errors[t], error);
      ok = ok && error == NULL;
    }
  return ok;
}

static gboolean
read_policy (KxCallView *self,
             Form       *form)
{
  KxPolicy *policy = &form->fields.policy;
  g_autoptr(GError) error = NULL;
  int sum = 0;

  for (int i = 0; i < N_WEIGHTS; i++)
    sum += policy->weights[i] = gtk_spin_button_get_value_as_int (self->weight_spins[i]);
  for (guint i = 0; i < G_N_ELEMENTS (review_spins); i++)
    *policy_int (policy, &review_spins[i]) =
      gtk_spin_button_get_value_as_int (self->review_widgets[i]);
  for (guint i = 0; i < G_N_ELEMENTS (rules_spins); i++)
    *policy_int (policy, &rules_spins[i]) =
      gtk_spin_button_get_value_as_int (self->rules_widgets[i]);
  if (sum != 100)
    kx_policy_validate (policy, &error);
  _kx_form_set_error (self->weights_error, error);
  return error == NULL;
}

static gboolean
read_form (KxCallView *self,
           Form       *form)
{
  g_autoptr(GError) title_error = NULL;
  g_autoptr(GError) budget_error = NULL;
  gboolean ok;

  form->fields.year = kx_call_get_year (self->call);
  form->fields.policy = *kx_call_get_policy (self->call);
  form->title = g_strstrip (g_strdup (entry_text (self->title_entry)));
  form->note = g_strstrip (g_strdup (entry_text (self->note_entry)));
  form->fields.title = form->title;
  form->fields.note = form->note;
  if (*form->title == '\0')
    g_set_error (&title_error, KX_CALL_ERROR, KX_ERROR_INVALID, _("Title: a title is required"));
  _kx_form_set_error (self->title_error, title_error);
  kx_money_parse (_("Budget"), entry_text (self->budget_entry), &form->fields.budget_fen,
                  &budget_error);
  _kx_form_set_error (self->budget_error, budget_error);

  ok = read_dates (self, form) && title_error == NULL && budget_error == NULL;
  ok = read_caps (self, form, budget_error == NULL) && ok;
  ok = read_policy (self, form) && ok;
  return ok;
}

static gboolean
policy_equal (const KxPolicy *a,
              const KxPolicy *b)
{
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    if (a->type_cap_fen[t] != b->type_cap_fen[t] || a->allowed_kinds[t] != b->allowed_kinds[t])
      return FALSE;
  for (int i = 0; i < N_WEIGHTS; i++)
    if (a->weights[i] != b->weights[i])
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (review_spins); i++)
    if (*policy_int ((KxPolicy *) a, &review_spins[i]) != *policy_int ((KxPolicy *) b, &review_spins[i]))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (rules_spins); i++)
    if (*policy_int ((KxPolicy *) a, &rules_spins[i]) != *policy_int ((KxPolicy *) b, &rules_spins[i]))
      return FALSE;
  return TRUE;
}

static gboolean
form_equals_call (const Form *form,
                  KxCall     *call)
{
  const KxPolicy *policy = kx_call_get_policy (call);

  return g_strcmp0 (form->title, kx_call_get_title (call)) == 0 &&
         form->fields.budget_fen == kx_call_get_budget_fen (call) &&
         g_strcmp0 (form->start, kx_call_get_window_start (call)) == 0 &&
         g_strcmp0 (form->end, kx_call_get_window_end (call)) == 0 &&
         g_strcmp0 (form->note, kx_call_get_note (call) != NULL ? kx_call_get_note (call) : "") == 0 &&
         policy_equal (&form->fields.policy, policy);
}

static gboolean
is_changed (KxCallView *self,
            const Form *form)
{
  return !form_equals_call (form, self->call)
         || kx_template_editor_is_edited (self->template_editor);
}

/* The call's agreement template, or the default, into the editor. */
static void
load_template (KxCallView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = kx_agreement_template_get (self->store, kx_call_get_id (self->call),
                                                     NULL, &error);

  kx_template_editor_load (self->template_editor,
                           text != NULL ? text : kx_agreement_template_default ());
  if (error != NULL)
    _kx_form_set_error (self->form_error_label, error);
}

/* Checks the form: the whole-call validator last, for what no field
 * check covers. Save is enabled when the form is valid and changed. */
static gboolean
validate (KxCallView *self,
          Form       *form)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->call == NULL || self->store == NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-view.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-view.revert", FALSE);
      return FALSE;
    }
  ok = read_form (self, form);
  if (ok)
    ok = kx_call_fields_validate (&form->fields, &error);
  _kx_form_set_error (self->form_error_label, error);
  ok = kx_template_editor_is_valid (self->template_editor) && ok;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-view.save", ok && is_changed (self, form));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-view.revert", !ok || is_changed (self, form));
  return ok;
}

static void
on_input_changed_cb (KxCallView *self)
{
  g_auto(Form) form = { 0 };

  if (!self->loading)
    validate (self, &form);
}

static void
load_form (KxCallView *self)
{
  const KxPolicy *policy = kx_call_get_policy (self->call);
  g_autofree char *budget = kx_money_format_plain (kx_call_get_budget_fen (self->call));
  g_autofree char *heading = g_strdup_printf (_("Call settings: %d"), kx_call_get_year (self->call));
  g_auto(Form) form = { 0 };

  self->loading = TRUE;
  gtk_label_set_text (self->heading_label, heading);
  set_entry_text (self->title_entry, kx_call_get_title (self->call));
  set_entry_text (self->budget_entry, budget);
  set_entry_text (self->start_entry, kx_call_get_window_start (self->call));
  set_entry_text (self->end_entry, kx_call_get_window_end (self->call));
  set_entry_text (self->note_entry, kx_call_get_note (self->call));
  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      g_autofree char *cap = policy->type_cap_fen[t] < 0 ? NULL
                             : kx_money_format_plain (policy->type_cap_fen[t]);

      set_entry_text (self->cap_entries[t], cap);
    }
  for (int i = 0; i < N_WEIGHTS; i++)
    gtk_spin_button_set_value (self->weight_spins[i], policy->weights[i]);
  for (guint i = 0; i < G_N_ELEMENTS (review_spins); i++)
    gtk_spin_button_set_value (self->review_widgets[i],
                               *policy_int ((KxPolicy *) policy, &review_spins[i]));
  for (guint i = 0; i < G_N_ELEMENTS (rules_spins); i++)
    gtk_spin_button_set_value (self->rules_widgets[i],
                               *policy_int ((KxPolicy *) policy, &rules_spins[i]));
  load_template (self);
  self->loading = FALSE;
  validate (self, &form);
}

static void
update_view (KxCallView *self)
{
  g_auto(Form) form = { 0 };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "call-view.new",
                                 self->store != NULL && self->call != NULL);
  if (self->store == NULL || self->call == NULL)
    {
      gtk_label_set_text (self->heading_label, _("Call settings"));
      g_object_set (self->empty_state, "title",
                    self->store == NULL ? _("No database open") : _("No call selected"), NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      validate (self, &form);
      return;
    }
  load_form (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

/* Actions ------------------------------------------------------------------ */

static gboolean
save_call (KxCallView  *self,
           Form        *form,
           GError     **error)
{
  if (form_equals_call (form, self->call))
    return TRUE;
  return kx_call_update (self->store, kx_call_get_id (self->call), &form->fields, error);
}

/* The default text is kept as "no template of its own", so that a better
 * default in a later Kexie reaches this call too. */
static gboolean
save_template (KxCallView  *self,
               GError     **error)
{
  g_autofree char *text = NULL;

  if (!kx_template_editor_is_edited (self->template_editor))
    return TRUE;
  text = kx_template_editor_get_text (self->template_editor);
  return kx_agreement_template_set (self->store, kx_call_get_id (self->call),
                                    g_strcmp0 (text, kx_agreement_template_default ()) == 0
                                    ? NULL : text, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KxCallView *self = KX_CALL_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(KxCall) saved = NULL;
  g_auto(Form) form = { 0 };

  if (!validate (self, &form) || !is_changed (self, &form))
    return;
  /* The call and its template are saved together or not at all. */
  if (!kx_store_begin (self->store, &error) ||
      !save_call (self, &form, &error) ||
      !save_template (self, &error) ||
      !kx_store_commit (self->store, &error) ||
      (saved = kx_call_get (self->store, kx_call_get_id (self->call), &error)) == NULL)
    {
      if (kx_store_in_transaction (self->store))
        kx_store_rollback (self->store);
      _kx_form_set_error (self->form_error_label, error);
      return;
    }
  g_set_object (&self->call, saved);
  update_view (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
revert_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  update_view (KX_CALL_VIEW (widget));
}

static void
on_call_created_cb (KxCallView *self,
                    gint64      id)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KxCallView *self = KX_CALL_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  KxCallDialog *dialog;

  if (self->store == NULL || self->call == NULL)
    return;
  dialog = kx_call_dialog_new (self->store, self->call);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_call_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Building the form -------------------------------------------------------- */

static void
watch (KxCallView *self,
       gpointer    widget)
{
  const char *signal = GTK_IS_SPIN_BUTTON (widget) ? "value-changed" : "changed";

  g_signal_connect_object (widget, signal, G_CALLBACK (on_input_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
build_call_grid (KxCallView *self)
{
  int row = 0;

  self->title_entry = _kx_form_add_entry (self->call_grid, &row, _("Title"), &self->title_error);
  self->budget_entry = _kx_form_add_entry (self->call_grid, &row, _("Budget (yuan)"),
                                           &self->budget_error);
  self->start_entry = _kx_form_add_entry (self->call_grid, &row, _("Window start"),
                                          &self->start_error);
  self->end_entry = _kx_form_add_entry (self->call_grid, &row, _("Window end"), &self->end_error);
  self->note_entry = _kx_form_add_entry (self->call_grid, &row, _("Note"), &self->note_error);
  gtk_widget_add_css_class (GTK_WIDGET (self->budget_entry), "numeric");
  gtk_entry_set_placeholder_text (self->start_entry, "2026-03-01");
  gtk_entry_set_placeholder_text (self->end_entry, "2026-04-30");
  g_signal_connect_object (self->template_editor, "changed", G_CALLBACK (on_input_changed_cb),
                           self, G_CONNECT_SWAPPED);
  watch (self, self->title_entry);
  watch (self, self->budget_entry);
  watch (self, self->start_entry);
  watch (self, self->end_entry);
  watch (self, self->note_entry);
}

static void
build_caps_grid (KxCallView *self)
{
  int row = 0;

  for (int t = 0; t < KX_N_PROJECT_TYPES; t++)
    {
      g_autofree char *label = g_strdup_printf ("%d. %s", t + 1, kx_project_type_label (t + 1));

      self->cap_entries[t] = _kx_form_add_entry (self->caps_grid, &row, label,
                                                 &self->cap_errors[t]);
      gtk_entry_set_placeholder_text (self->cap_entries[t], _("no cap"));
      gtk_widget_add_css_class (GTK_WIDGET (self->cap_entries[t]), "numeric");
      watch (self, self->cap_entries[t]);
    }
}

static void
build_policy_grids (KxCallView *self)
{
  int row = 0;

  for (int i = 0; i < N_WEIGHTS; i++)
    {
      self->weight_spins[i] = add_spin (self->review_grid, &row, _(weight_labels[i]), 0, 100);
      watch (self, self->weight_spins[i]);
    }
  self->weights_error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->weights_error, 0.0f);
  gtk_label_set_wrap (self->weights_error, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->weights_error), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->weights_error), FALSE);
  gtk_grid_attach (self->review_grid, GTK_WIDGET (self->weights_error), 0, row++, 2, 1);
  for (guint i = 0; i < G_N_ELEMENTS (review_spins); i++)
    {
      self->review_widgets[i] = add_spin (self->review_grid, &row, _(review_spins[i].label),
                                          review_spins[i].min, review_spins[i].max);
      watch (self, self->review_widgets[i]);
    }
  row = 0;
  for (guint i = 0; i < G_N_ELEMENTS (rules_spins); i++)
    {
      self->rules_widgets[i] = add_spin (self->rules_grid, &row, _(rules_spins[i].label),
                                         rules_spins[i].min, rules_spins[i].max);
      watch (self, self->rules_widgets[i]);
    }
}

/* GObject ------------------------------------------------------------------ */

static void
kx_call_view_dispose (GObject *object)
{
  KxCallView *self = KX_CALL_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KX_TYPE_CALL_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->call);

  G_OBJECT_CLASS (kx_call_view_parent_class)->dispose (object);
}

static void
kx_call_view_class_init (KxCallViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kx_call_view_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (KX_TYPE_EMPTY_STATE);
  g_type_ensure (KX_TYPE_TEMPLATE_EDITOR);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/chenzhou/kexie/ui/kx-call-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KxCallView, root_box);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, save_button);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, stack);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, empty_state);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, call_grid);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, caps_grid);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, review_grid);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, rules_grid);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, form_error_label);
  gtk_widget_class_bind_template_child (widget_class, KxCallView, template_editor);

  gtk_widget_class_install_action (widget_class, "call-view.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "call-view.revert", NULL, revert_action);
  gtk_widget_class_install_action (widget_class, "call-view.new", NULL, new_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "call-view.save", NULL);
}

static void
kx_call_view_init (KxCallView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_call_grid (self);
  build_caps_grid (self);
  build_policy_grids (self);
  update_view (self);
}

/* Public API --------------------------------------------------------------- */

GtkWidget *
kx_call_view_new (void)
{
  return g_object_new (KX_TYPE_CALL_VIEW, NULL);
}

void
kx_call_view_set_store (KxCallView *self,
                        KxStore    *store)
{
  g_return_if_fail (KX_IS_CALL_VIEW (self));
  g_return_if_fail (store == NULL || KX_IS_STORE (store));

  if (g_set_object (&self->store, store))
    update_view (self);
}

/**
 * kx_call_view_set_call:
 * @call: (nullable): the call to edit; the view keeps its own copy, read
 *   again from the store after a save
 */
void
kx_call_view_set_call (KxCallView *self,
                       KxCall     *call)
{
  g_return_if_fail (KX_IS_CALL_VIEW (self));
  g_return_if_fail (call == NULL || KX_IS_CALL (call));

  if (g_set_object (&self->call, call))
    update_view (self);
}

void
kx_call_view_reload (KxCallView *self)
{
  g_autoptr(KxCall) fresh = NULL;

  g_return_if_fail (KX_IS_CALL_VIEW (self));

  if (self->store != NULL && self->call != NULL)
    fresh = kx_call_get (self->store, kx_call_get_id (self->call), NULL);
  g_set_object (&self->call, fresh);
  update_view (self);
}
