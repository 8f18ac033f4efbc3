from pilots.permissions import Access


def navigation(request):
    """What the header needs: the user's reach, and unread reminders."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    access = Access.of(user)
    return {
        "access": access,
        "unread_notifications": user.notifications.filter(read_at__isnull=True).count(),
    }
