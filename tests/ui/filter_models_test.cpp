// The filter proxies over a hand-built graph: what the graph, the panels and the counts all read.
#include "models/filter_models.h"
#include "models/graph_models.h"
#include "models/roles.h"

#include <gtest/gtest.h>

#include <memory>

using namespace diplograph;

namespace {

core::Evidence quote(int sentence, double confidence)
{
    core::Evidence evidence;
    evidence.sentence = sentence;
    evidence.range = {static_cast<std::size_t>(sentence) * 10, static_cast<std::size_t>(sentence) * 10 + 5};
    evidence.quote = "quote";
    evidence.rule = "test";
    evidence.confidence = confidence;
    return evidence;
}

core::Relation relation(const char* id, core::RelationType type, const char* source, const char* target,
                        std::vector<core::Evidence> evidence)
{
    core::Relation out;
    out.id = id;
    out.type = type;
    out.source = source;
    out.target = target;
    out.directed = type != core::RelationType::Cooperation;
    out.evidence = std::move(evidence);
    return out;
}

core::Actor actor(const char* id)
{
    core::Actor out;
    out.id = id;
    out.name = id;
    out.kind = core::ActorKind::State;
    out.entity = id;
    out.mentions = {{0, 3}};
    return out;
}

// Two articles: A (2025-01-10) has CHN->USA criticism x2 (0.9, 0.4) and CHN-RUS cooperation;
// B (undated) has USA->CHN rejection, plus an actor (FRA) on no relation.
core::GraphView makeView()
{
    core::ArticleResult a;
    a.actors = {actor("CHN"), actor("USA"), actor("RUS")};
    a.relations = {relation("r1", core::RelationType::Criticism, "CHN", "USA", {quote(1, 0.9), quote(2, 0.4)}),
                   relation("r2", core::RelationType::Cooperation, "CHN", "RUS", {quote(3, 0.8)})};
    core::ArticleResult b;
    b.actors = {actor("CHN"), actor("USA"), actor("FRA")};
    b.relations = {relation("r1", core::RelationType::Rejection, "USA", "CHN", {quote(1, 0.7)})};
    std::vector<core::GraphArticle> articles(2);
    articles[0].record.id = 1;
    articles[0].record.title = "A";
    articles[0].record.date = "2025-01-10";
    articles[0].result = std::make_shared<const core::ArticleResult>(a);
    articles[1].record.id = 2;
    articles[1].record.title = "B";
    articles[1].result = std::make_shared<const core::ArticleResult>(b);
    core::GraphFilter filter;
    filter.includeIsolated = true;
    return core::Graph::build(articles, core::GraphLevel::Entity).view(filter);
}

struct Models {
    core::GraphView view = makeView();
    ui::RelationModel relations;
    ui::ActorModel actors;
    ui::RelationFilterModel relationFilter;
    ui::ActorFilterModel actorFilter{&relationFilter};

    Models()
    {
        relations.setView(&view);
        actors.setView(&view);
        relationFilter.setRelationModel(&relations);
        actorFilter.setSourceModel(&actors);
    }
};

} // namespace

TEST(FilterModelsTest, EverythingButIsolatedActorsByDefault)
{
    Models m;
    EXPECT_EQ(m.relationFilter.rowCount(), 3);
    EXPECT_EQ(m.actorFilter.visibleActorIds(), (QSet<QString>{"CHN", "USA", "RUS"}));
    m.relationFilter.setShowIsolated(true);
    EXPECT_TRUE(m.actorFilter.visibleActorIds().contains(QStringLiteral("FRA")));
}

TEST(FilterModelsTest, TypeCheckboxesHideEdgesAndTheirLoneActors)
{
    Models m;
    m.relationFilter.setTypeEnabled(core::RelationType::Cooperation, false);
    EXPECT_EQ(m.relationFilter.rowCount(), 2);
    EXPECT_FALSE(m.actorFilter.visibleActorIds().contains(QStringLiteral("RUS")));
    EXPECT_EQ(m.relationFilter.typeCount(core::RelationType::Cooperation), 1); // counts ignore the type filter
}

TEST(FilterModelsTest, ConfidenceDropsQuotesBeforeWeighing)
{
    Models m;
    m.relationFilter.setMinWeight(2);
    EXPECT_EQ(m.relationFilter.visibleEdgeIds().size(), 1); // only the criticism has two quotes
    m.relationFilter.setMinConfidence(0.5);
    EXPECT_EQ(m.relationFilter.visibleEdgeIds().size(), 0); // one of its quotes is 0.4
    m.relationFilter.setMinWeight(1);
    EXPECT_EQ(m.relationFilter.visibleEdgeIds().size(), 3);
    const int row = m.relations.rowOf(QStringLiteral("criticism:CHN>USA"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m.relationFilter.survivingWeight(*m.relations.edge(row)), 1);
}

TEST(FilterModelsTest, ArticlesAndDatesRestrictTheEvidence)
{
    Models m;
    m.relationFilter.setArticles(QSet<core::ArticleId>{2});
    EXPECT_EQ(m.relationFilter.visibleEdgeIds(), (QSet<QString>{"rejection:USA>CHN"}));
    m.relationFilter.setArticles(std::nullopt);
    m.relationFilter.setDateRange(QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"));
    EXPECT_FALSE(m.relationFilter.visibleEdgeIds().contains(QStringLiteral("rejection:USA>CHN"))); // B is undated
    EXPECT_TRUE(m.relationFilter.visibleEdgeIds().contains(QStringLiteral("criticism:CHN>USA")));
    m.relationFilter.setDateRange(QStringLiteral("2025-02-01"), QString());
    EXPECT_TRUE(m.relationFilter.visibleEdgeIds().isEmpty());
}

TEST(FilterModelsTest, ModelsExposeIdsThroughRoles)
{
    Models m;
    const QModelIndex edge = m.relationFilter.index(0, 0);
    EXPECT_FALSE(edge.data(ui::IdRole).toString().isEmpty());
    EXPECT_GT(edge.data(ui::TypeRole).toInt(), 0);
    const int row = m.actors.rowOf(QStringLiteral("CHN"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m.actors.index(row, 0).data(ui::IdRole).toString(), QStringLiteral("CHN"));
    EXPECT_EQ(m.actors.index(row, ui::ActorModel::KindColumn).data().toString(), QStringLiteral("State"));
}
