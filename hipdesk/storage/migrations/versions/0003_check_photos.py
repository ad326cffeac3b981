"""photos that weekly check angles were measured on

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "check_photos",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("measure_id", sa.String, nullable=False),
        sa.Column("side", sa.String, nullable=False),
        sa.Column("week_start", sa.String, nullable=False),
        sa.Column("taken_at", sa.String, nullable=False),
        sa.Column("file_name", sa.String, nullable=False, unique=True),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("landmarks", sa.Text, nullable=False),
        sa.Column("angle_deg", sa.Float, nullable=False),
        sa.Column("source", sa.String, nullable=False),
    )
    op.create_index("ix_check_photos_measure_side", "check_photos", ["measure_id", "side"])


def downgrade() -> None:
    op.drop_index("ix_check_photos_measure_side", table_name="check_photos")
    op.drop_table("check_photos")
