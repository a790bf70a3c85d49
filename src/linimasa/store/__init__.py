"""SQLite store (stub until the store work lands)."""
