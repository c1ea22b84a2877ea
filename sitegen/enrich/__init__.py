"""Enrichment: dates, topics and entities inferred from an article's text."""
