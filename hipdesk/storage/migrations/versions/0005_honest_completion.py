"""sessions recorded as complete with most of their work skipped become partial

A session used to count as complete whenever the player reached the end of the routine, even when every step was
skipped in seconds. Now it counts as complete only with at least 60 % of its planned work done (see
hipdesk.domain.completion). A session that reached the end recorded every work step (done or skipped), so its work
can be read back from its steps: each set (exercise, side, set number) once, planned once, done at its best and never
past its plan. The rule is written out here, as it stood when this revision was made, so the revision never changes.
Nothing is deleted: the sessions and their steps stay, only their status changes.

Revision ID: 0005
Revises: 0004
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COMPLETE_WORK_FRACTION = 0.6

REGRADE = f"""
WITH sets AS (
    SELECT session_id, max(planned_s) AS planned, max(min(actual_s, planned_s)) AS done
    FROM steps
    GROUP BY session_id, exercise_id, side, set_no
), work AS (
    SELECT session_id, sum(planned) AS planned, sum(done) AS done FROM sets GROUP BY session_id
)
UPDATE sessions SET status = 'partial'
WHERE status = 'complete'
  AND id IN (SELECT session_id FROM work WHERE planned > 0 AND done < {COMPLETE_WORK_FRACTION} * planned - 1e-9)
"""


def upgrade() -> None:
    op.execute(REGRADE)


def downgrade() -> None:
    # Which sessions were complete under the old rule is not kept; they stay partial (nothing is lost).
    pass
