from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.sdk_key import SdkKey


class GetSdkKeysListResponse(
    Model,
):
    """The SDK keys of a project.

    Attributes:
        data (list[SdkKey] | Unset):
    """

    data: list[SdkKey] | None = None

    def page_items(self) -> list[SdkKey]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.sdk_key import SdkKey
