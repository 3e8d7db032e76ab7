from __future__ import annotations

from typing import Any, TypeAlias

UpdateUserPreferencesRequestGeneralSettings: TypeAlias = dict[str, Any]
