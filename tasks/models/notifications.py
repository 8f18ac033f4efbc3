"""In-app reminders (also e-mailed) of tasks, milestones, instructions and mentions."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tasks.models.plan_tasks import Task
from tasks.models.progress import Milestone


class Notification(models.Model):
    """An in-app reminder (also e-mailed): stale tasks, milestones due soon or overdue,
    instructions (督办) issued, answered, returned or late, and mentions in comments."""

    class Kind(models.TextChoices):
        STALE_TASK = "stale_task", _("任务久未更新")
        MILESTONE_DUE = "milestone_due", _("里程碑即将到期")
        MILESTONE_OVERDUE = "milestone_overdue", _("里程碑已逾期")
        INSTRUCTION = "instruction", _("督办")
        INSTRUCTION_OVERDUE = "instruction_overdue", _("督办逾期")
        MENTION = "mention", _("留言提到")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("接收人"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("类型"), max_length=30, choices=Kind.choices)
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), null=True, blank=True, on_delete=models.CASCADE
    )
    instruction = models.ForeignKey(
        "Instruction", verbose_name=_("督办"), null=True, blank=True, on_delete=models.CASCADE
    )
    milestone = models.ForeignKey(
        Milestone, verbose_name=_("里程碑"), null=True, blank=True, on_delete=models.CASCADE
    )
    link = models.CharField(_("链接"), max_length=200, blank=True)
    message = models.CharField(_("内容"), max_length=400)
    created_on = models.DateField(_("日期"))
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    read_at = models.DateTimeField(_("已读时间"), null=True, blank=True)
    emailed = models.BooleanField(_("已发邮件"), default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("提醒")
        verbose_name_plural = _("提醒")
        indexes = [
            models.Index(fields=["user", "kind", "task", "created_on"], name="notify_dedupe")
        ]

    def __str__(self):
        return self.message

    def get_absolute_url(self):
        if self.instruction_id:
            return reverse("instruction-detail", args=[self.instruction_id])
        if self.link:
            return self.link
        return self.task.get_absolute_url() if self.task_id else reverse("my-tasks")
