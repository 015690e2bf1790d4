#include "extract/analysis.h"

#include <cctype>

namespace diplograph::core::detail {

std::string slug(std::string_view text)
{
    std::string result;
    bool dash = false;
    for (const unsigned char c : text) {
        if (std::isalnum(c)) {
            if (dash && !result.empty()) {
                result += '-';
            }
            result += static_cast<char>(std::tolower(c));
            dash = false;
        } else if (c >= 0x80) {
            result += static_cast<char>(c); // keep non-ASCII letters: ids stay readable
            dash = false;
        } else {
            dash = true;
        }
    }
    return result;
}

int ActorTable::entity(int lexiconIndex)
{
    if (const int known = m_entityActors[static_cast<std::size_t>(lexiconIndex)]; known >= 0) {
        return known;
    }
    const auto& definition = m_lexicon.data().entities[static_cast<std::size_t>(lexiconIndex)];
    std::optional<std::string> parent;
    if (definition.entity != definition.code) {
        if (const auto* top = m_lexicon.findEntity(definition.entity)) {
            entity(m_lexicon.data().entityByCode.at(top->code));
            parent = top->code;
        }
    }
    const int actor = agent(definition.code, definition.name, definition.kind, definition.entity, parent);
    m_entityActors[static_cast<std::size_t>(lexiconIndex)] = actor;
    return actor;
}

int ActorTable::agent(const std::string& id, const std::string& name, ActorKind kind, const std::string& entityCode,
                      std::optional<std::string> parent)
{
    if (const auto it = m_byId.find(id); it != m_byId.end()) {
        return it->second;
    }
    // An agent's entity is always present as an actor, so the entity level has a node to fold it into.
    if (entityCode != id && !m_byId.count(entityCode)) {
        if (const auto it = m_lexicon.data().entityByCode.find(entityCode); it != m_lexicon.data().entityByCode.end()) {
            entity(it->second);
        }
    }
    Actor actor;
    actor.id = id;
    actor.name = name;
    actor.kind = kind;
    actor.entity = entityCode;
    actor.parent = parent == std::optional<std::string>(entityCode) && kind != ActorKind::Agency &&
                           kind != ActorKind::Person
                       ? std::nullopt
                       : parent;
    m_actors.push_back(std::move(actor));
    const int index = static_cast<int>(m_actors.size()) - 1;
    m_byId.emplace(id, index);
    return index;
}

int ActorTable::find(const std::string& id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? -1 : it->second;
}

std::string joinLower(const std::vector<Token>& tokens, int begin, int end)
{
    std::string text;
    for (int i = begin; i < end; ++i) {
        text += (i > begin ? " " : "") + tokens[static_cast<std::size_t>(i)].lower;
    }
    return text;
}

bool hasClass(const LexiconData& lexicon, const std::string& word, std::string_view prefix)
{
    const auto it = lexicon.words.find(word);
    return it != lexicon.words.end() && classListHas(it->second, prefix);
}

bool SentenceAnalysis::hasClass(int i, std::string_view prefix) const
{
    const auto* info = i >= 0 && i < static_cast<int>(words.size()) ? words[static_cast<std::size_t>(i)] : nullptr;
    return info && !info->classes.empty() && classListHas(info->classes, prefix);
}

bool classListHas(std::string_view classes, std::string_view prefix)
{
    while (!classes.empty()) {
        const auto comma = classes.find(',');
        if (classes.substr(0, comma).starts_with(prefix)) {
            return true;
        }
        if (comma == std::string_view::npos) {
            break;
        }
        classes.remove_prefix(comma + 1);
    }
    return false;
}

} // namespace diplograph::core::detail
