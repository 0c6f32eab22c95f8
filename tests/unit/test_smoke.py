from procedures.factories import ProcedurePageFactory, SubsystemPageFactory


def test_procedure_under_subsystem(home_page):
    subsystem = SubsystemPageFactory(parent=home_page)
    procedure = ProcedurePageFactory(parent=subsystem)
    assert procedure.subsystem == subsystem
