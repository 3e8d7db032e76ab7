from __future__ import annotations

from typing import Any, TypeAlias

DomainToCreate: TypeAlias = dict[str, Any]
""" A domain to create in the project (fields not given by the reference).

 """
