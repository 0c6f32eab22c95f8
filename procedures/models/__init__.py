from .agencies import Agency, Department
from .drafts import FormDraft, HeldFile
from .online_form import OnlineFormPage
from .pages import OnlineLevel, ProcedureDocument, ProcedurePage, ResultForm, SubsystemPage

__all__ = [
    "Agency",
    "Department",
    "FormDraft",
    "HeldFile",
    "OnlineFormPage",
    "OnlineLevel",
    "ProcedureDocument",
    "ProcedurePage",
    "ResultForm",
    "SubsystemPage",
]
