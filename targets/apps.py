from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TargetsConfig(AppConfig):
    name = "targets"
    verbose_name = _("目标与指标")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from pilots.changes import on_plan_changed
        from pilots.models import PilotZone, Plan
        from pilots.plan_loading import plan_load_step_add
        from pilots.zone_admin import zone_admin_tab_add
        from targets.briefings.briefing import briefing_part_add
        from targets.briefings.instructions import instructions_part
        from targets.overview_generation import on_rows_deleted, on_zone_saved
        from targets.plan_loading import GOALS_STEP
        from targets.services import rollup_request

        # A committed change to a plan asks for its rollup (pilots and tasks never import us).
        on_plan_changed(rollup_request)
        zone_admin_tab_add(url_name="zone-admin-targets", label=_("指标责任单位"), order=20)
        plan_load_step_add(GOALS_STEP)
        briefing_part_add(instructions_part)
        # A plan deleted takes its snapshot rows; so does a zone (one with plans cannot be
        # deleted, but one a plan moved away from keeps the rows it had).
        post_delete.connect(on_rows_deleted, sender=Plan, dispatch_uid="overview-generation")
        post_delete.connect(
            on_rows_deleted, sender=PilotZone, dispatch_uid="overview-generation-zone"
        )
        # A zone added counts among the overview's zones (its cached totals say how many).
        post_save.connect(on_zone_saved, sender=PilotZone, dispatch_uid="overview-generation-new")
