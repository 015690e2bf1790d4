#include "diplograph/result.h"
#include "diplograph/types.h"

#include <gtest/gtest.h>

using namespace diplograph::core;

TEST(TypesTest, NamesRoundTrip)
{
    for (auto kind : {ActorKind::State, ActorKind::Organisation, ActorKind::Group, ActorKind::Agency,
                      ActorKind::Person}) {
        EXPECT_EQ(actorKindFromName(actorKindName(kind)), kind);
    }
    for (auto type : {RelationType::Cooperation, RelationType::Criticism, RelationType::Rejection}) {
        EXPECT_EQ(relationTypeFromName(relationTypeName(type)), type);
    }
    EXPECT_EQ(relationTypeFromName("praise"), RelationType::Invalid);
}

TEST(ResultTest, HoldsValueOrError)
{
    Result<int> good = 3;
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 3);
    Result<int> bad = fail(ErrorCode::NotFound, "no such file: x");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::NotFound);
    EXPECT_STREQ(errorCodeName(bad.error().code), "not-found");
}
