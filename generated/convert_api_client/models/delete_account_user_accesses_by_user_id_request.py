from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.delete_account_user_accesses_by_user_id_request_accesses_item import (
        DeleteAccountUserAccessesByUserIdRequestAccessesItem,
    )


class DeleteAccountUserAccessesByUserIdRequest(
    Model,
    omit_defaults=False,
):
    """Identifies an active collaborator by user_id.

    Attributes:
        user_id (None | str | Unset): The unique system identifier for an active Convert user. Null if the user is only
            an invitee (pending acceptance).
        accesses (list[DeleteAccountUserAccessesByUserIdRequestAccessesItem] | Unset): A list defining the user's access
            to specific projects or all projects within the account. Each item specifies a project (ID or null for all
            projects) and the role granted.
    """

    user_id: None | str | UnsetType = UNSET
    accesses: list[DeleteAccountUserAccessesByUserIdRequestAccessesItem] | UnsetType = (
        UNSET
    )


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.delete_account_user_accesses_by_user_id_request_accesses_item import (
    DeleteAccountUserAccessesByUserIdRequestAccessesItem,
)
