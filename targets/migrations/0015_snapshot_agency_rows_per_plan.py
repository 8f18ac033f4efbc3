"""An agency's snapshot row of a date is its plan's: the unique key of a row takes its plan, and
a zone's row stays one per date (its total over the zone's plans). Existing rows already carry
their plan and satisfy both keys; none is rewritten.

On PostgreSQL the new unique indexes are built CONCURRENTLY (no lock on writes while the large
table is read) and the first becomes the constraint by USING INDEX; the old constraint is then
dropped (its lock held for a moment only). Elsewhere the schema editor's own operations."""

from django.db import migrations, models

OLD = models.UniqueConstraint(
    fields=["scope", "object_id", "as_of"], name="snapshot_one_per_object_and_date"
)
PER_PLAN = models.UniqueConstraint(
    fields=["scope", "object_id", "as_of", "plan"], name="snapshot_one_per_plan_object_and_date"
)
PER_ZONE = models.UniqueConstraint(
    fields=["object_id", "as_of"],
    condition=models.Q(scope="zone"),
    name="snapshot_one_per_zone_and_date",
)
TABLE = "targets_snapshot"


# The state's changes, in the order a database without CONCURRENTLY makes them.
STATE = [
    migrations.AddConstraint(model_name="snapshot", constraint=PER_PLAN),
    migrations.AddConstraint(model_name="snapshot", constraint=PER_ZONE),
    migrations.RemoveConstraint(model_name="snapshot", name=OLD.name),
]
UNDO = [
    migrations.AddConstraint(model_name="snapshot", constraint=OLD),
    migrations.RemoveConstraint(model_name="snapshot", name=PER_ZONE.name),
    migrations.RemoveConstraint(model_name="snapshot", name=PER_PLAN.name),
]
POSTGRESQL = [
    f"DROP INDEX CONCURRENTLY IF EXISTS {PER_PLAN.name}",  # left invalid by a failed build
    f"CREATE UNIQUE INDEX CONCURRENTLY {PER_PLAN.name} ON {TABLE}"
    " (scope, object_id, as_of, plan_id)",
    f"ALTER TABLE {TABLE} ADD CONSTRAINT {PER_PLAN.name} UNIQUE USING INDEX {PER_PLAN.name}",
    f"DROP INDEX CONCURRENTLY IF EXISTS {PER_ZONE.name}",
    f"CREATE UNIQUE INDEX CONCURRENTLY {PER_ZONE.name} ON {TABLE} (object_id, as_of)"
    " WHERE scope = 'zone'",
    f"ALTER TABLE {TABLE} DROP CONSTRAINT {OLD.name}",
]


class SnapshotKeyPerPlan(migrations.operations.base.Operation):
    reversible = True

    def state_forwards(self, app_label, state):
        for operation in STATE:
            operation.state_forwards(app_label, state)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            for sql in POSTGRESQL:
                schema_editor.execute(sql)
            return
        _in_turn(STATE, app_label, schema_editor, from_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        # Two plans' rows of an agency on one date cannot both stay under the old key: the
        # latest written is kept, as the old writer left it.
        snapshot = from_state.apps.get_model(app_label, "Snapshot")
        duplicates = (
            snapshot.objects.filter(scope="agency")
            .values("object_id", "as_of")
            .annotate(n=models.Count("id"), last=models.Max("id"))
            .filter(n__gt=1)
        )
        for row in duplicates.iterator():
            snapshot.objects.filter(
                scope="agency", object_id=row["object_id"], as_of=row["as_of"]
            ).exclude(pk=row["last"]).delete()
        _in_turn(UNDO, app_label, schema_editor, from_state)

    def describe(self):
        return "Snapshot rows unique per plan (an agency's per plan), a zone's per date"


def _in_turn(operations, app_label, schema_editor, state):
    for operation in operations:
        after = state.clone()
        operation.state_forwards(app_label, after)
        operation.database_forwards(app_label, schema_editor, state, after)
        state = after


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY runs outside a transaction

    dependencies = [
        ("pilots", "0006_plan_source_doc_kind"),
        ("targets", "0014_labels_in_chinese_punctuation"),
    ]

    operations = [
        SnapshotKeyPerPlan(),
    ]
