#include "diplograph/result.h"
#include "diplograph/types.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace diplograph::core {

namespace {

constexpr std::array<std::string_view, 6> kActorKindNames = {"invalid", "state", "organisation", "group", "agency",
                                                              "person"};
constexpr std::array<std::string_view, 4> kRelationTypeNames = {"invalid", "cooperation", "criticism", "rejection"};

} // namespace

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return "invalid";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Unreadable: return "unreadable";
    case ErrorCode::Empty: return "empty";
    case ErrorCode::Binary: return "binary";
    case ErrorCode::TooLarge: return "too-large";
    case ErrorCode::Parse: return "parse";
    case ErrorCode::Io: return "io";
    case ErrorCode::NotAWorkspace: return "not-a-workspace";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::NewerSchema: return "newer-schema";
    case ErrorCode::ReadOnly: return "read-only";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::Database: return "database";
    case ErrorCode::Cancelled: return "cancelled";
    }
    return "invalid";
}

const char* actorKindName(ActorKind kind)
{
    return kActorKindNames.at(static_cast<std::size_t>(kind)).data();
}

const char* relationTypeName(RelationType type)
{
    return kRelationTypeNames.at(static_cast<std::size_t>(type)).data();
}

ActorKind actorKindFromName(std::string_view name)
{
    const auto it = std::find(kActorKindNames.begin() + 1, kActorKindNames.end(), name);
    return it == kActorKindNames.end() ? ActorKind::Invalid : static_cast<ActorKind>(it - kActorKindNames.begin());
}

RelationType relationTypeFromName(std::string_view name)
{
    const auto it = std::find(kRelationTypeNames.begin() + 1, kRelationTypeNames.end(), name);
    return it == kRelationTypeNames.end() ? RelationType::Invalid
                                          : static_cast<RelationType>(it - kRelationTypeNames.begin());
}

const Actor* ArticleResult::findActor(std::string_view id) const
{
    const auto it = std::find_if(actors.begin(), actors.end(), [id](const Actor& actor) { return actor.id == id; });
    return it == actors.end() ? nullptr : &*it;
}

} // namespace diplograph::core
