from pilots.models import Agency, Membership, PilotZone


def zone_administration(*, zone: PilotZone) -> dict:
    """The agencies-and-members tab: the zone's active agencies and their people."""
    return {
        "agencies": Agency.objects.filter(zone=zone, archived_at__isnull=True).order_by("name"),
        "memberships": Membership.objects.filter(agency__zone=zone)
        .select_related("user", "agency")
        .order_by("agency__name", "user__username"),
    }
