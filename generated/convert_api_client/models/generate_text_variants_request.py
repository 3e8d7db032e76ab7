from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_text_variants_request_parameters import (
        GenerateTextVariantsRequestParameters,
    )


T = TypeVar("T", bound="GenerateTextVariantsRequest")


@_attrs_define
class GenerateTextVariantsRequest:
    """
    Attributes:
        parameters (GenerateTextVariantsRequestParameters): Parameters to customize the AI generation process.
        content (str): The original text content (e.g., headline, call-to-action, product description) that you want the
            AI to rewrite or generate variations for.
        open_ai_key (str | Unset): (Optional) Your OpenAI API key. Providing this may allow for using more advanced
            OpenAI models (e.g., GPT-4) or handling larger context_content, potentially leading to higher quality or more
            nuanced variations. If not provided, Convert's default AI capabilities will be used.
        context_content (str | Unset): (Optional) Additional text to provide context to the AI model, helping it
            understand the subject matter, tone, or specific constraints for the generated variations. For example, you
            could provide the product page content if generating a headline for that product. If no openAI_Key is provided,
            this content may be trimmed to the first 200 words. When principle_class=none is provided, this field can be
            used for custom prompt instructions.
        previous_responses (list[str] | Unset): (Optional) A list of text strings representing previously generated AI
            variants for the same input content. Providing these helps the AI avoid generating duplicate or very similar
            suggestions, ensuring more diverse outputs if requesting variations iteratively.
        principle_class (Any | Unset): Framework model from which principles used for text generation are selected (e.g.
            `none`). The reference types this field as "any".
    """

    parameters: GenerateTextVariantsRequestParameters
    content: str
    open_ai_key: str | Unset = UNSET
    context_content: str | Unset = UNSET
    previous_responses: list[str] | Unset = UNSET
    principle_class: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters.to_dict()

        content = self.content

        open_ai_key = self.open_ai_key

        context_content = self.context_content

        previous_responses: list[str] | Unset = UNSET
        if not isinstance(self.previous_responses, Unset):
            previous_responses = self.previous_responses

        principle_class = self.principle_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
                "content": content,
            }
        )
        if open_ai_key is not UNSET:
            field_dict["openAI_Key"] = open_ai_key
        if context_content is not UNSET:
            field_dict["context_content"] = context_content
        if previous_responses is not UNSET:
            field_dict["previousResponses"] = previous_responses
        if principle_class is not UNSET:
            field_dict["principle_class"] = principle_class

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        parameters = GenerateTextVariantsRequestParameters.from_dict(
            d.pop("parameters")
        )

        content = d.pop("content")

        open_ai_key = d.pop("openAI_Key", UNSET)

        context_content = d.pop("context_content", UNSET)

        previous_responses = cast(list[str], d.pop("previousResponses", UNSET))

        principle_class = d.pop("principle_class", UNSET)

        generate_text_variants_request = cls(
            parameters=parameters,
            content=content,
            open_ai_key=open_ai_key,
            context_content=context_content,
            previous_responses=previous_responses,
            principle_class=principle_class,
        )

        generate_text_variants_request.additional_properties = d
        return generate_text_variants_request

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
from ..models.generate_text_variants_request_parameters import (
    GenerateTextVariantsRequestParameters,
)
