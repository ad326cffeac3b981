"""index steps by exercise, for per-exercise history and left/right totals

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_steps_exercise_side", "steps", ["exercise_id", "side"])


def downgrade() -> None:
    op.drop_index("ix_steps_exercise_side", table_name="steps")
