from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.account_user_accesses_expand_fields import AccountUserAccessesExpandFields
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.update_account_user_accesses_by_user_id_request_accesses_item import (
        UpdateAccountUserAccessesByUserIdRequestAccessesItem,
    )


class UpdateAccountUserAccessesByUserIdRequest(
    Model,
    omit_defaults=False,
):
    """Identifies an active collaborator by user_id.

    Attributes:
        user_id (None | str | Unset): The unique system identifier for an active Convert user. Null if the user is only
            an invitee (pending acceptance).
        first_name (str | Unset): Collaborator's first name
        last_name (str | Unset): Collaborator's last name
        accesses (list[UpdateAccountUserAccessesByUserIdRequestAccessesItem] | Unset): List of projects the user can
            access
        custom_message (str | Unset): (For invitations) A custom message to include in the invitation email sent to a
            new collaborator.
        expand (list[AccountUserAccessesExpandFields] | Unset): Specifies linked objects to expand in the response,
            e.g., 'accesses.project'. Refer to the Expanding Fields section.
    """

    user_id: None | str | UnsetType = UNSET
    first_name: str | UnsetType = UNSET
    last_name: str | UnsetType = UNSET
    accesses: list[UpdateAccountUserAccessesByUserIdRequestAccessesItem] | UnsetType = (
        UNSET
    )
    custom_message: str | UnsetType = UNSET
    expand: list[AccountUserAccessesExpandFields] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.update_account_user_accesses_by_user_id_request_accesses_item import (
    UpdateAccountUserAccessesByUserIdRequestAccessesItem,
)
