"""Factories of the tasks app's models."""

import factory

from tasks.models import Section, Task, TaskAssignment
from tests.pilots.factories import AgencyFactory, PlanFactory


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
