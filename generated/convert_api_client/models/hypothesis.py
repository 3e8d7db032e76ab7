from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hypothesis_statuses import HypothesisStatuses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_simple_experience import BaseSimpleExperience
    from ..models.pie_attributes import PIEAttributes
    from ..models.project import Project
    from ..models.tag import Tag
    from ..models.uploaded_file_data import UploadedFileData


T = TypeVar("T", bound="Hypothesis")


@_attrs_define
class Hypothesis:
    """
    Attributes:
        id (int | Unset): The unique numerical identifier for the hypothesis.
        name (str | Unset): A user-defined, concise name for the hypothesis (e.g., "Changing CTA Button Color to Green",
            "Simplifying Signup Form"). This name appears in the Compass section of Convert.
        url (None | str | Unset): (Optional) A URL relevant to this hypothesis, such as the page where the proposed
            change would be implemented or a link to supporting research/data.
        project (int | Project | Unset):
        prioritization_score (str | Unset): The calculated priority score for this hypothesis, based on the chosen
            prioritization_score_type (PIE or ICE) and its attribute scores. Helps in ranking hypotheses to decide which to
            test next. KB: "Hypotheses (Compass)" - "How to Prioritize a Hypothesis".
        objective (str | Unset): A detailed description of the hypothesis. This should clearly state:

            1. The problem observed (e.g., "Low click-through rate on the main CTA").
            2. The proposed solution/change (e.g., "Change the CTA button text from 'Learn More' to 'Get Started Now'").
            3. The expected outcome/impact (e.g., "This will increase clicks on the CTA by 15% because 'Get Started Now' is
            more action-oriented"). KB: "Hypotheses (Compass)" - "What is a Hypothesis".
        status (HypothesisStatuses | Unset): The current stage or outcome of a hypothesis in its lifecycle:

            * draft: The hypothesis is still being formulated or refined; not yet ready for testing.
            * completed: The hypothesis definition is finalized and it's ready to be linked to an experiment or tested.
            * applied: The hypothesis is currently being tested in one or more active experiences.
            * proven: Testing has concluded, and the hypothesis was validated (i.e., the proposed change led to a positive,
            statistically significant outcome). Can be moved to Knowledge Base.
            * disproven: Testing has concluded, and the hypothesis was invalidated (i.e., the proposed change did not lead
            to the expected positive outcome or had a negative impact). Can be moved to Knowledge Base.
            * archived: The hypothesis is no longer active or relevant for current testing but is kept for historical
            records. KB: "Hypotheses (Compass)" - "Status of Hypothesis".
        start_date (datetime.date | None | Unset): (Optional) The date (YYYY-MM-DD) when this hypothesis was
            conceptualized or formally logged.
        end_date (datetime.date | None | Unset): (Optional) The target date (YYYY-MM-DD) by which this hypothesis is
            expected to be tested or resolved.
        summary (str | Unset): (Optional) A brief summary or key takeaway from this hypothesis, often filled in after
            testing.
        description (None | str | Unset): This is more details that want to be added besides the name of the hypothesis
        files (list[UploadedFileData] | None | Unset): Files attached to the hypothesis
        created_at (int | Unset): Unix timestamp (UTC) indicating when this hypothesis was created in the system.
        created_by (None | str | Unset): The name or identifier of the user who created this hypothesis.
        prioritization_score_type (str | Unset): A given description of prioritizing model
        prioritization_score_attributes (PIEAttributes | Unset): Scores for the PIE (Potential, Importance, Ease)
            prioritization model. Each attribute is scored on a scale of 1 to 5. KB: "Hypotheses (Compass)" - "PIE
            prioritization model".
        experiences (list[BaseSimpleExperience | int] | None | Unset): The list of experiences connected to this
            hypothesis
        tags (list[int | Tag] | None | Unset): The list of tags connected to this hypothesis
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    url: None | str | Unset = UNSET
    project: int | Project | Unset = UNSET
    prioritization_score: str | Unset = UNSET
    objective: str | Unset = UNSET
    status: HypothesisStatuses | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    summary: str | Unset = UNSET
    description: None | str | Unset = UNSET
    files: list[UploadedFileData] | None | Unset = UNSET
    created_at: int | Unset = UNSET
    created_by: None | str | Unset = UNSET
    prioritization_score_type: str | Unset = UNSET
    prioritization_score_attributes: PIEAttributes | Unset = UNSET
    experiences: list[BaseSimpleExperience | int] | None | Unset = UNSET
    tags: list[int | Tag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        project: dict[str, Any] | int | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        prioritization_score = self.prioritization_score

        objective = self.objective

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        summary = self.summary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
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

        created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        prioritization_score_type = self.prioritization_score_type

        prioritization_score_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prioritization_score_attributes, Unset):
            prioritization_score_attributes = (
                self.prioritization_score_attributes.to_dict()
            )

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
        if url is not UNSET:
            field_dict["url"] = url
        if project is not UNSET:
            field_dict["project"] = project
        if prioritization_score is not UNSET:
            field_dict["prioritization_score"] = prioritization_score
        if objective is not UNSET:
            field_dict["objective"] = objective
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if summary is not UNSET:
            field_dict["summary"] = summary
        if description is not UNSET:
            field_dict["description"] = description
        if files is not UNSET:
            field_dict["files"] = files
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if prioritization_score_type is not UNSET:
            field_dict["prioritization_score_type"] = prioritization_score_type
        if prioritization_score_attributes is not UNSET:
            field_dict["prioritization_score_attributes"] = (
                prioritization_score_attributes
            )
        if experiences is not UNSET:
            field_dict["experiences"] = experiences
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

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

        prioritization_score = d.pop("prioritization_score", UNSET)

        objective = d.pop("objective", UNSET)

        _status = d.pop("status", UNSET)
        status: HypothesisStatuses | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = HypothesisStatuses(_status)

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

        summary = d.pop("summary", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        created_at = d.pop("created_at", UNSET)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        prioritization_score_type = d.pop("prioritization_score_type", UNSET)

        _prioritization_score_attributes = d.pop(
            "prioritization_score_attributes", UNSET
        )
        prioritization_score_attributes: PIEAttributes | Unset
        if isinstance(_prioritization_score_attributes, Unset):
            prioritization_score_attributes = UNSET
        else:
            prioritization_score_attributes = PIEAttributes.from_dict(
                _prioritization_score_attributes
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

        hypothesis = cls(
            id=id,
            name=name,
            url=url,
            project=project,
            prioritization_score=prioritization_score,
            objective=objective,
            status=status,
            start_date=start_date,
            end_date=end_date,
            summary=summary,
            description=description,
            files=files,
            created_at=created_at,
            created_by=created_by,
            prioritization_score_type=prioritization_score_type,
            prioritization_score_attributes=prioritization_score_attributes,
            experiences=experiences,
            tags=tags,
        )

        hypothesis.additional_properties = d
        return hypothesis

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
from ..models.pie_attributes import PIEAttributes
from ..models.project import Project
from ..models.tag import Tag
from ..models.uploaded_file_data import UploadedFileData
