#include "diplograph/workspace.h"
#include "store/result_rows.h"
#include "store/sqlite_util.h"

#include <map>
#include <nlohmann/json.hpp>

namespace diplograph::core {

namespace {

Result<std::int64_t> insertEdit(sqlite3* db, StatementCache& cache, bool readOnly, const std::string& author,
                                EditKind kind, const std::string& actor, const std::string& value,
                                const std::optional<std::string>& definition = std::nullopt)
{
    if (readOnly) {
        return fail(ErrorCode::ReadOnly, "the workspace is open read-only");
    }
    DIPLOGRAPH_STATEMENT(insert, cache,
                         "INSERT INTO edits(kind, actor, value, definition, author) VALUES(?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<int>(kind));
    insert.bind(2, actor);
    insert.bind(3, value);
    if (definition) {
        insert.bind(4, *definition);
    } else {
        insert.bindNull(4);
    }
    insert.bind(5, author);
    if (const int rc = insert.step(); rc != SQLITE_DONE) {
        return sqliteError(db, rc, "saving an edit");
    }
    return std::int64_t{sqlite3_last_insert_rowid(db)};
}

std::string definitionToJson(const EntityDefinition& definition)
{
    const nlohmann::json json = {{"code", definition.code},         {"kind", actorKindName(definition.kind)},
                                 {"name", definition.name},         {"entity", definition.entity},
                                 {"aliases", definition.aliases},   {"demonyms", definition.demonyms},
                                 {"metonyms", definition.metonyms}, {"ambiguous", definition.ambiguous}};
    return json.dump();
}

std::optional<EntityDefinition> definitionFromJson(const std::string& text)
{
    try {
        const auto json = nlohmann::json::parse(text);
        EntityDefinition definition;
        definition.code = json.at("code").get<std::string>();
        definition.kind = actorKindFromName(json.at("kind").get<std::string>());
        definition.name = json.at("name").get<std::string>();
        definition.entity = json.value("entity", definition.code);
        definition.aliases = json.value("aliases", std::vector<std::string>{});
        definition.demonyms = json.value("demonyms", std::vector<std::string>{});
        definition.metonyms = json.value("metonyms", std::vector<std::string>{});
        definition.ambiguous = json.value("ambiguous", false);
        return definition;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::string edgeToJson(const EdgeEdit& edge)
{
    nlohmann::json json = {{"type", relationTypeName(edge.type)}, {"source", edge.source}, {"target", edge.target}};
    if (edge.newType != RelationType::Invalid) {
        json["new_type"] = relationTypeName(edge.newType);
    }
    if (edge.reverse) {
        json["reverse"] = true;
    }
    if (edge.article != 0) {
        json["article"] = edge.article;
        json["sentence"] = edge.sentence;
        json["start"] = edge.range.start;
        json["end"] = edge.range.end;
    }
    if (!edge.quote.empty()) {
        json["quote"] = edge.quote;
    }
    if (!edge.reason.empty()) {
        json["reason"] = edge.reason;
    }
    for (const auto& actor : edge.actors) {
        json["actors"].push_back(
            {{"id", actor.id}, {"name", actor.name}, {"kind", actorKindName(actor.kind)}, {"entity", actor.entity}});
    }
    return json.dump();
}

EdgeEdit edgeFromJson(const std::string& text)
{
    EdgeEdit edge;
    try {
        const auto json = nlohmann::json::parse(text);
        edge.type = relationTypeFromName(json.value("type", std::string()));
        edge.source = json.value("source", std::string());
        edge.target = json.value("target", std::string());
        edge.newType = relationTypeFromName(json.value("new_type", std::string()));
        edge.reverse = json.value("reverse", false);
        edge.article = json.value("article", ArticleId{0});
        edge.sentence = json.value("sentence", 0);
        edge.range = {json.value("start", std::size_t{0}), json.value("end", std::size_t{0})};
        edge.quote = json.value("quote", std::string());
        edge.reason = json.value("reason", std::string());
        for (const auto& item : json.value("actors", nlohmann::json::array())) {
            Actor actor;
            actor.id = item.value("id", std::string());
            actor.name = item.value("name", actor.id);
            actor.kind = actorKindFromName(item.value("kind", std::string()));
            actor.entity = item.value("entity", actor.id);
            edge.actors.push_back(std::move(actor));
        }
    } catch (const std::exception&) {
        edge = EdgeEdit{}; // a damaged row: the edit stays listed (and revertible) but applies to nothing
    }
    return edge;
}

Result<void> checkEdgeEdit(const Edit& edit)
{
    const EdgeEdit& edge = edit.edge;
    if (edge.type == RelationType::Invalid || edge.source.empty() || edge.target.empty() || edge.source == edge.target) {
        return fail(ErrorCode::InvalidArgument, "an edge edit needs a relation type and two different actors");
    }
    if (edit.kind == EditKind::Retype && edge.newType == RelationType::Invalid && !edge.reverse) {
        return fail(ErrorCode::InvalidArgument, "a retype needs a new type or a new direction");
    }
    if ((edit.kind == EditKind::RejectQuote || edit.kind == EditKind::AddRelation) &&
        (edge.article == 0 || edge.range.empty())) {
        return fail(ErrorCode::InvalidArgument, "the quote needs its article and a non-empty byte range");
    }
    return {};
}

} // namespace

Result<std::int64_t> Workspace::addEdit(const Edit& edit)
{
    const std::string& author = edit.author.empty() ? m_author : edit.author;
    switch (edit.kind) {
    case EditKind::Rename:
    case EditKind::Merge:
    case EditKind::Alias: {
        const std::string saved = m_author;
        m_author = author;
        auto id = edit.kind == EditKind::Rename  ? renameActor(edit.actor, edit.value)
                  : edit.kind == EditKind::Merge ? mergeActors(edit.actor, edit.value)
                                                 : addAlias(edit.actor, edit.value);
        m_author = saved;
        return id;
    }
    case EditKind::Hide:
        if (edit.actor.empty()) {
            return fail(ErrorCode::InvalidArgument, "hiding needs an actor");
        }
        return insertEdit(m_db, *m_statements, m_readOnly, author, EditKind::Hide, edit.actor, "1");
    case EditKind::RejectEdge:
    case EditKind::RejectQuote:
    case EditKind::Retype:
    case EditKind::Confirm:
    case EditKind::AddRelation: {
        if (auto valid = checkEdgeEdit(edit); !valid) {
            return valid.error();
        }
        if (edit.kind == EditKind::AddRelation) {
            DIPLOGRAPH_STATEMENT(find, *m_statements, "SELECT bytes FROM articles WHERE id = ?");
            find.bind(1, edit.edge.article);
            if (const int rc = find.step(); rc != SQLITE_ROW) {
                return rc == SQLITE_DONE ? fail(ErrorCode::NotFound, "no article " + std::to_string(edit.edge.article))
                                         : sqliteError(m_db, rc, "checking an article");
            }
            if (edit.edge.range.end > static_cast<std::size_t>(find.integer(0))) {
                return fail(ErrorCode::InvalidArgument, "the quote ends after its article");
            }
        }
        return insertEdit(m_db, *m_statements, m_readOnly, author, edit.kind, edit.edge.source, edit.edge.target,
                          edgeToJson(edit.edge));
    }
    default: return fail(ErrorCode::InvalidArgument, "this kind of edit cannot be stored this way");
    }
}

Result<std::int64_t> Workspace::renameActor(const std::string& actor, const std::string& name)
{
    if (actor.empty() || name.empty()) {
        return fail(ErrorCode::InvalidArgument, "renaming needs an actor and a new name");
    }
    return insertEdit(m_db, *m_statements, m_readOnly, m_author, EditKind::Rename, actor, name);
}

Result<std::int64_t> Workspace::mergeActors(const std::string& from, const std::string& into)
{
    if (from.empty() || into.empty() || from == into) {
        return fail(ErrorCode::InvalidArgument, "merging needs two different actors");
    }
    return insertEdit(m_db, *m_statements, m_readOnly, m_author, EditKind::Merge, from, into);
}

Result<void> Workspace::hideActor(const std::string& actor, bool hidden)
{
    if (actor.empty()) {
        return fail(ErrorCode::InvalidArgument, "hiding needs an actor");
    }
    if (m_readOnly) {
        return fail(ErrorCode::ReadOnly, "the workspace is open read-only");
    }
    {
        DIPLOGRAPH_STATEMENT(remove, *m_statements, "DELETE FROM edits WHERE kind = ? AND actor = ?");
        remove.bind(1, static_cast<int>(EditKind::Hide));
        remove.bind(2, actor);
        if (const int rc = remove.step(); rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "saving an edit");
        }
    }
    if (hidden) {
        if (auto id = insertEdit(m_db, *m_statements, m_readOnly, m_author, EditKind::Hide, actor, "1"); !id) {
            return id.error();
        }
    }
    return {};
}

Result<std::int64_t> Workspace::addAlias(const std::string& entityCode, const std::string& alias)
{
    if (entityCode.empty() || alias.empty()) {
        return fail(ErrorCode::InvalidArgument, "an alias needs an entity code and a name");
    }
    return insertEdit(m_db, *m_statements, m_readOnly, m_author, EditKind::Alias, entityCode, alias);
}

Result<std::int64_t> Workspace::addEntity(const EntityDefinition& entity)
{
    if (entity.code.empty() || entity.name.empty() || entity.kind == ActorKind::Invalid) {
        return fail(ErrorCode::InvalidArgument, "a new actor needs a code, a kind and a name");
    }
    return insertEdit(m_db, *m_statements, m_readOnly, m_author, EditKind::AddEntity, entity.code, entity.name,
                      definitionToJson(entity));
}

Result<std::vector<Edit>> Workspace::listEdits() const
{
    DIPLOGRAPH_STATEMENT(select, *m_statements,
                         "SELECT id, kind, actor, value, author, created_at, definition FROM edits ORDER BY id");
    std::vector<Edit> edits;
    int rc = SQLITE_OK;
    while ((rc = select.step()) == SQLITE_ROW) {
        Edit edit{select.integer(0), static_cast<EditKind>(select.integer(1)), select.text(2), select.text(3)};
        edit.author = select.text(4);
        edit.createdAt = select.text(5);
        if (isEdgeEdit(edit.kind) && !select.isNull(6)) {
            edit.edge = edgeFromJson(select.text(6));
        }
        edits.push_back(std::move(edit));
    }
    if (rc != SQLITE_DONE) {
        return sqliteError(m_db, rc, "reading edits");
    }
    return edits;
}

Result<void> Workspace::removeEdit(std::int64_t editId)
{
    if (m_readOnly) {
        return fail(ErrorCode::ReadOnly, "the workspace is open read-only");
    }
    DIPLOGRAPH_STATEMENT(remove, *m_statements, "DELETE FROM edits WHERE id = ?");
    remove.bind(1, editId);
    if (const int rc = remove.step(); rc != SQLITE_DONE) {
        return sqliteError(m_db, rc, "removing an edit");
    }
    if (sqlite3_changes(m_db) == 0) {
        return fail(ErrorCode::NotFound, "no edit " + std::to_string(editId));
    }
    return {};
}

Result<std::vector<EntityDefinition>> Workspace::lexiconAdditions() const
{
    DIPLOGRAPH_STATEMENT(select, *m_statements,
                         "SELECT kind, actor, value, definition FROM edits WHERE kind IN (?, ?) ORDER BY id");
    select.bind(1, static_cast<int>(EditKind::Alias));
    select.bind(2, static_cast<int>(EditKind::AddEntity));
    std::vector<EntityDefinition> definitions;
    std::map<std::string, std::size_t> byCode;
    int rc = SQLITE_OK;
    while ((rc = select.step()) == SQLITE_ROW) {
        const auto kind = static_cast<EditKind>(select.integer(0));
        const std::string code = select.text(1);
        if (kind == EditKind::AddEntity) {
            if (auto definition = definitionFromJson(select.text(3))) {
                byCode[code] = definitions.size();
                definitions.push_back(std::move(*definition));
            }
            continue;
        }
        // An alias joins an entity added here, else becomes an addition to a known entity.
        auto [it, inserted] = byCode.try_emplace(code, definitions.size());
        if (inserted) {
            definitions.push_back(EntityDefinition{code});
        }
        definitions[it->second].aliases.push_back(select.text(2));
    }
    if (rc != SQLITE_DONE) {
        return sqliteError(m_db, rc, "reading lexicon additions");
    }
    // An alias of an agent the lexicon does not list (an embassy or a spokesperson found through a role) needs
    // the agent's kind, name and entity to become a definition of its own: take them from its stored rows.
    DIPLOGRAPH_STATEMENT(actor, *m_statements, "SELECT name, kind, entity FROM actors WHERE actor = ? LIMIT 1");
    for (auto& definition : definitions) {
        if (definition.kind != ActorKind::Invalid) {
            continue;
        }
        actor.bind(1, definition.code);
        if (actor.step() == SQLITE_ROW) {
            definition.name = actor.text(0);
            definition.kind = static_cast<ActorKind>(actor.integer(1));
            definition.entity = actor.text(2);
        }
        sqlite3_reset(actorRaw);
    }
    return definitions;
}

Result<void> Workspace::savePositions(GraphLevel level, const std::map<std::string, NodePosition>& positions)
{
    if (m_readOnly) {
        return fail(ErrorCode::ReadOnly, "the workspace is open read-only");
    }
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    {
        DIPLOGRAPH_STATEMENT(clear, *m_statements, "DELETE FROM positions WHERE level = ?");
        clear.bind(1, static_cast<int>(level));
        if (const int rc = clear.step(); rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "saving positions");
        }
        DIPLOGRAPH_STATEMENT(insert, *m_statements,
                             "INSERT INTO positions(level, node, x, y, pinned) VALUES(?, ?, ?, ?, ?)");
        for (const auto& [node, position] : positions) {
            insert.bind(1, static_cast<int>(level));
            insert.bind(2, node);
            insert.bind(3, position.point.x);
            insert.bind(4, position.point.y);
            insert.bind(5, position.pinned ? 1 : 0);
            if (const int rc = insert.step(); rc != SQLITE_DONE) {
                return sqliteError(m_db, rc, "saving positions");
            }
            sqlite3_reset(insertRaw);
        }
    }
    return transaction.commit();
}

Result<std::map<std::string, NodePosition>> Workspace::positions(GraphLevel level) const
{
    DIPLOGRAPH_STATEMENT(select, *m_statements, "SELECT node, x, y, pinned FROM positions WHERE level = ?");
    select.bind(1, static_cast<int>(level));
    std::map<std::string, NodePosition> positions;
    int rc = SQLITE_OK;
    while ((rc = select.step()) == SQLITE_ROW) {
        positions[select.text(0)] = {{select.real(1), select.real(2)}, select.integer(3) != 0};
    }
    if (rc != SQLITE_DONE) {
        return sqliteError(m_db, rc, "reading positions");
    }
    return positions;
}

} // namespace diplograph::core
