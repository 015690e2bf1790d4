#include "diplograph/workspace.h"
#include "store/blob.h"
#include "store/result_rows.h"
#include "store/sqlite_util.h"

#include <algorithm>
#include <unordered_map>

namespace diplograph::core {

namespace {

#define DIPLOGRAPH_ARTICLE_COLUMNS                                                                                     \
    "SELECT id, title, source, date, sha256, bytes, actor_count, relation_count, evidence_count, result_title, "       \
    "warnings"

ArticleRecord readRecord(const Statement& row)
{
    ArticleRecord record;
    record.id = row.integer(0);
    record.title = row.text(1);
    record.source = row.text(2);
    if (!row.isNull(3)) {
        record.date = row.text(3);
    }
    record.sha256 = row.text(4);
    record.bytes = static_cast<std::size_t>(row.integer(5));
    record.actorCount = static_cast<std::size_t>(row.integer(6));
    record.relationCount = static_cast<std::size_t>(row.integer(7));
    record.evidenceCount = static_cast<std::size_t>(row.integer(8));
    return record;
}

void readInfo(const Statement& row, const ArticleRecord& record, ArticleResult& result)
{
    if (!row.isNull(9)) {
        result.article.title = row.text(9);
    }
    result.article.bytes = record.bytes;
    result.article.sha256 = record.sha256;
    std::string warnings = row.text(10);
    std::size_t start = 0;
    while (!warnings.empty() && start <= warnings.size()) {
        const auto end = warnings.find('\n', start);
        result.warnings.push_back(warnings.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
}

Actor readActor(const Statement& row, int first)
{
    Actor actor;
    actor.id = row.text(first);
    actor.name = row.text(first + 1);
    actor.kind = static_cast<ActorKind>(row.integer(first + 2));
    actor.entity = row.text(first + 3);
    if (!row.isNull(first + 4)) {
        actor.parent = row.text(first + 4);
    }
    actor.mentions = unpackRanges(row.text(first + 5));
    return actor;
}

Relation readRelation(const Statement& row, int first)
{
    Relation relation;
    relation.id = row.text(first);
    relation.type = static_cast<RelationType>(row.integer(first + 1));
    relation.source = row.text(first + 2);
    relation.target = row.text(first + 3);
    relation.directed = row.integer(first + 4) != 0;
    return relation;
}

Evidence readEvidence(const Statement& row, int first)
{
    Evidence evidence;
    evidence.sentence = static_cast<int>(row.integer(first));
    evidence.range = {static_cast<std::size_t>(row.integer(first + 1)),
                      static_cast<std::size_t>(row.integer(first + 2))};
    evidence.quote = row.text(first + 3);
    evidence.trigger.range = {static_cast<std::size_t>(row.integer(first + 4)),
                              static_cast<std::size_t>(row.integer(first + 5))};
    evidence.trigger.text = row.text(first + 6);
    evidence.rule = row.text(first + 7);
    evidence.confidence = row.real(first + 8);
    return evidence;
}

} // namespace

Result<std::vector<ArticleRecord>> Workspace::articles() const
{
    DIPLOGRAPH_STATEMENT(select, *m_statements, DIPLOGRAPH_ARTICLE_COLUMNS " FROM articles ORDER BY id");
    std::vector<ArticleRecord> records;
    int rc = SQLITE_OK;
    while ((rc = select.step()) == SQLITE_ROW) {
        records.push_back(readRecord(select));
    }
    if (rc != SQLITE_DONE) {
        return sqliteError(m_db, rc, "listing articles");
    }
    return records;
}

Result<std::string> Workspace::articleText(ArticleId id) const
{
    DIPLOGRAPH_STATEMENT(select, *m_statements, "SELECT text FROM articles WHERE id = ?");
    select.bind(1, id);
    const int rc = select.step();
    if (rc == SQLITE_ROW) {
        return select.text(0);
    }
    if (rc == SQLITE_DONE) {
        return fail(ErrorCode::NotFound, "no article " + std::to_string(id) + " in the workspace");
    }
    return sqliteError(m_db, rc, "reading an article");
}

Result<ArticleResult> Workspace::articleResult(ArticleId id) const
{
    ReadTransaction snapshot(m_db); // three SELECTs: a reextract committing between them must not tear the result
    if (auto begun = snapshot.begin(); !begun) {
        return begun.error();
    }
    ArticleResult result;
    {
        DIPLOGRAPH_STATEMENT(select, *m_statements,
                             DIPLOGRAPH_ARTICLE_COLUMNS ", sentences FROM articles WHERE id = ?");
        select.bind(1, id);
        const int rc = select.step();
        if (rc == SQLITE_DONE) {
            return fail(ErrorCode::NotFound, "no article " + std::to_string(id) + " in the workspace");
        }
        if (rc != SQLITE_ROW) {
            return sqliteError(m_db, rc, "reading an article");
        }
        const ArticleRecord record = readRecord(select);
        readInfo(select, record, result);
        result.sentences = unpackSentences(select.text(11));
    }
    {
        DIPLOGRAPH_STATEMENT(select, *m_statements,
                             "SELECT actor, name, kind, entity, parent, mentions FROM actors WHERE article_id = ? "
                             "ORDER BY position");
        select.bind(1, id);
        int rc = SQLITE_OK;
        while ((rc = select.step()) == SQLITE_ROW) {
            result.actors.push_back(readActor(select, 0));
        }
        if (rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "reading actors");
        }
    }
    DIPLOGRAPH_STATEMENT(select, *m_statements,
                         "SELECT r.relation, r.type, r.source, r.target, r.directed, e.position IS NOT NULL, "
                         "e.sentence, e.start, e.end, e.quote, e.trigger_start, e.trigger_end, e.trigger_text, "
                         "e.rule, e.confidence FROM relations r LEFT JOIN evidence e ON e.relation_id = r.id "
                         "WHERE r.article_id = ? ORDER BY r.id, e.position");
    select.bind(1, id);
    int rc = SQLITE_OK;
    std::string lastRelation;
    bool first = true;
    while ((rc = select.step()) == SQLITE_ROW) {
        Relation relation = readRelation(select, 0);
        if (first || relation.id != lastRelation) {
            lastRelation = relation.id;
            first = false;
            result.relations.push_back(std::move(relation));
        }
        if (select.integer(5) != 0) {
            result.relations.back().evidence.push_back(readEvidence(select, 6));
        }
    }
    if (rc != SQLITE_DONE) {
        return sqliteError(m_db, rc, "reading relations");
    }
    return result;
}

Result<void> Workspace::readSnapshot(const std::function<Result<void>()>& reads) const
{
    ReadTransaction snapshot(m_db); // the reads inside begin none of their own (ReadTransaction nests)
    if (auto begun = snapshot.begin(); !begun) {
        return begun.error();
    }
    return reads();
}

Result<std::vector<GraphArticle>> Workspace::graphArticles(const Progress& progress) const
{
    // Four sequential scans rather than a query per article: this is the graph load path (docs/performance.md).
    // One snapshot for all four, or a reextract committing between them gives articles without their relations.
    ReadTransaction snapshot(m_db);
    if (auto begun = snapshot.begin(); !begun) {
        return begun.error();
    }
    std::vector<GraphArticle> articles;
    std::vector<std::shared_ptr<ArticleResult>> results;
    std::unordered_map<ArticleId, std::size_t> indexById;
    {
        DIPLOGRAPH_STATEMENT(select, *m_statements, DIPLOGRAPH_ARTICLE_COLUMNS " FROM articles ORDER BY id");
        int rc = SQLITE_OK;
        while ((rc = select.step()) == SQLITE_ROW) {
            GraphArticle article;
            article.record = readRecord(select);
            auto result = std::make_shared<ArticleResult>();
            readInfo(select, article.record, *result);
            indexById.emplace(article.record.id, articles.size());
            article.result = result;
            articles.push_back(std::move(article));
            results.push_back(std::move(result));
        }
        if (rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "loading articles");
        }
    }
    if (progress && !progress(0, 3)) {
        return fail(ErrorCode::Cancelled, "loading cancelled");
    }
    {
        DIPLOGRAPH_STATEMENT(select, *m_statements,
                             "SELECT article_id, actor, name, kind, entity, parent, mentions FROM actors "
                             "ORDER BY article_id, position");
        int rc = SQLITE_OK;
        while ((rc = select.step()) == SQLITE_ROW) {
            const auto it = indexById.find(select.integer(0));
            if (it != indexById.end()) {
                results[it->second]->actors.push_back(readActor(select, 1));
            }
        }
        if (rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "loading actors");
        }
    }
    if (progress && !progress(1, 3)) {
        return fail(ErrorCode::Cancelled, "loading cancelled");
    }
    // Relations by rowid and quotes by their clustered key (relation_id, position) are both sequential scans;
    // merging them here beats a join's index lookup per relation.
    std::vector<std::pair<std::int64_t, Relation*>> relationsById;
    {
        DIPLOGRAPH_STATEMENT(select, *m_statements,
                             "SELECT article_id, id, relation, type, source, target, directed FROM relations "
                             "ORDER BY id");
        int rc = SQLITE_OK;
        while ((rc = select.step()) == SQLITE_ROW) {
            const auto it = indexById.find(select.integer(0));
            if (it != indexById.end()) {
                auto& relations = results[it->second]->relations;
                relations.push_back(readRelation(select, 2));
                relationsById.emplace_back(select.integer(1), nullptr);
            }
        }
        if (rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "loading relations");
        }
    }
    {
        // Pointers only now: the relation vectors no longer grow.
        std::size_t next = 0;
        for (auto& result : results) {
            for (auto& relation : result->relations) {
                relationsById[next++].second = &relation;
            }
        }
        std::sort(relationsById.begin(), relationsById.end());
    }
    if (progress && !progress(2, 3)) {
        return fail(ErrorCode::Cancelled, "loading cancelled");
    }
    {
        DIPLOGRAPH_STATEMENT(select, *m_statements,
                             "SELECT relation_id, sentence, start, end, quote, trigger_start, trigger_end, "
                             "trigger_text, rule, confidence FROM evidence ORDER BY relation_id, position");
        int rc = SQLITE_OK;
        std::size_t at = 0;
        while ((rc = select.step()) == SQLITE_ROW) {
            const std::int64_t relationId = select.integer(0);
            while (at < relationsById.size() && relationsById[at].first < relationId) {
                ++at;
            }
            if (at < relationsById.size() && relationsById[at].first == relationId) {
                relationsById[at].second->evidence.push_back(readEvidence(select, 1));
            }
        }
        if (rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "loading quotes");
        }
    }
    if (progress) {
        progress(3, 3);
    }
    return articles;
}

Result<Graph> Workspace::buildGraph(GraphLevel level) const
{
    ReadTransaction snapshot(m_db); // the articles and the edits applied to them, as of one moment
    if (auto begun = snapshot.begin(); !begun) {
        return begun.error();
    }
    auto articles = graphArticles();
    if (!articles) {
        return articles.error();
    }
    auto edits = listEdits();
    if (!edits) {
        return edits.error();
    }
    return Graph::build(std::move(*articles), level, *edits);
}

} // namespace diplograph::core
