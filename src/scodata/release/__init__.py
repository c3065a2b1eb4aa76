"""Build products published beside the tables: Datasette metadata, canned queries and the data package.

The site (scodata.site) reads these files; the build never imports the site.
"""
