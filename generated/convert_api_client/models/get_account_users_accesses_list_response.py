from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.account_access import AccountAccess


class GetAccountUsersAccessesListResponse(
    Model,
):
    """
    Attributes:
        data (list[AccountAccess] | Unset):
    """

    data: list[AccountAccess] | None = None

    def page_items(self) -> list[AccountAccess]:
        """The items of this page: what a pager over this operation yields."""
        return self.data or []


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.account_access import AccountAccess
