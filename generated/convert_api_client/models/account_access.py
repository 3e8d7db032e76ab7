from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.account_access_accesses_item import AccountAccessAccessesItem


class AccountAccess(
    Model,
):
    """This defines how a user gets access to accounts(Collaborates into accounts)

    Attributes:
        first_name (str | Unset): Collaborator's first name
        last_name (str | Unset): Collaborator's last name
        accesses (list[AccountAccessAccessesItem] | Unset): List of projects the user can access
        email (str | Unset): The email address of the collaborator or invitee.
        user_id (None | str | Unset): The unique system identifier for an active Convert user. Null if the user is only
            an invitee (pending acceptance).
    """

    first_name: str | None = None
    last_name: str | None = None
    accesses: list[AccountAccessAccessesItem] | None = None
    email: str | None = None
    user_id: None | str = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.account_access_accesses_item import AccountAccessAccessesItem
