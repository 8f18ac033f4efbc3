from pilots.permissions import Access


def navigation(request):
    """What the header needs: the user's reach."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"access": Access.of(user)}
