"""Words Indonesian sites append to page titles that are not the headline."""

from __future__ import annotations

# "… Halaman all", "… Halaman 2", "… (Halaman 3)", "… - Page 2": the page of a paginated article
PAGINATION_SUFFIX = r"\s*[-|(]?\s*(?:halaman|hal\.?|page)\s+(?:\d{1,3}|all|semua)\s*\)?\s*$"
