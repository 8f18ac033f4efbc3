from django.urls import path

from tasks import views

urlpatterns = [
    path("<int:pk>/", views.task_detail, name="task-detail"),
]
