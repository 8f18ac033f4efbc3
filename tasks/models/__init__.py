"""The tasks app's models, one module per part of the work (``plan_tasks``, ``progress``,
``notifications``, ``instructions``, ``comments``); imported here, where Django and the callers
find them."""

# In the order they were defined in as one module, the order Django registers them in (and
# so lists them, and numbers their content types in a new database).
from tasks.models.plan_tasks import (
    COMPLETED_MEANS_100,
    PERCENT_RANGE,
    STALE_DAYS,
    DueSource,
    Section,
    Task,
    TaskAssignment,
    TaskClause,
    TaskStatus,
    days_silent,
    is_stale,
    silence_counted_to,
    stale_before,
)
from tasks.models.progress import AppendOnly, Milestone, StatusUpdate

# isort: split
from tasks.models.notifications import Notification

# isort: split
from tasks.models.instructions import (
    INSTRUCTION_MAX_LENGTH,
    INSTRUCTION_MAX_RECIPIENTS,
    REPLY_MAX_LENGTH,
    Instruction,
    InstructionEvent,
    InstructionRecipient,
)

# isort: split
from tasks.models.comments import COMMENT_MAX_LENGTH, Comment

__all__ = [
    "COMMENT_MAX_LENGTH",
    "COMPLETED_MEANS_100",
    "INSTRUCTION_MAX_LENGTH",
    "INSTRUCTION_MAX_RECIPIENTS",
    "PERCENT_RANGE",
    "REPLY_MAX_LENGTH",
    "STALE_DAYS",
    "AppendOnly",
    "Comment",
    "DueSource",
    "Instruction",
    "InstructionEvent",
    "InstructionRecipient",
    "Milestone",
    "Notification",
    "Section",
    "StatusUpdate",
    "Task",
    "TaskAssignment",
    "TaskClause",
    "TaskStatus",
    "days_silent",
    "is_stale",
    "plan_end",
    "silence_counted_to",
    "stale_before",
]
