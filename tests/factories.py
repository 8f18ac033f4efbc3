"""Every app's factories in one place (each app keeps its own: tests/<app>/factories.py)."""

from tests.pilots.factories import (
    AgencyFactory,
    MembershipFactory,
    PlanFactory,
    UserFactory,
    ZoneFactory,
)
from tests.targets.factories import GoalFactory, ObservationFactory, TargetFactory
from tests.tasks.factories import AssignmentFactory, SectionFactory, TaskFactory

__all__ = [
    "AgencyFactory",
    "AssignmentFactory",
    "GoalFactory",
    "MembershipFactory",
    "ObservationFactory",
    "PlanFactory",
    "SectionFactory",
    "TargetFactory",
    "TaskFactory",
    "UserFactory",
    "ZoneFactory",
]
