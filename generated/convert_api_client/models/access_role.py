from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import Model

if TYPE_CHECKING:
    from ..models.role_permissions import RolePermissions


class AccessRole(
    Model,
):
    """This is the access role that defines the permissions one user has over accounts/projects.

    Attributes:
        name (str | Unset):
        permissions (RolePermissions | Unset):
    """

    name: str | None = None
    permissions: RolePermissions | None = None


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve); msgspec reads the annotations when a decoder is first built.
from ..models.role_permissions import RolePermissions
