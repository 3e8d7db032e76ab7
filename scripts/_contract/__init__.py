"""The logic of scripts/contract_diff, importable (and type-checked) as a package.

cli.py          arguments, the two modes (two files, or --base GIT_REF), exit status
spec_level.py   runs the Optic engine (optic_diff.cjs) and turns its results into findings
supplement.py   our rules for exactly the gaps of Optic's ruleset, and the enum exception
python_level.py generates both spec versions and compares them (and the facade) with griffe
policy.py       when a break may pass: versions raised, CHANGELOG.md says what broke
report.py       the Markdown report
openapi.py, git.py, model.py   helpers and the data they share
"""
