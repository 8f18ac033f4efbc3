from pilots.permissions import Access
from tasks.selectors import instructions_awaiting_count


def instructions(request):
    """The header's count of answers the user's agencies owe to instructions (督办)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    access = Access.of(user)
    return {"instructions_awaiting": instructions_awaiting_count(agency_ids=access.agency_ids)}
