"""VD Tracker: a private diary for vitamin D / B12 courses, labs and symptoms."""
__version__ = "0.1.0"
