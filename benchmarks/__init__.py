"""What the client costs, measured against plain httpx: run ``python -m benchmarks``.

Results go to docs/benchmarks.md; see ``benchmarks/__main__.py`` for the options.
"""
