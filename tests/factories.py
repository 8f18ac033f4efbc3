import factory
from django.contrib.auth import get_user_model

from pilots.models import Agency, Membership, PilotZone, Plan
from targets.models import Goal, Observation, Target
from tasks.models import Section, Task, TaskAssignment


class ZoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PilotZone
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"zone-{n}")
    name = factory.Sequence(lambda n: f"试验区{n}")
    level = PilotZone.Level.CITY


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    zone = factory.SubFactory(ZoneFactory)
    code = factory.Sequence(lambda n: f"plan-{n}")
    title = factory.Sequence(lambda n: f"实施方案{n}")
    period_start = 2020
    period_end = 2025


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency

    zone = factory.SubFactory(ZoneFactory)
    code = factory.Sequence(lambda n: f"agency-{n}")
    name = factory.Sequence(lambda n: f"市第{n}局")
    category = Agency.Category.OTHER


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    plan = factory.SubFactory(PlanFactory)
    code = factory.Sequence(lambda n: f"S{n}")
    title = factory.Sequence(lambda n: f"章节{n}")
    kind = Section.Kind.KEY_TASK


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    section = factory.SubFactory(SectionFactory)
    plan = factory.SelfAttribute("section.plan")
    code = factory.Sequence(lambda n: f"T{n}")
    title = factory.Sequence(lambda n: f"任务{n}")
    text = factory.LazyAttribute(lambda o: f"{o.title}。全文。")


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TaskAssignment

    task = factory.SubFactory(TaskFactory)
    agency = factory.SubFactory(AgencyFactory, zone=factory.SelfAttribute("..task.plan.zone"))
    role = TaskAssignment.Role.LEAD


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    plan = factory.SubFactory(PlanFactory)
    code = factory.Sequence(lambda n: f"G{n}")
    title = factory.Sequence(lambda n: f"目标{n}")


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    goal = factory.SubFactory(GoalFactory)
    plan = factory.SelfAttribute("goal.plan")
    code = factory.Sequence(lambda n: f"T{n}")
    metric = "人工智能企业"
    unit = "家"
    comparator = Target.Comparator.GTE
    value = 100
    deadline_year = 2025
    source_phrase = "人工智能企业100家以上"


class ObservationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Observation

    target = factory.SubFactory(TargetFactory)
    value = 10


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests-only")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    role = Membership.Role.STAFF
    agency = factory.SubFactory(AgencyFactory)
