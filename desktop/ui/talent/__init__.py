"""The "Manajemen Talenta" page and its tabs (issue 14)."""
