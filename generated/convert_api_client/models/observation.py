from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observation_statuses import ObservationStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.observation_image_data import ObservationImageData
    from ..models.project import Project
    from ..models.tag import Tag
    from ..models.uploaded_file_data import UploadedFileData


T = TypeVar("T", bound="Observation")


@_attrs_define
class Observation:
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for the observation.
        name (str | Unset): A user-defined, concise title for the observation (e.g., "Users drop off on pricing page",
            "High bounce rate on mobile landing page", "Positive feedback on new feature idea").
        description (str | Unset): (Optional) A detailed description of the observation, including context, data points,
            user quotes, or any relevant details that support the insight.
        project (int | Project | Unset):
        status (ObservationStatuses | Unset): The current status of an observation in its lifecycle:

            * active: The observation is current, under consideration, or being actively discussed. This is the default for
            new observations.
            * archived: The observation has been reviewed and is no longer actively being pursued (e.g., deemed not
            actionable, superseded, or already addressed). It's kept for historical records. Knowledge Base: "Observations
            Feature Guide" - "Status Management".
        url (str | Unset): (Optional) A URL relevant to this observation, such as the page where the behavior was
            observed or a link to an analytics report.
        created_by (None | str | Unset): The name or identifier of the user who created this observation.
        created_at (int | Unset): Unix timestamp (UTC) indicating when this observation was created in the system.
        images (list[ObservationImageData] | None | Unset): This is the document that is used as a visual representation
            of the observe feature
        files (list[UploadedFileData] | None | Unset): This is the document that is used as a visual representation of
            the observe feature
        tags (list[int | Tag] | None | Unset): The list of tags connected to this observation
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    project: int | Project | Unset = UNSET
    status: ObservationStatuses | Unset = UNSET
    url: str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    images: list[ObservationImageData] | None | Unset = UNSET
    files: list[UploadedFileData] | None | Unset = UNSET
    tags: list[int | Tag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        project: dict[str, Any] | int | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        url = self.url

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_at = self.created_at

        images: list[dict[str, Any]] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

        tags: list[dict[str, Any] | int] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item: dict[str, Any] | int
                if isinstance(tags_type_0_item_data, Tag):
                    tags_type_0_item = tags_type_0_item_data.to_dict()
                else:
                    tags_type_0_item = tags_type_0_item_data
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if project is not UNSET:
            field_dict["project"] = project
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if images is not UNSET:
            field_dict["images"] = images
        if files is not UNSET:
            field_dict["files"] = files
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        def _parse_project(data: object) -> int | Project | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_project_expandable_type_1 = Project.from_dict(data)

                return componentsschemas_project_expandable_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | Project | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        _status = d.pop("status", UNSET)
        status: ObservationStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ObservationStatuses(_status)

        url = d.pop("url", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        created_at = d.pop("created_at", UNSET)

        def _parse_images(data: object) -> list[ObservationImageData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = []
                _images_type_0 = data
                if not isinstance(_images_type_0, list):
                    raise TypeError(
                        f"images_type_0: expected a list, got {type(_images_type_0).__name__}"
                    )
                for images_type_0_item_data in _images_type_0:
                    images_type_0_item = ObservationImageData.from_dict(
                        images_type_0_item_data
                    )

                    images_type_0.append(images_type_0_item)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ObservationImageData] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_files(data: object) -> list[UploadedFileData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                if not isinstance(_files_type_0, list):
                    raise TypeError(
                        f"files_type_0: expected a list, got {type(_files_type_0).__name__}"
                    )
                for files_type_0_item_data in _files_type_0:
                    files_type_0_item = UploadedFileData.from_dict(
                        files_type_0_item_data
                    )

                    files_type_0.append(files_type_0_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UploadedFileData] | None | Unset, data)

        files = _parse_files(d.pop("files", UNSET))

        def _parse_tags(data: object) -> list[int | Tag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                if not isinstance(_tags_type_0, list):
                    raise TypeError(
                        f"tags_type_0: expected a list, got {type(_tags_type_0).__name__}"
                    )
                for tags_type_0_item_data in _tags_type_0:

                    def _parse_tags_type_0_item(data: object) -> int | Tag:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tag_expandable_type_1 = Tag.from_dict(
                                data
                            )

                            return componentsschemas_tag_expandable_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(int | Tag, data)

                    tags_type_0_item = _parse_tags_type_0_item(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | Tag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        observation = cls(
            id=id,
            name=name,
            description=description,
            project=project,
            status=status,
            url=url,
            created_by=created_by,
            created_at=created_at,
            images=images,
            files=files,
            tags=tags,
        )

        observation.additional_properties = d
        return observation

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
from ..models.observation_image_data import ObservationImageData
from ..models.project import Project
from ..models.tag import Tag
from ..models.uploaded_file_data import UploadedFileData
