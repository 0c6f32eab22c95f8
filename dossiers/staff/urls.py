"""Admin URLs of the staff side that are not part of the dossier viewset: workflow steps and counter intake."""

from django.urls import path

from . import actions, intake

app_name = "dossiers_staff"
urlpatterns = [
    path("<int:pk>/buoc/<slug:action>/", actions.dossier_step, name="step"),
    path("tiep-nhan-truc-tiep/", intake.choose_procedure, name="intake"),
    path("tiep-nhan-truc-tiep/<int:procedure_pk>/", intake.intake_form, name="intake_form"),
]
