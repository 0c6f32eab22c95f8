"""The fault suite's short version: every fault of issue 12 in turn, with short windows, under the mixed load, on a
PostgreSQL cluster and a Redis of its own; each must leave every invariant holding (``tests/faults/run.py``).

It starts its own cluster, so it needs no database from pytest; it is marked postgres so that ``make test`` runs it
on PostgreSQL only (the fault suite is about the production shape)."""

import os

import pytest

from tests.faults.run import FAULTS, SHORT, run, table
from tests.faults.services import why_not


def why_skip():
    if not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return "runs with the PostgreSQL suite: set DATABASE_URL=postgres://..."
    return why_not()


pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(why_skip() is not None, reason=why_skip() or ""),
]


def test_every_fault_leaves_every_invariant_holding():
    findings = []
    rows = run(list(FAULTS), SHORT, report=findings.append)
    broken = [row.fault for row in rows if not row.holds()]
    assert not broken, f"invariants broken by: {', '.join(broken)}\n{table(rows, 'make faults')}\n" + "\n".join(
        findings
    )
