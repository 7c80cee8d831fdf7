"""Finance's state machine: a dispute opens, then the buyer's bank decides it (see states.py). Its audit rows
are written about the disputed order, where administrators read what happened to it."""

from __future__ import annotations

from marketplace.finance.models import DisputeStatus
from marketplace.states import StateMachine

D = DisputeStatus
DISPUTE_TRANSITIONS: dict[DisputeStatus, frozenset[DisputeStatus]] = {
    D.OPEN: frozenset({D.WON, D.LOST}),
    D.WON: frozenset(),
    D.LOST: frozenset(),
}
DISPUTE = StateMachine("dispute", DisputeStatus, "status", DISPUTE_TRANSITIONS)
