"""English language data (the web app's second interface language)."""
