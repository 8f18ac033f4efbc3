from django.urls import path

from targets import views

urlpatterns = [
    path("", views.my_targets, name="my-targets"),
    path("<int:pk>/report/", views.target_report, name="target-report"),
    path("<int:pk>/comments/", views.target_comments, name="target-comments"),
    path("<int:pk>/instruct/", views.target_instruction_new, name="target-instruction-new"),
]
