#include "diplograph/graph.h"
#include "graph_fixtures.h"

#include <gtest/gtest.h>

namespace diplograph::core {
namespace {

using test::makeArticle;
using test::RelationSpec;
constexpr auto kCriticism = RelationType::Criticism;
constexpr auto kCooperation = RelationType::Cooperation;
constexpr auto kRejection = RelationType::Rejection;

std::vector<GraphArticle> twoArticles()
{
    return {makeArticle(1, "First",
                        {{kCriticism, "IRN/embassy", "USA", {"Iran's embassy criticised the US."}},
                         {kCooperation, "CHN", "RUS", {"China and Russia signed a pact."}}},
                        "2024-01-10"),
            makeArticle(2, "Second",
                        {{kCriticism, "IRN", "USA", {"Iran condemned Washington.", "Tehran protested."}},
                         {kCooperation, "RUS", "CHN", {"Moscow and Beijing agreed."}}},
                        "2024-03-02")};
}

TEST(GraphTest, AgentLevelKeepsAgentsApart)
{
    const auto view = Graph::build(twoArticles(), GraphLevel::Agent).view();
    ASSERT_NE(view.findNode("IRN/embassy"), nullptr);
    ASSERT_NE(view.findNode("IRN"), nullptr);
    ASSERT_NE(view.findEdge("criticism:IRN/embassy>USA"), nullptr);
    EXPECT_EQ(view.findEdge("criticism:IRN>USA")->weight, 2);
    EXPECT_EQ(view.findNode("IRN/embassy")->entity, "IRN");
}

TEST(GraphTest, EntityLevelCollapsesAgentsAndKeepsEveryQuote)
{
    const auto view = Graph::build(twoArticles(), GraphLevel::Entity).view();
    EXPECT_EQ(view.findNode("IRN/embassy"), nullptr);
    const auto* edge = view.findEdge("criticism:IRN>USA");
    ASSERT_NE(edge, nullptr);
    EXPECT_EQ(edge->weight, 3);
    ASSERT_EQ(edge->evidence.size(), 3u);
    EXPECT_EQ(edge->evidence[0].article, 1);
    EXPECT_EQ(edge->evidence[0].evidence->quote, "Iran's embassy criticised the US.");
    EXPECT_EQ(edge->evidence[0].record->title, "First");
    EXPECT_EQ(view.findNode("IRN")->name, "Name of IRN");
}

TEST(GraphTest, CooperationIsOneUndirectedEdgeWithOrderedEnds)
{
    const auto view = Graph::build(twoArticles(), GraphLevel::Entity).view();
    const auto* edge = view.findEdge("cooperation:CHN-RUS");
    ASSERT_NE(edge, nullptr);
    EXPECT_FALSE(edge->directed);
    EXPECT_EQ(edge->source, "CHN");
    EXPECT_EQ(edge->weight, 2);
    EXPECT_EQ(view.edges.size(), 2u);
}

TEST(GraphTest, DegreesAndComponents)
{
    auto articles = twoArticles();
    articles.push_back(makeArticle(3, "Third", {{kRejection, "USA", "IRN", {"The US rejected Iran's demand."}}}));
    const auto view = Graph::build(articles, GraphLevel::Entity).view();
    const auto* usa = view.findNode("USA");
    ASSERT_NE(usa, nullptr);
    EXPECT_EQ(usa->degree, 1);         // one neighbour, two edges
    EXPECT_EQ(usa->weightedDegree, 4); // 3 criticism + 1 rejection
    EXPECT_EQ(usa->articleCount, 3);
    EXPECT_EQ(view.componentCount, 2u);
    EXPECT_EQ(view.findNode("USA")->component, view.findNode("IRN")->component);
    EXPECT_NE(view.findNode("USA")->component, view.findNode("CHN")->component);
}

TEST(GraphTest, FilterByTypeWeightConfidenceArticleAndDate)
{
    auto articles = twoArticles();
    articles.push_back(makeArticle(3, "Weak", {{kRejection, "USA", "IRN", {"Maybe rejected."}, 0.2}}, "2024-05-01"));
    const auto graph = Graph::build(articles, GraphLevel::Entity);

    GraphFilter types;
    types.types = {kCooperation};
    EXPECT_EQ(graph.view(types).edges.size(), 1u);

    GraphFilter weight;
    weight.minWeight = 3;
    const auto heavy = graph.view(weight);
    ASSERT_EQ(heavy.edges.size(), 1u);
    EXPECT_EQ(heavy.edges[0].id, "criticism:IRN>USA");
    EXPECT_EQ(heavy.nodes.size(), 2u);

    GraphFilter confidence;
    confidence.minConfidence = 0.5;
    EXPECT_EQ(graph.view(confidence).findEdge("rejection:USA>IRN"), nullptr);

    GraphFilter subset;
    subset.articles = std::set<ArticleId>{2};
    const auto second = graph.view(subset);
    EXPECT_EQ(second.findEdge("criticism:IRN>USA")->weight, 2);
    ASSERT_EQ(second.articles.size(), 1u);

    GraphFilter dates;
    dates.dateFrom = "2024-02-01";
    dates.dateTo = "2024-04-30";
    const auto spring = graph.view(dates);
    EXPECT_EQ(spring.findEdge("criticism:IRN>USA")->weight, 2);
    EXPECT_EQ(spring.findEdge("rejection:USA>IRN"), nullptr);
}

TEST(GraphTest, ViewReferencesEvidenceWithoutCopying)
{
    const auto graph = Graph::build(twoArticles(), GraphLevel::Entity);
    const auto view = graph.view();
    const Evidence* inGraph = &graph.articles()[0].result->relations[0].evidence[0];
    const auto* edge = view.findEdge("criticism:IRN>USA");
    EXPECT_EQ(edge->evidence[0].evidence, inGraph);
}

TEST(GraphTest, ViewOutlivesItsGraph)
{
    GraphView view;
    {
        view = Graph::build(twoArticles(), GraphLevel::Entity).view();
    }
    EXPECT_EQ(view.findEdge("cooperation:CHN-RUS")->evidence[1].evidence->quote, "Moscow and Beijing agreed.");
}

TEST(GraphTest, EditsRenameMergeHide)
{
    std::vector<Edit> edits = {{1, EditKind::Rename, "USA", "United States"},
                               {2, EditKind::Merge, "RUS", "CHN"},
                               {3, EditKind::Hide, "IRN/embassy", "1"}};
    const auto agent = Graph::build(twoArticles(), GraphLevel::Agent, edits).view();
    EXPECT_EQ(agent.findNode("USA")->name, "United States");
    EXPECT_EQ(agent.findNode("RUS"), nullptr);
    EXPECT_EQ(agent.findEdge("cooperation:CHN-RUS"), nullptr); // merged into a self-loop, dropped
    EXPECT_EQ(agent.findNode("IRN/embassy"), nullptr);
    EXPECT_EQ(agent.findEdge("criticism:IRN>USA")->weight, 2);

    const auto entity = Graph::build(twoArticles(), GraphLevel::Entity, {{1, EditKind::Hide, "IRN", "1"}}).view();
    EXPECT_EQ(entity.findNode("IRN"), nullptr);
    EXPECT_EQ(entity.edges.size(), 1u);
}

TEST(GraphTest, MergeCycleDoesNotHang)
{
    std::vector<Edit> edits = {{1, EditKind::Merge, "CHN", "RUS"}, {2, EditKind::Merge, "RUS", "CHN"}};
    const auto view = Graph::build(twoArticles(), GraphLevel::Entity, edits).view();
    EXPECT_NE(view.findNode("IRN"), nullptr);
}

TEST(GraphTest, IsolatedActorsOnlyWhenAsked)
{
    auto articles = twoArticles();
    auto lonely = std::make_shared<ArticleResult>(*articles[0].result);
    lonely->actors.push_back(test::makeActor("FRA", "France"));
    articles[0].result = lonely;
    const auto graph = Graph::build(articles, GraphLevel::Entity);
    EXPECT_EQ(graph.view().findNode("FRA"), nullptr);
    GraphFilter filter;
    filter.includeIsolated = true;
    const auto view = graph.view(filter);
    ASSERT_NE(view.findNode("FRA"), nullptr);
    EXPECT_EQ(view.findNode("FRA")->degree, 0);
    EXPECT_EQ(view.findNode("FRA")->mentionCount, 1);
}

TEST(GraphTest, FromSingleResult)
{
    const auto result = test::makeResult("One", {{kCriticism, "USA/state-department", "CHN", {"State hit China."}}});
    const auto view = Graph::fromResult(result, GraphLevel::Entity).view();
    ASSERT_EQ(view.edges.size(), 1u);
    EXPECT_EQ(view.edges[0].id, "criticism:USA>CHN");
    EXPECT_EQ(view.articles.size(), 1u);
}

} // namespace
} // namespace diplograph::core

