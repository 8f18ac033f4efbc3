"""Comments (留言) between leaders and agencies on a task or a target."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tasks.models.plan_tasks import Task
from tasks.models.progress import AppendOnly

COMMENT_MAX_LENGTH = 500


class Comment(AppendOnly):
    """A short note on a task or a target between leaders and agencies; mentions notify."""

    zone = models.ForeignKey(
        "pilots.PilotZone", verbose_name=_("试验区"), on_delete=models.PROTECT,
        related_name="comments",
    )  # fmt: skip
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="comments",
    )  # fmt: skip
    # A target lives in a higher app: its id, and its title and page as they were when written.
    target_id = models.PositiveIntegerField(_("指标"), null=True, blank=True)
    subject_title = models.CharField(_("留言事项"), max_length=400)
    subject_path = models.CharField(_("事项页面"), max_length=200, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("留言人"), on_delete=models.PROTECT
    )
    text = models.TextField(_("留言"), validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)])
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("留言")
        verbose_name_plural = _("留言")
        constraints = [
            models.CheckConstraint(
                condition=Q(task__isnull=False) | Q(target_id__isnull=False),
                name="comment_names_its_subject",
            ),
        ]
        indexes = [
            models.Index(fields=["task", "created_at"], name="comment_task_date"),
            models.Index(fields=["target_id", "created_at"], name="comment_target_date"),
        ]

    def __str__(self):
        return f"{self.subject_title}: {self.text[:40]}"

    @property
    def author_label(self) -> str:
        return self.author.get_full_name() or self.author.username
