from __future__ import annotations

from typing import Any, TypeAlias

CreateProjectRequestSettings: TypeAlias = dict[str, Any]
""" General operational settings for the project.

 """
