from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pilots.trees import parent_check


class Archivable(models.Model):
    """Rows that a plan revision removes are archived, never deleted: their history stays."""

    archived_at = models.DateTimeField(_("归档时间"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class PilotZone(models.Model):
    class Level(models.TextChoices):
        MUNICIPALITY = "municipality", _("直辖市")
        CITY = "city", _("地级市")
        DISTRICT = "district", _("区县")

    slug = models.SlugField(_("代码"), unique=True)
    name = models.CharField(_("名称"), max_length=100, unique=True)
    name_en = models.CharField(_("英文名"), max_length=100, blank=True)
    level = models.CharField(_("层级"), max_length=20, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级试验区"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = _("试验区")
        verbose_name_plural = _("试验区")
        constraints = [
            models.CheckConstraint(condition=~Q(parent=models.F("id")), name="zone_not_own_parent"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        parent_check(self, loop=_("上级试验区不能是它自己或它的下级"))


class Plan(models.Model):
    zone = models.ForeignKey(
        PilotZone, verbose_name=_("试验区"), on_delete=models.PROTECT, related_name="plans"
    )
    code = models.SlugField(_("代码"), max_length=60, unique=True)
    title = models.CharField(_("标题"), max_length=300)
    title_en = models.CharField(_("英文标题"), max_length=300, blank=True)
    issuer = models.CharField(_("印发单位"), max_length=200, blank=True)
    doc_number = models.CharField(_("文号"), max_length=100, blank=True)
    issued_on = models.DateField(_("印发日期"), null=True, blank=True)
    period_start = models.PositiveSmallIntegerField(_("规划起始年"))
    period_end = models.PositiveSmallIntegerField(_("规划截止年"))
    milestone_years = models.JSONField(_("节点年份"), default=list, blank=True)
    implements = models.ForeignKey(
        "self",
        verbose_name=_("落实的上级规划"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="implemented_by",
    )
    follows = models.ForeignKey(
        "self",
        verbose_name=_("接续的前一规划"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="followed_by",
        help_text=_("同一试验区的上一期规划"),
    )
    source_file = models.CharField(_("来源文件"), max_length=200, blank=True)
    loaded_at = models.DateTimeField(_("最近载入"), null=True, blank=True)
    # When a rollup of today last changed the plan's rows (a run that changed none leaves it).
    rolled_up_at = models.DateTimeField(_("最近汇总"), null=True, blank=True)
    # Bumped in the same transaction as every change that affects the plan's rollup
    # (pilots/changes.py); a rollup records the value it computed from.
    change_seq = models.BigIntegerField(_("变更序号"), default=0, editable=False)
    # The earliest date whose figures changes not yet rolled into history affect.
    changes_from = models.DateField(_("待重算起始日"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["code"]
        verbose_name = _("规划")
        verbose_name_plural = _("规划")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_start__gte=2000, period_end__lte=2100)
                & Q(period_end__gte=models.F("period_start")),
                name="plan_period_valid",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("plan-detail", args=[self.code])


class Agency(Archivable):
    class Category(models.TextChoices):
        GOVERNMENT = "government", _("政府及办公厅")
        DEVELOPMENT_REFORM = "development_reform", _("发展改革")
        SCIENCE_TECHNOLOGY = "science_technology", _("科技")
        INDUSTRY_IT = "industry_it", _("经济和信息化")
        BIG_DATA = "big_data", _("大数据与数据资源")
        EDUCATION = "education", _("教育")
        HUMAN_RESOURCES = "human_resources", _("人力资源和社会保障")
        FINANCE = "finance", _("财政")
        FINANCIAL_REGULATION = "financial_regulation", _("金融监管")
        COMMERCE = "commerce", _("商务与投资促进")
        HEALTH = "health", _("卫生健康与医保")
        TRANSPORT = "transport", _("交通")
        AGRICULTURE = "agriculture", _("农业农村")
        PUBLIC_SECURITY = "public_security", _("公安")
        JUSTICE = "justice", _("司法")
        CIVIL_AFFAIRS = "civil_affairs", _("民政")
        NATURAL_RESOURCES = "natural_resources", _("自然资源与规划")
        ECOLOGY_ENVIRONMENT = "ecology_environment", _("生态环境")
        HOUSING_CONSTRUCTION = "housing_construction", _("住房城乡建设")
        CULTURE_TOURISM = "culture_tourism", _("文化旅游")
        MARKET_REGULATION = "market_regulation", _("市场监管与知识产权")
        EMERGENCY = "emergency", _("应急管理")
        PUBLICITY = "publicity", _("宣传与网信")
        PARTY_ORGANISATION = "party_organisation", _("组织与人才")
        STATISTICS = "statistics", _("统计")
        TAXATION = "taxation", _("税务")
        GOVERNMENT_SERVICES = "government_services", _("政务服务")
        PARK_ADMINISTRATION = "park_administration", _("园区与开发区管委会")
        LOCAL_GOVERNMENT = "local_government", _("区县政府")
        STATE_ENTERPRISE = "state_enterprise", _("国有企业与事业单位")
        OTHER = "other", _("其他")

    zone = models.ForeignKey(
        PilotZone, verbose_name=_("试验区"), on_delete=models.PROTECT, related_name="agencies"
    )
    code = models.SlugField(_("代码"), max_length=60)
    name = models.CharField(_("全称"), max_length=200)
    aliases = models.JSONField(_("简称"), default=list, blank=True)
    category = models.CharField(
        _("职能类别"), max_length=40, choices=Category.choices, default=Category.OTHER
    )
    from_fixture = models.BooleanField(_("来自规划文件"), default=False)

    class Meta:
        ordering = ["zone_id", "name"]
        verbose_name = _("单位")
        verbose_name_plural = _("单位")
        constraints = [
            models.UniqueConstraint(fields=["zone", "code"], name="agency_code_unique_in_zone"),
            models.UniqueConstraint(fields=["zone", "name"], name="agency_name_unique_in_zone"),
        ]

    def __str__(self):
        return self.name

    @property
    def short_name(self) -> str:
        return agency_short_name(self.name, self.aliases)


def agency_short_name(name: str, aliases: list[str]) -> str:
    """What lists call an agency: its first alias, else its name."""
    return aliases[0] if aliases else name


class Membership(models.Model):
    """What a user may do: staff or manager of an agency, leadership, or zone admin."""

    class Role(models.TextChoices):
        STAFF = "staff", _("单位工作人员")
        MANAGER = "manager", _("单位负责人")
        LEADERSHIP = "leadership", _("领导")
        ZONE_ADMIN = "zone_admin", _("试验区管理员")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("用户"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices)
    zone = models.ForeignKey(
        PilotZone,
        verbose_name=_("试验区"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        help_text=_("领导角色留空表示全部试验区"),
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("单位"), null=True, blank=True, on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("成员")
        verbose_name_plural = _("成员")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(role__in=["staff", "manager"], agency__isnull=False)
                    | Q(role="zone_admin", zone__isnull=False, agency__isnull=True)
                    | Q(role="leadership", agency__isnull=True)
                ),
                name="membership_scope_matches_role",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "agency"],
                condition=Q(agency__isnull=False),
                name="membership_unique_agency_role",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "zone"],
                condition=Q(agency__isnull=True, zone__isnull=False),
                name="membership_unique_zone_role",
            ),
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=Q(agency__isnull=True, zone__isnull=True),
                name="membership_unique_global_role",
            ),
        ]

    def __str__(self):
        scope = self.agency or self.zone or _("全部试验区")
        return f"{self.user} · {self.get_role_display()} · {scope}"

    def save(self, *args, **kwargs):
        if self.agency_id and not self.zone_id:
            self.zone_id = self.agency.zone_id
        super().save(*args, **kwargs)


class PlanUpload(models.Model):
    """A plan file uploaded in the browser: previewed first, applied only when confirmed.

    Kept afterwards as the record of who revised which plan when.
    """

    file_name = models.CharField(_("文件名"), max_length=200)
    text = models.TextField(_("内容"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("上传人"), on_delete=models.PROTECT,
        related_name="+",
    )  # fmt: skip
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    plan_code = models.CharField(_("规划代码"), max_length=60, blank=True)
    errors = models.JSONField(_("校验错误"), default=list, blank=True)
    preview = models.JSONField(_("预览的变更"), default=list, blank=True)
    applied_at = models.DateTimeField(_("应用时间"), null=True, blank=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("确认人"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )  # fmt: skip

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("规划文件上传")
        verbose_name_plural = _("规划文件上传")

    def __str__(self):
        return f"{self.file_name} ({self.uploaded_at:%Y-%m-%d %H:%M})"


class PlanSource(models.Model):
    """A plan's source document as it was uploaded (PDF, Word, text or a saved web page), kept
    with the plan: the file, stored under the extension of what its content is, and the cleaned
    text a draft was made from, which every task's passage points into."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOCX = "docx", "Word (.docx)"
        DOC = "doc", "Word 97–2003 (.doc)"
        XLSX = "xlsx", "Excel (.xlsx)"
        HTML = "html", "HTML"
        TXT = "txt", _("纯文本")

    zone = models.ForeignKey(
        PilotZone, verbose_name=_("试验区"), on_delete=models.PROTECT, related_name="plan_sources"
    )
    plan = models.ForeignKey(
        Plan, verbose_name=_("规划"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="sources",
    )  # fmt: skip
    file = models.FileField(_("原文文件"), upload_to="plan-sources/%Y/%m/")
    file_name = models.CharField(_("上传时的文件名"), max_length=200)
    kind = models.CharField(_("文件类型"), max_length=10, choices=Kind.choices)
    size = models.PositiveIntegerField(_("大小（字节）"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    text = models.TextField(_("清理后的正文"), blank=True)
    # Where each task of the loaded plan is in ``text``: task code → [start, end].
    passages = models.JSONField(_("任务原文位置"), default=dict, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("上传人"), on_delete=models.PROTECT,
        related_name="+",
    )  # fmt: skip
    uploaded_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    loaded_at = models.DateTimeField(_("载入规划时间"), null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("规划原文")
        verbose_name_plural = _("规划原文")

    def __str__(self):
        return self.file_name

    @property
    def never_loaded(self) -> bool:
        """No plan was ever loaded from it: its draft may go with it and its file."""
        return self.plan_id is None and self.loaded_at is None


class PlanDraft(models.Model):
    """The draft fixture made from a source document, edited in the browser until it is loaded
    through a plan upload (``upload``: its preview and confirmation)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("排队中")
        RUNNING = "running", _("起草中")
        READY = "ready", _("已起草")
        FAILED = "failed", _("无法起草")

    source = models.OneToOneField(
        PlanSource, verbose_name=_("原文"), on_delete=models.CASCADE, related_name="draft"
    )
    status = models.CharField(
        _("状态"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("进度"), default=0)
    message = models.TextField(_("说明"), blank=True)
    plan_code = models.CharField(_("规划代码"), max_length=60, blank=True)
    drafted_text = models.TextField(_("起草结果"), blank=True)
    text = models.TextField(_("草稿（YAML）"), blank=True)
    # Bumped by every save of ``text``: a form opened before someone else's save is refused.
    version = models.PositiveIntegerField(_("版本"), default=0)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("最后编辑人"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
    )  # fmt: skip
    started_at = models.DateTimeField(_("开始起草"), null=True, blank=True)
    upload = models.ForeignKey(
        PlanUpload, verbose_name=_("载入预览"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )  # fmt: skip

    class Meta:
        verbose_name = _("规划草稿")
        verbose_name_plural = _("规划草稿")
        constraints = [
            models.CheckConstraint(condition=Q(progress__lte=100), name="draft_progress_max_100"),
        ]

    def __str__(self):
        return self.source.file_name

    def get_absolute_url(self):
        return reverse("plan-draft", args=[self.source.zone.slug, self.pk])
