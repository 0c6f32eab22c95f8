from .agencies import Agency, Department
from .pages import ProcedureDocument, ProcedurePage, SubsystemPage

__all__ = ["Agency", "Department", "ProcedureDocument", "ProcedurePage", "SubsystemPage"]
