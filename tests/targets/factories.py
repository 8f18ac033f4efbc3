"""Factories of the targets app's models."""

import factory

from targets.models import Goal, Observation, Target
from tests.pilots.factories import PlanFactory


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
