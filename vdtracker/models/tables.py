"""The stored tables, declared with SQLAlchemy Core alone: what the hot paths (a pain score
logged, the alert rules' reading, Today's first paint) read and write without loading the ORM;
the entity classes (models/*.py) are mapped onto these tables when the ORM is first used."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy import Time as TimeType

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def created_at() -> Column[datetime]:
    """When the row was written (UTC), on every table but the settings."""
    return Column("created_at", DateTime, nullable=False, default=utcnow)


# ---- diary
pain_entry = Table(
    "pain_entry", metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False, index=True),
    Column("time", TimeType),
    Column("score", Float, nullable=False),
    Column("scale", String(16), nullable=False, default="vas-0-10"),
    Column("region", String(80)),
    Column("note", Text),
    created_at(),
    CheckConstraint("score >= 0 AND score <= 10", name="score_range"))

cramp_night = Table(
    "cramp_night", metadata,
    Column("id", Integer, primary_key=True),
    Column("night_of", Date, nullable=False, index=True),
    Column("daytime", Boolean, nullable=False, default=False),
    Column("count", Integer, nullable=False, default=1),
    Column("severity", Float),
    Column("longest_min", Float),
    Column("sleep_disturbance", Float),
    Column("region", String(80)),
    Column("side", String(8)),
    Column("note", Text),
    created_at(),
    CheckConstraint("count >= 0", name="count_nonneg"))

spasm_episode = Table(
    "spasm_episode", metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False, index=True),
    Column("time", TimeType),
    Column("region", String(80)),
    Column("count", Integer, nullable=False, default=1),
    Column("severity", Float),
    Column("duration_min", Float),
    Column("note", Text),
    created_at(),
    CheckConstraint("count >= 0", name="count_nonneg"))

# ---- labs
lab_result = Table(
    "lab_result", metadata,
    Column("id", Integer, primary_key=True),
    Column("analyte", String(24), nullable=False, index=True),
    Column("value", Float, nullable=False),
    Column("value_text", String(24), nullable=False),  # as printed, e.g. "7.60"
    Column("unit", String(16), nullable=False),  # as printed
    Column("ref_low", Float),  # the report's own range,
    Column("ref_high", Float),  # in `unit`
    Column("day", Date, nullable=False, index=True),
    Column("lab_name", String(120)),
    Column("note", Text),
    created_at())

recheck_date = Table(
    "recheck_date", metadata,
    Column("id", Integer, primary_key=True),
    Column("analyte", String(24), nullable=False),
    Column("due", Date, nullable=False),
    Column("set_on", Date, nullable=False),
    Column("note", Text),
    created_at())

# ---- supplements
supplement = Table(
    "supplement", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    # lower-cased name, unique, so "vitamin d3" and "Vitamin D3" are one supplement
    Column("name_key", String(120), nullable=False, unique=True),
    Column("substance", String(40)),
    created_at())

regimen = Table(
    "regimen", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="RESTRICT"),
           nullable=False, index=True),
    Column("dose_amount", Float, nullable=False),
    Column("dose_unit", String(16), nullable=False),
    Column("every_days", Integer),
    Column("weekdays", String(40)),  # "mon,thu"
    Column("start", Date, nullable=False),
    Column("end", Date),  # last day, inclusive
    Column("weeks", Integer),  # as typed, when given in weeks
    Column("phase", String(16), nullable=False, default="ongoing"),
    Column("stopped_on", Date),
    # why the user stopped it early (domain.breaks.WHY) and their own words, when said
    Column("stop_why", String(16)),
    Column("stop_note", Text),
    Column("remind_at", TimeType),  # the user's reminder time of day
    Column("note", Text),
    # the patient moved the rest of it after a late dose on this day (`regimen move`): its due
    # dates up to this day are unchanged, and the schedule that carries on names it
    Column("moved_on", Date),
    Column("moved_from", Integer, ForeignKey("regimen.id", ondelete="SET NULL")),
    created_at(),
    CheckConstraint("dose_amount > 0", name="dose_positive"),
    CheckConstraint("(every_days IS NULL) <> (weekdays IS NULL)", name="one_rule"),
    CheckConstraint("phase IN ('loading', 'maintenance', 'ongoing')", name="phase_known"),
    CheckConstraint("stop_why IS NULL OR stop_why IN ('ran-out', 'side-effects', "
                    "'felt-better', 'clinician', 'other')", name="stop_why_known"))

dose = Table(
    "dose", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="RESTRICT"),
           nullable=False, index=True),
    Column("regimen_id", Integer, ForeignKey("regimen.id", ondelete="SET NULL"), index=True),
    Column("day", Date, nullable=False, index=True),
    Column("time", TimeType),
    Column("amount", Float, nullable=False),
    Column("unit", String(16), nullable=False),
    Column("skipped", Boolean, nullable=False, default=False),
    Column("note", Text),
    # taken late, counted for this due date of its schedule (the day above is when it was taken)
    Column("late_for", Date),
    created_at(),
    CheckConstraint("amount >= 0", name="amount_nonneg"))

# ---- supplies
supply = Table(
    "supply", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="CASCADE"),
           nullable=False, unique=True),
    Column("form", String(16), nullable=False),
    Column("holds_amount", Float),
    Column("holds_unit", String(16)),
    Column("counted", Float, nullable=False),
    Column("counted_at", DateTime, nullable=False),
    created_at(),
    CheckConstraint("counted >= 0", name="counted_nonneg"),
    CheckConstraint("form IN ('capsule', 'tablet', 'drop', 'ml', 'ampoule')", name="form_known"),
    CheckConstraint("(holds_amount IS NULL) = (holds_unit IS NULL)", name="holds_both"),
    CheckConstraint("holds_amount IS NULL OR holds_amount > 0", name="holds_positive"))

supply_pack = Table(
    "supply_pack", metadata,
    Column("id", Integer, primary_key=True),
    Column("supplement_id", Integer, ForeignKey("supplement.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("count", Float, nullable=False),
    Column("added_at", DateTime, nullable=False),
    created_at(),
    CheckConstraint("count > 0", name="count_positive"))

# ---- breaks
taking_break = Table(
    "taking_break", metadata,
    Column("id", Integer, primary_key=True),
    Column("regimen_id", Integer, ForeignKey("regimen.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("first", Date, nullable=False, index=True),
    Column("last", Date, nullable=False),
    Column("why", String(16)),
    Column("note", Text),
    created_at(),
    CheckConstraint("first <= last", name="span_order"),
    CheckConstraint("why IS NULL OR why IN ('ran-out', 'side-effects', 'felt-better', "
                    "'clinician', 'other')", name="why_known"))

# ---- decisions
decision = Table(
    "decision", metadata,
    Column("id", Integer, primary_key=True),
    Column("regimen_id", Integer, ForeignKey("regimen.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", String(32), nullable=False),
    Column("said_on", Date, nullable=False, index=True),
    Column("note", Text),
    created_at(),
    CheckConstraint("kind IN ('no-maintenance')", name="kind_known"))

# ---- settings
setting = Table(
    "setting", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False))


# Each kind of stored entry (as the services, undo and the exports name it) and its table.
BY_KIND: dict[str, Table] = {"pain": pain_entry, "cramp": cramp_night, "spasm": spasm_episode,
                             "dose": dose, "lab": lab_result, "regimen": regimen,
                             "recheck": recheck_date, "supplement": supplement,
                             "decision": decision, "break": taking_break, "supply": supply,
                             "supply_pack": supply_pack}
