from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.knowledge_base_statuses import KnowledgeBaseStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_simple_experience import BaseSimpleExperience
    from ..models.knowledge_base_prioritization_score_attributes_type_0 import (
        KnowledgeBasePrioritizationScoreAttributesType0,
    )
    from ..models.project import Project
    from ..models.tag import Tag
    from ..models.uploaded_file_data import UploadedFileData


T = TypeVar("T", bound="KnowledgeBase")


@_attrs_define
class KnowledgeBase:
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for this Knowledge Base entry.
        name (str | Unset): A concise title for the Knowledge Base entry, often derived from the original hypothesis
            name or a summary of the key learning (e.g., "Green CTA Button Increased Signups by 10%", "Simplified Navigation
            Did Not Improve Task Completion").
        project (int | Project | Unset):
        status (KnowledgeBaseStatuses | Unset): The status of a Knowledge Base entry:

            * active: The entry is current and relevant.
            * archived: The entry is kept for historical purposes but may no longer be considered current best practice or
            has been superseded by newer learnings.
        summary (str | Unset): A detailed summary of the findings, insights, and conclusions derived from the tested
            hypothesis that led to this Knowledge Base entry. This should articulate what was learned, whether the
            hypothesis was proven or disproven, and any actionable takeaways.
        url (None | str | Unset): Url reference for the knowledge base
        objective (str | Unset): A given description for the knowledge base to easily identify it later
        start_date (datetime.date | None | Unset): The date in format YYYY-MM-DD
        end_date (datetime.date | None | Unset): The date in format YYYY-MM-DD
        prioritization_score_type (None | str | Unset): A given description of prioritizing model
        prioritization_score_attributes (KnowledgeBasePrioritizationScoreAttributesType0 | None | Unset): Prioritization
            score attributes
        experiences (list[BaseSimpleExperience | int] | None | Unset): The list of experiences connected to this
            knowledge base
        description (str | Unset): Detailed description of the knowledge base
        files (list[UploadedFileData] | None | Unset): Files attached to the knowledge base
        created_by (None | str | Unset): The name or identifier of the user who created this Knowledge Base entry (often
            the person who marked the source hypothesis as proven/disproven).
        updated_at (int | Unset): Unix timestamp (UTC) indicating when this Knowledge Base entry was last updated or
            created.
        tags (list[int | Tag] | None | Unset): The list of tags connected to this knowledge base
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    project: int | Project | Unset = UNSET
    status: KnowledgeBaseStatuses | Unset = UNSET
    summary: str | Unset = UNSET
    url: None | str | Unset = UNSET
    objective: str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    prioritization_score_type: None | str | Unset = UNSET
    prioritization_score_attributes: (
        KnowledgeBasePrioritizationScoreAttributesType0 | None | Unset
    ) = UNSET
    experiences: list[BaseSimpleExperience | int] | None | Unset = UNSET
    description: str | Unset = UNSET
    files: list[UploadedFileData] | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_at: int | Unset = UNSET
    tags: list[int | Tag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        summary = self.summary

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        objective = self.objective

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        prioritization_score_type: None | str | Unset
        if isinstance(self.prioritization_score_type, Unset):
            prioritization_score_type = UNSET
        else:
            prioritization_score_type = self.prioritization_score_type

        prioritization_score_attributes: dict[str, Any] | None | Unset
        if isinstance(self.prioritization_score_attributes, Unset):
            prioritization_score_attributes = UNSET
        elif isinstance(
            self.prioritization_score_attributes,
            KnowledgeBasePrioritizationScoreAttributesType0,
        ):
            prioritization_score_attributes = (
                self.prioritization_score_attributes.to_dict()
            )
        else:
            prioritization_score_attributes = self.prioritization_score_attributes

        experiences: list[dict[str, Any] | int] | None | Unset
        if isinstance(self.experiences, Unset):
            experiences = UNSET
        elif isinstance(self.experiences, list):
            experiences = []
            for experiences_type_0_item_data in self.experiences:
                experiences_type_0_item: dict[str, Any] | int
                if isinstance(experiences_type_0_item_data, BaseSimpleExperience):
                    experiences_type_0_item = experiences_type_0_item_data.to_dict()
                else:
                    experiences_type_0_item = experiences_type_0_item_data
                experiences.append(experiences_type_0_item)

        else:
            experiences = self.experiences

        description = self.description

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

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_at = self.updated_at

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
        if project is not UNSET:
            field_dict["project"] = project
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if url is not UNSET:
            field_dict["url"] = url
        if objective is not UNSET:
            field_dict["objective"] = objective
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if prioritization_score_type is not UNSET:
            field_dict["prioritization_score_type"] = prioritization_score_type
        if prioritization_score_attributes is not UNSET:
            field_dict["prioritization_score_attributes"] = (
                prioritization_score_attributes
            )
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if description is not UNSET:
            field_dict["description"] = description
        if files is not UNSET:
            field_dict["files"] = files
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

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
        status: KnowledgeBaseStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = KnowledgeBaseStatuses(_status)

        summary = d.pop("summary", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        objective = d.pop("objective", UNSET)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_prioritization_score_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prioritization_score_type = _parse_prioritization_score_type(
            d.pop("prioritization_score_type", UNSET)
        )

        def _parse_prioritization_score_attributes(
            data: object,
        ) -> KnowledgeBasePrioritizationScoreAttributesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prioritization_score_attributes_type_0 = (
                    KnowledgeBasePrioritizationScoreAttributesType0.from_dict(data)
                )

                return prioritization_score_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                KnowledgeBasePrioritizationScoreAttributesType0 | None | Unset, data
            )

        prioritization_score_attributes = _parse_prioritization_score_attributes(
            d.pop("prioritization_score_attributes", UNSET)
        )

        def _parse_experiences(
            data: object,
        ) -> list[BaseSimpleExperience | int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experiences_type_0 = []
                _experiences_type_0 = data
                if not isinstance(_experiences_type_0, list):
                    raise TypeError(
                        f"experiences_type_0: expected a list, got {type(_experiences_type_0).__name__}"
                    )
                for experiences_type_0_item_data in _experiences_type_0:

                    def _parse_experiences_type_0_item(
                        data: object,
                    ) -> BaseSimpleExperience | int:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_base_experience_expandable_type_1 = (
                                BaseSimpleExperience.from_dict(data)
                            )

                            return componentsschemas_base_experience_expandable_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(BaseSimpleExperience | int, data)

                    experiences_type_0_item = _parse_experiences_type_0_item(
                        experiences_type_0_item_data
                    )

                    experiences_type_0.append(experiences_type_0_item)

                return experiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BaseSimpleExperience | int] | None | Unset, data)

        experiences = _parse_experiences(d.pop("experiences", UNSET))

        description = d.pop("description", UNSET)

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

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        updated_at = d.pop("updated_at", UNSET)

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

        knowledge_base = cls(
            id=id,
            name=name,
            project=project,
            status=status,
            summary=summary,
            url=url,
            objective=objective,
            start_date=start_date,
            end_date=end_date,
            prioritization_score_type=prioritization_score_type,
            prioritization_score_attributes=prioritization_score_attributes,
            experiences=experiences,
            description=description,
            files=files,
            created_by=created_by,
            updated_at=updated_at,
            tags=tags,
        )

        knowledge_base.additional_properties = d
        return knowledge_base

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
from ..models.base_simple_experience import BaseSimpleExperience
from ..models.knowledge_base_prioritization_score_attributes_type_0 import (
    KnowledgeBasePrioritizationScoreAttributesType0,
)
from ..models.project import Project
from ..models.tag import Tag
from ..models.uploaded_file_data import UploadedFileData
