"""The benchmark's floor page: the least a signed-in request costs (session, user, middleware).
Routed only by ``config.urls_benchmark``, which only ``config.settings_benchmark`` loads."""

from django.http import HttpResponse


def floor(request):
    return HttpResponse("ok", content_type="text/plain")
