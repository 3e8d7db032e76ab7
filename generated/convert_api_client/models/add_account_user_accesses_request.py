from __future__ import annotations

from typing import TYPE_CHECKING

from ..models.account_user_accesses_expand_fields import AccountUserAccessesExpandFields
from ..types import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from ..models.add_account_user_accesses_request_accesses_item import (
        AddAccountUserAccessesRequestAccessesItem,
    )


class AddAccountUserAccessesRequest(
    Model,
    omit_defaults=False,
):
    """
    Attributes:
        accesses (list[AddAccountUserAccessesRequestAccessesItem]): List of projects the user can access
        email (str): The email address of the collaborator or invitee.
        first_name (str | Unset): Collaborator's first name
        last_name (str | Unset): Collaborator's last name
        custom_message (str | Unset): (For invitations) A custom message to include in the invitation email sent to a
            new collaborator.
        expand (list[AccountUserAccessesExpandFields] | Unset): Specifies linked objects to expand in the response,
            e.g., 'accesses.project'. Refer to the Expanding Fields section.
    """

    accesses: list[AddAccountUserAccessesRequestAccessesItem]
    email: str
    first_name: str | UnsetType = UNSET
    last_name: str | UnsetType = UNSET
    custom_message: str | UnsetType = UNSET
    expand: list[AccountUserAccessesExpandFields] | UnsetType = UNSET


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.add_account_user_accesses_request_accesses_item import (
    AddAccountUserAccessesRequestAccessesItem,
)
