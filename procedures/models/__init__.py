from .agencies import Agency, Department
from .online_form import OnlineFormField, OnlineFormPage
from .pages import ProcedureDocument, ProcedurePage, SubsystemPage

__all__ = [
    "Agency",
    "Department",
    "OnlineFormField",
    "OnlineFormPage",
    "ProcedureDocument",
    "ProcedurePage",
    "SubsystemPage",
]
