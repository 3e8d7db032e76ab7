from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.account_access import AccountAccess


class UpdateAccountUserAccessesResponse(
    Model,
):
    """
    Attributes:
        data (AccountAccess | Unset): This defines how a user gets access to accounts(Collaborates into accounts)
    """

    data: AccountAccess | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.account_access import AccountAccess
