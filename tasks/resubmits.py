"""The same form sent twice at once (a double click, a browser resending a slow post) saves once.

A person's saves of one kind queue on their own user row, so the second of two simultaneous posts
sees what the first saved; what the same person sent within ``RESUBMIT_WINDOW`` that is the same
in every field is then the first one again, not a second.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

RESUBMIT_WINDOW = datetime.timedelta(minutes=10)


def author_queued(user) -> datetime.datetime:
    """Inside a transaction: wait for the same person's other saves to commit. Returns the
    moment from which an identical save counts as the same submission."""
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))
    return timezone.now() - RESUBMIT_WINDOW
