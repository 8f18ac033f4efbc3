"""Kinds of target that plans of the genre share, so the same kind can be compared across zones
(as a share of each zone's goal: units and scales differ). A fixture's target names its kind
(``kind:``); the list is small on purpose — a target that fits none has no kind."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetKind(models.TextChoices):
    AI_INDUSTRY_SCALE = "ai_industry_scale", _("人工智能（核心）产业规模")
    RELATED_INDUSTRY_SCALE = "related_industry_scale", _("带动相关产业规模")
    AI_ENTERPRISES = "ai_enterprises", _("人工智能企业")
    APPLICATION_SCENARIOS = "application_scenarios", _("应用场景与示范")
    RESEARCH_RESULTS = "research_results", _("重大科技成果")
    PATENTS_STANDARDS = "patents_standards", _("发明专利与标准")
    INNOVATION_PLATFORMS = "innovation_platforms", _("创新平台与载体")
    COMPUTING_POWER = "computing_power", _("算力")
    TALENT = "talent", _("人才")
