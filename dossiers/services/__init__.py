"""Operations on dossiers that must run as one transaction: submission, the workflow, citizen requests."""
