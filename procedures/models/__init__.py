from .agencies import Agency, Department
from .online_form import OnlineFormField, OnlineFormPage
from .pages import OnlineLevel, ProcedureDocument, ProcedurePage, ResultForm, SubsystemPage

__all__ = [
    "Agency",
    "Department",
    "OnlineFormField",
    "OnlineFormPage",
    "OnlineLevel",
    "ProcedureDocument",
    "ProcedurePage",
    "ResultForm",
    "SubsystemPage",
]
