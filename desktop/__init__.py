"""Kinerja Luring: offline staff records and performance appraisal for district offices."""

__version__ = "0.1.0"
