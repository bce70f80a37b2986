"""The schema is a superset of the public contract: every type, field, argument and enum value."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLSchema,
    build_schema,
)

from schema import schema

CONTRACT = Path(__file__).parents[1] / "schema" / "contract.graphql"
SHARED = Path(__file__).parents[2] / "shared" / "contract" / "schema.graphql"


def contract() -> GraphQLSchema:
    return build_schema(CONTRACT.read_text(encoding="utf-8"))


def missing_from(ours: GraphQLSchema, theirs: GraphQLSchema) -> list[str]:
    """Everything the contract has that our schema lacks or types differently."""
    problems = []
    for name, their_type in theirs.type_map.items():
        if name.startswith("__"):
            continue
        our_type = ours.type_map.get(name)
        if our_type is None or not isinstance(our_type, type(their_type)):
            problems.append(f"type {name}: missing or of another kind")
            continue
        if isinstance(their_type, GraphQLEnumType):
            problems += [f"enum {name}.{v}: missing" for v in their_type.values if v not in our_type.values]
        if isinstance(their_type, GraphQLObjectType | GraphQLInterfaceType):
            ours_interfaces = {i.name for i in our_type.interfaces}
            problems += [
                f"type {name}: does not implement {i.name}"
                for i in their_type.interfaces
                if i.name not in ours_interfaces
            ]
        if isinstance(their_type, GraphQLScalarType | GraphQLEnumType):
            continue
        for field_name, their_field in their_type.fields.items():
            our_field = our_type.fields.get(field_name)
            if our_field is None or str(our_field.type) != str(their_field.type):
                problems.append(
                    f"field {name}.{field_name}: want {their_field.type}, have {our_field and our_field.type}"
                )
                continue
            if isinstance(their_type, GraphQLInputObjectType):
                continue
            for arg_name, their_arg in their_field.args.items():
                our_arg = our_field.args.get(arg_name)
                if our_arg is None or str(our_arg.type) != str(their_arg.type):
                    problems.append(f"argument {name}.{field_name}({arg_name}): want {their_arg.type}")
            problems += [
                f"argument {name}.{field_name}({a}): required here, not in the contract"
                for a, arg in our_field.args.items()
                if a not in their_field.args and str(arg.type).endswith("!") and arg.default_value is None
            ]
    return problems


def test_the_schema_is_a_superset_of_the_contract() -> None:
    assert missing_from(schema._schema, contract()) == []


def test_the_check_catches_a_missing_field() -> None:
    broken = build_schema(CONTRACT.read_text(encoding="utf-8").replace("  iso2: String!\n", "", 1))
    assert missing_from(broken, contract()) == ["field Country.iso2: want String!, have None"]


@pytest.mark.skipif(not SHARED.exists(), reason="the shared contract is not checked out beside the repo")
def test_the_copy_of_the_contract_is_current() -> None:
    assert CONTRACT.read_text(encoding="utf-8") == SHARED.read_text(encoding="utf-8")


PUBLISHED = Path(__file__).parents[1] / "schema" / "schema.graphql"


def test_the_published_sdl_is_current() -> None:
    # Regenerate with: entente schema > schema/schema.graphql
    assert PUBLISHED.read_text(encoding="utf-8") == schema.as_str() + "\n"
