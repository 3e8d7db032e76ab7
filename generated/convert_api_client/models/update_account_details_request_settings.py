from __future__ import annotations

from typing import Any, TypeAlias

UpdateAccountDetailsRequestSettings: TypeAlias = dict[str, Any]
""" Various Account level settings that can be controlled by the user

 """
