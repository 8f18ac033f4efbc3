from django.shortcuts import get_object_or_404, render

from pilots import selectors
from pilots.models import Plan


def home(request):
    return render(request, "pilots/home.html", {"zones": selectors.zones_with_plans()})


def plan_detail(request, code):
    plan = get_object_or_404(Plan.objects.select_related("zone", "implements"), code=code)
    return render(
        request, "pilots/plan_detail.html", {"plan": plan, **selectors.plan_outline(plan=plan)}
    )
