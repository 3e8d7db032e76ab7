from __future__ import annotations

from typing import Any, TypeAlias

UpdateUserPreferencesRequestUiSettingsType0: TypeAlias = dict[str, Any]
