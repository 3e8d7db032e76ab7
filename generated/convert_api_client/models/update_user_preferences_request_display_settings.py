from __future__ import annotations

from typing import Any, TypeAlias

UpdateUserPreferencesRequestDisplaySettings: TypeAlias = dict[str, Any]
