"""The logic of scripts/regenerate, importable (and type-checked) as a package.

generation.py   the repository root, the services, generating one spec, comparing two trees
cli.py          the command line of scripts/regenerate (rewrite, or ``--check`` drift mode)
yamlfile.py     YAML in and out for every script (libyaml when present)

scripts/regenerate is a thin entry point over :func:`cli.main`; scripts/_contract and
scripts/_intake call :func:`generation.generate` directly, with the spec file they hold.
"""

from .generation import (
    GENERATOR_VERSION,
    ROOT,
    SERVICES,
    GenerationError,
    check_generator_version,
    compare,
    generate,
)

__all__ = [
    "GENERATOR_VERSION",
    "ROOT",
    "SERVICES",
    "GenerationError",
    "check_generator_version",
    "compare",
    "generate",
]
