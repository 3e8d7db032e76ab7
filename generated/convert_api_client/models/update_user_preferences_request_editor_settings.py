from __future__ import annotations

from typing import Any, TypeAlias

UpdateUserPreferencesRequestEditorSettings: TypeAlias = dict[str, Any]
