"""Comments on tasks and targets: short, by date, append-only; @mentions of a person or an
agency tell them in the app and by e-mail; whoever sees the zone may comment."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from tasks.comments import CommentSubject, comment_add, comments_on, mentions_in
from tasks.models import Comment, Notification


def test_mentions_of_a_person_and_of_an_agency_notify_in_the_app_and_by_mail(
    world, django_capture_on_commit_callbacks
):
    world.users["supporting_staff"].email = "czj@example.gov.cn"
    world.users["supporting_staff"].save()
    subject = CommentSubject.of_task(world.task)
    with django_capture_on_commit_callbacks(execute=True):
        comment = comment_add(
            subject=subject, by=world.users["leadership"],
            text="请 @lead-staff 说明选址进度,@甲市财政局 经费何时到位?@nobody @乙市科学技术局",
        )  # fmt: skip
    told = set(Notification.objects.filter(kind="mention").values_list("user__username", flat=True))
    assert told == {"lead-staff", "supporting-staff"}
    assert [m.to for m in mail.outbox] == [["czj@example.gov.cn"]]
    assert Notification.objects.filter(kind="mention").first().get_absolute_url() == (
        world.task.get_absolute_url()
    )
    assert comments_on(task=world.task) == [comment]
    with pytest.raises(ValueError, match="append-only"):
        comment.delete()


def test_a_person_of_another_zone_is_not_reached_by_a_mention(world):
    users, agencies = mentions_in("@elsewhere-staff @市科技局", zone_id=world.zone.pk)
    assert users == [] and agencies == [world.agencies["lead"]]


@pytest.mark.parametrize("text", ["   ", "长" * 501])
def test_a_comment_is_short_and_not_empty(world, text):
    with pytest.raises(ValidationError):
        comment_add(subject=CommentSubject.of_task(world.task), text=text,
                    by=world.users["lead_staff"])  # fmt: skip
    assert not Comment.objects.exists()


def test_leaders_and_agencies_comment_on_a_task_and_a_target_listed_by_date(world, login):
    url = reverse("task-comment", args=[world.task.pk])
    assert login(world.users["leadership"]).post(url, {"text": "进度如何?"}).status_code == 302
    lead = login(world.users["lead_staff"])
    assert lead.post(url, {"text": "本月完成选址"}).status_code == 302
    assert lead.post(url, {"text": ""}).status_code == 400
    page = lead.get(world.task.get_absolute_url()).content.decode()
    assert page.index("进度如何?") < page.index("本月完成选址")
    assert login(world.users["elsewhere_staff"]).post(url, {"text": "x"}).status_code == 404
    target_url = reverse("target-comments", args=[world.target.pk])
    leader = login(world.users["leadership_all"])
    assert leader.post(target_url, {"text": "@市科技局 数据何时更新?"}).status_code == 302
    assert "数据何时更新" in leader.get(target_url).content.decode()
    assert Notification.objects.filter(kind="mention", user=world.users["lead_staff"]).exists()
