#include "store/result_rows.h"

#include "store/blob.h"

#include <string>

namespace diplograph::core {

namespace {

std::string joinLines(const std::vector<std::string>& lines)
{
    std::string joined;
    for (const auto& line : lines) {
        if (!joined.empty()) {
            joined += '\n';
        }
        joined += line;
    }
    return joined;
}

Result<void> stepDone(sqlite3* db, Statement& statement, const char* what)
{
    const int rc = statement.step();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        return sqliteError(db, rc, what);
    }
    return {};
}

} // namespace

Result<void> insertResultRows(sqlite3* db, StatementCache& cache, ArticleId article, const ArticleResult& result)
{
    std::size_t evidenceCount = 0;
    {
        DIPLOGRAPH_STATEMENT(insertActor, cache,
                             "INSERT INTO actors(article_id, position, actor, name, kind, entity, parent, mentions) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
        for (std::size_t i = 0; i < result.actors.size(); ++i) {
            const Actor& actor = result.actors[i];
            insertActor.bind(1, article);
            insertActor.bind(2, static_cast<std::int64_t>(i));
            insertActor.bind(3, actor.id);
            insertActor.bind(4, actor.name);
            insertActor.bind(5, static_cast<int>(actor.kind));
            insertActor.bind(6, actor.entity);
            if (actor.parent) {
                insertActor.bind(7, *actor.parent);
            } else {
                insertActor.bindNull(7);
            }
            insertActor.bindBlob(8, packRanges(actor.mentions));
            if (auto done = stepDone(db, insertActor, "storing an actor"); !done) {
                return done;
            }
            sqlite3_reset(insertActorRaw);
        }
    }
    DIPLOGRAPH_STATEMENT(insertRelation, cache,
                         "INSERT INTO relations(article_id, relation, type, source, target, directed, evidence_count) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)");
    DIPLOGRAPH_STATEMENT(insertEvidence, cache,
                         "INSERT INTO evidence(relation_id, position, sentence, start, end, quote, trigger_start, "
                         "trigger_end, trigger_text, rule, confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Relation& relation : result.relations) {
        insertRelation.bind(1, article);
        insertRelation.bind(2, relation.id);
        insertRelation.bind(3, static_cast<int>(relation.type));
        insertRelation.bind(4, relation.source);
        insertRelation.bind(5, relation.target);
        insertRelation.bind(6, relation.directed ? 1 : 0);
        insertRelation.bind(7, static_cast<std::int64_t>(relation.evidence.size()));
        if (auto done = stepDone(db, insertRelation, "storing a relation"); !done) {
            return done;
        }
        sqlite3_reset(insertRelationRaw);
        const std::int64_t relationId = sqlite3_last_insert_rowid(db);
        for (std::size_t e = 0; e < relation.evidence.size(); ++e) {
            const Evidence& evidence = relation.evidence[e];
            insertEvidence.bind(1, relationId);
            insertEvidence.bind(2, static_cast<std::int64_t>(e));
            insertEvidence.bind(3, evidence.sentence);
            insertEvidence.bind(4, static_cast<std::int64_t>(evidence.range.start));
            insertEvidence.bind(5, static_cast<std::int64_t>(evidence.range.end));
            insertEvidence.bind(6, evidence.quote);
            insertEvidence.bind(7, static_cast<std::int64_t>(evidence.trigger.range.start));
            insertEvidence.bind(8, static_cast<std::int64_t>(evidence.trigger.range.end));
            insertEvidence.bind(9, evidence.trigger.text);
            insertEvidence.bind(10, evidence.rule);
            insertEvidence.bind(11, evidence.confidence);
            if (auto done = stepDone(db, insertEvidence, "storing a quote"); !done) {
                return done;
            }
            sqlite3_reset(insertEvidenceRaw);
            ++evidenceCount;
        }
    }
    DIPLOGRAPH_STATEMENT(update, cache,
                         "UPDATE articles SET result_title = ?, warnings = ?, sentences = ?, actor_count = ?, "
                         "relation_count = ?, evidence_count = ? WHERE id = ?");
    if (result.article.title) {
        update.bind(1, *result.article.title);
    } else {
        update.bindNull(1);
    }
    update.bind(2, joinLines(result.warnings));
    update.bindBlob(3, packSentences(result.sentences));
    update.bind(4, static_cast<std::int64_t>(result.actors.size()));
    update.bind(5, static_cast<std::int64_t>(result.relations.size()));
    update.bind(6, static_cast<std::int64_t>(evidenceCount));
    update.bind(7, article);
    return stepDone(db, update, "storing an article");
}

Result<void> deleteResultRows(sqlite3* db, StatementCache& cache, ArticleId article)
{
    // evidence goes with its relations (ON DELETE CASCADE)
    for (const char* sql : {"DELETE FROM relations WHERE article_id = ?", "DELETE FROM actors WHERE article_id = ?"}) {
        DIPLOGRAPH_STATEMENT(remove, cache, sql);
        remove.bind(1, article);
        if (auto done = stepDone(db, remove, "removing old results"); !done) {
            return done;
        }
    }
    return {};
}

} // namespace diplograph::core
