from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_export_object import ProjectExportObject


T = TypeVar("T", bound="ExportProjectRequest")


@_attrs_define
class ExportProjectRequest:
    """Specifies which components of the project to include in the JSON export.

    Attributes:
        include_project (bool | Unset): If true (default), includes the main project settings and configurations in the
            export. If false, only selected sub-entities (experiences, goals, etc.) might be exported. Default: True.
        experiences (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
        audiences (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
        locations (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
        goals (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences, goals)
            within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs except
            these). If both are omitted, all items of that entity type are included.
        hypothesis (ProjectExportObject | Unset): Defines filtering for a specific type of entity (e.g., experiences,
            goals) within a project export. Allows either an include list (only these IDs) or an exclude list (all IDs
            except these). If both are omitted, all items of that entity type are included.
    """

    include_project: bool | Unset = True
    experiences: ProjectExportObject | Unset = UNSET
    audiences: ProjectExportObject | Unset = UNSET
    locations: ProjectExportObject | Unset = UNSET
    goals: ProjectExportObject | Unset = UNSET
    hypothesis: ProjectExportObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_project = self.include_project

        experiences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experiences, Unset):
            experiences = self.experiences.to_dict()

        audiences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = self.audiences.to_dict()

        locations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations.to_dict()

        goals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.goals, Unset):
            goals = self.goals.to_dict()

        hypothesis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hypothesis, Unset):
            hypothesis = self.hypothesis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_project is not UNSET:
            field_dict["includeProject"] = include_project
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if locations is not UNSET:
            field_dict["locations"] = locations
        if goals is not UNSET:
            field_dict["goals"] = goals
        if hypothesis is not UNSET:
            field_dict["hypothesis"] = hypothesis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include_project = d.pop("includeProject", UNSET)

        _experiences = d.pop("experiences", UNSET)
        experiences: ProjectExportObject | Unset
        if isinstance(_experiences, Unset):
            experiences = UNSET
        else:
            experiences = ProjectExportObject.from_dict(_experiences)

        _audiences = d.pop("audiences", UNSET)
        audiences: ProjectExportObject | Unset
        if isinstance(_audiences, Unset):
            audiences = UNSET
        else:
            audiences = ProjectExportObject.from_dict(_audiences)

        _locations = d.pop("locations", UNSET)
        locations: ProjectExportObject | Unset
        if isinstance(_locations, Unset):
            locations = UNSET
        else:
            locations = ProjectExportObject.from_dict(_locations)

        _goals = d.pop("goals", UNSET)
        goals: ProjectExportObject | Unset
        if isinstance(_goals, Unset):
            goals = UNSET
        else:
            goals = ProjectExportObject.from_dict(_goals)

        _hypothesis = d.pop("hypothesis", UNSET)
        hypothesis: ProjectExportObject | Unset
        if isinstance(_hypothesis, Unset):
            hypothesis = UNSET
        else:
            hypothesis = ProjectExportObject.from_dict(_hypothesis)

        export_project_request = cls(
            include_project=include_project,
            experiences=experiences,
            audiences=audiences,
            locations=locations,
            goals=goals,
            hypothesis=hypothesis,
        )

        export_project_request.additional_properties = d
        return export_project_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other are imported here, once, after this class exists (so cycles
# resolve), instead of inside to_dict/from_dict on every call.
from ..models.project_export_object import ProjectExportObject
