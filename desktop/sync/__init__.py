"""sync layer of Kinerja Luring (see docs/ and DESIGN.md §2)."""
