"""Generated documentation: ``operations.render(repo_root)`` writes docs/operations.md's text."""