namespace diplograph::core {
namespace {

// One article whose sentence 1 backs two agents' criticism of the same target, and whose sentence 2 holds two
// triggers of one relation (two quotes of the same sentence).
std::vector<GraphArticle> sharedSentenceArticle()
{
    auto result = std::make_shared<ArticleResult>(
        *test::makeArticle(1, "Shared", {{kCriticism, "ZUB/ministry", "QAR", {"Zubrovia's ministry and its envoy faulted Quaria."}},
                                         {kCriticism, "ZUB/envoy", "QAR", {"The envoy blamed and denounced Quaria."}}})
             .result);
    // The envoy's relation quotes sentence 1 as well (both agents named there) and sentence 2 twice.
    auto& envoy = result->relations[1];
    Evidence shared = result->relations[0].evidence[0];
    Evidence secondTrigger = envoy.evidence[0];
    secondTrigger.trigger.text = "denounced";
    envoy.evidence = {shared, envoy.evidence[0], secondTrigger};
    GraphArticle article;
    article.record.id = 1;
    article.record.title = "Shared";
    article.result = result;
    return {article};
}

} // namespace

TEST(GraphTest, WeightCountsDistinctSentences)
{
    const auto entity = Graph::build(sharedSentenceArticle(), GraphLevel::Entity).view();
    const auto* folded = entity.findEdge("criticism:ZUB>QAR");
    ASSERT_NE(folded, nullptr);
    EXPECT_EQ(folded->weight, 2) << "two sentences, however many agents or triggers share them";
    EXPECT_EQ(folded->evidence.size(), 2u);

    const auto agent = Graph::build(sharedSentenceArticle(), GraphLevel::Agent).view();
    const auto* envoy = agent.findEdge("criticism:ZUB/envoy>QAR");
    ASSERT_NE(envoy, nullptr);
    EXPECT_EQ(envoy->weight, 2) << "sentence 2 holds two triggers but is one sentence";
    GraphFilter filter;
    filter.minWeight = 3;
    EXPECT_EQ(Graph::build(sharedSentenceArticle(), GraphLevel::Entity).view(filter).findEdge("criticism:ZUB>QAR"),
              nullptr);
}

TEST(GraphTest, MergedNodeListsTheActorsFoldedIntoIt)
{
    std::vector<Edit> edits = {{1, EditKind::Merge, "RUS", "CHN"}};
    GraphFilter everyone;
    everyone.includeIsolated = true; // their cooperation became a self-loop: CHN is left on no edge
    const auto agent = Graph::build(twoArticles(), GraphLevel::Agent, edits).view(everyone);
    const auto* node = agent.findNode("CHN");
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(node->actors, (std::vector<std::string>{"CHN", "RUS"}));
    EXPECT_EQ(node->mentionCount, 4) << "both actors' mentions in both articles";
    const auto entity = Graph::build(twoArticles(), GraphLevel::Entity).view();
    EXPECT_EQ(entity.findNode("IRN")->actors, (std::vector<std::string>{"IRN", "IRN/embassy"}));
}

} // namespace diplograph::core
