"""The one-stop workflow: ``transition()`` is the only way a dossier changes state (see ``engine``); the steps
themselves, registered by name, are in ``steps``."""

from . import steps  # noqa: F401  (registers the steps)
from .engine import (
    ACTIONS,
    APPLICANT,
    CREATION_STEPS,
    ConcurrentUpdate,
    TransitionNotAllowed,
    allowed_actions,
    step_label,
    transition,
)

__all__ = [
    "ACTIONS",
    "APPLICANT",
    "CREATION_STEPS",
    "ConcurrentUpdate",
    "TransitionNotAllowed",
    "allowed_actions",
    "step_label",
    "transition",
]
