"""What the code reads and writes through (vdtracker.models) is the schema the migrations build:
every table, column, type, nullability, index and key, compared by Alembic on a store migrated
from empty; and each stored class names its table's columns."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from vdtracker.models import Base


def test_the_models_are_the_migrated_schema(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        found = compare_metadata(context, Base.metadata)
    assert [d for d in found if not _sqlite_blind(d)] == []


def _sqlite_blind(difference: object) -> bool:
    """The version table is the migrations' own, in no model. (Alembic compares no CHECK
    constraints: the store has the migrations' own, whatever a model says.)"""
    return (isinstance(difference, tuple) and difference[0] == "remove_table"
            and difference[1].name == "alembic_version")


def test_each_stored_class_names_its_table_s_columns():
    """A class's `Mapped` annotations (what the type checker reads) and its table's columns
    (what SQLAlchemy maps) are the same names: a column added to one is added to both."""
    import vdtracker.models as models

    classes = [getattr(models, name) for name in models.__all__ if name != "Base"]
    assert len(classes) == len(Base.metadata.tables)
    for cls in classes:
        assert set(cls.__annotations__) == set(cls.__table__.columns.keys()), cls.__name__
