"""The roles an agency can hold on a task, defined once for the whole project.

Plans annotate each task with the agencies that carry it out: 牵头单位 (lead), 配合单位
(supporting) and 责任单位 (responsible). The fixtures, the loader, the draft importer and the
task assignments all use these values; the stored values never change.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgencyRole(models.TextChoices):
    LEAD = "lead", _("牵头单位")
    SUPPORTING = "supporting", _("配合单位")
    RESPONSIBLE = "responsible", _("责任单位")


# In the order fixtures list them and the importer reports them.
ROLES: tuple[str, ...] = tuple(AgencyRole.values)
