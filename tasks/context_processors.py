from pilots.permissions import Access
from tasks.selectors import header_counts


def badges(request):
    """The header's counts: unread reminders, and the answers the user's agencies owe to
    instructions (督办)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return header_counts(user=user, agency_ids=Access.of(user).agency_ids)
