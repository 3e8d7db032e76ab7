"""The logic of scripts/update-spec and scripts/check-against-mock, importable as a package.

walk.py         where the schemas of a document are; what a repair records
overlay.py      OpenAPI Overlay 1.0 documents (specs/overlays/SERVICE.yaml), applied and reported
normalize.py    the normalization pass: one small named transform per common vendor flaw
take.py         read a document, apply overlay then normalization, validate, dump
update.py       scripts/update-spec: take, regenerate, contract diff, summary, exit status
mock.py         scripts/check-against-mock: every operation through the facade against Prism
"""
