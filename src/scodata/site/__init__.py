"""The published site: Datasette metadata, data package, and the Datasette plugin."""
