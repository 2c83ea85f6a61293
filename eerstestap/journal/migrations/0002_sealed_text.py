import uuid

from django.db import migrations, models

import eerstestap.privacy.fields


def give_each_row_a_record_key(apps, schema_editor):
    for name in ["Entry", "Draft"]:
        model = apps.get_model("journal", name)
        for row in model.objects.filter(record_key__isnull=True).only("pk"):
            model.objects.filter(pk=row.pk).update(record_key=uuid.uuid4())


class Migration(migrations.Migration):
    """Text becomes sealed per person. Rows written before stay as they are until their owner next logs in:
    only then is the person's key available, and they are sealed at that moment (privacy.keys)."""

    dependencies = [("journal", "0001_initial"), ("privacy", "0001_initial")]

    operations = [
        migrations.AddField("entry", "record_key", models.UUIDField(null=True, editable=False)),
        migrations.AddField("draft", "record_key", models.UUIDField(null=True, editable=False)),
        migrations.RunPython(give_each_row_a_record_key, migrations.RunPython.noop),
        migrations.AlterField("entry", "record_key", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
        migrations.AlterField("draft", "record_key", models.UUIDField(default=uuid.uuid4, editable=False, unique=True)),
        migrations.AlterField("entry", "body", eerstestap.privacy.fields.SealedTextField(verbose_name="entry")),
        migrations.AlterField(
            "entry", "tags", eerstestap.privacy.fields.SealedJSONField(blank=True, default=list, verbose_name="tags")
        ),
        migrations.AlterField("draft", "body", eerstestap.privacy.fields.SealedTextField(blank=True)),
        migrations.AlterField("draft", "tags", eerstestap.privacy.fields.SealedTextField(blank=True)),
    ]
