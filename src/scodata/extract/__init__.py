"""Extraction of structured records from clean communiqué text."""
