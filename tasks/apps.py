from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TasksConfig(AppConfig):
    name = "tasks"
    verbose_name = _("重点任务")

    def ready(self):
        from pilots.plan_loading import plan_load_step_add
        from pilots.zone_admin import zone_admin_tab_add
        from tasks.plan_loading import SECTIONS_STEP

        zone_admin_tab_add(url_name="zone-admin-tasks", label=_("未分配单位的任务"), order=10)
        plan_load_step_add(SECTIONS_STEP)
