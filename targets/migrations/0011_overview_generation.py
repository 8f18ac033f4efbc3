from django.db import migrations

from targets.overview_generation import sequence_create, sequence_drop


def forwards(apps, schema_editor):
    sequence_create(schema_editor)


def backwards(apps, schema_editor):
    sequence_drop(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("targets", "0010_snapshot_digest"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
