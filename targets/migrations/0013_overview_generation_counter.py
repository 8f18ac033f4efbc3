from django.db import migrations

from targets.overview_generation import counter_create, counter_drop


def forwards(apps, schema_editor):
    counter_create(schema_editor)


def backwards(apps, schema_editor):
    counter_drop(schema_editor)


class Migration(migrations.Migration):
    """The overview's generation on databases without sequences (SQLite): their all-zones totals
    were keyed by every plan's rollup mark, which a row the overview rolls up itself for a past
    date does not move, and kept counting without it."""

    dependencies = [
        ("targets", "0012_snapshot_plan_thing_index"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
