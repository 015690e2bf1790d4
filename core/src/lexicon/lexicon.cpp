#include "lexicon/lexicon_data.h"
#include "lexicon/lexicon_parse.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace diplograph::core {

std::vector<std::pair<std::string, std::string>> embeddedLexiconFiles(); // generated at build time

namespace {

// Files read in this order; a missing optional file is simply empty.
constexpr const char* kEntityFiles[] = {"entities.tsv", "bodies.tsv"};

const std::string* findFile(const std::vector<std::pair<std::string, std::string>>& files, std::string_view name)
{
    for (const auto& [fileName, content] : files) {
        if (fileName == name) {
            return &content;
        }
    }
    return nullptr;
}

} // namespace

void NameTrie::insert(const std::vector<std::string>& lowerTokens, NameSense sense)
{
    int node = 0;
    for (const auto& token : lowerTokens) {
        auto it = nodes[static_cast<std::size_t>(node)].children.find(token);
        if (it == nodes[static_cast<std::size_t>(node)].children.end()) {
            nodes.push_back(Node{});
            const int created = static_cast<int>(nodes.size()) - 1;
            nodes[static_cast<std::size_t>(node)].children.emplace(token, created);
            node = created;
        } else {
            node = it->second;
        }
    }
    nodes[static_cast<std::size_t>(node)].senses.push_back(std::move(sense));
}

Result<Lexicon> Lexicon::builtin()
{
    // Parsed once: the builtin lexicon never changes while the program runs.
    static const Result<Lexicon> loaded = fromFiles(embeddedLexiconFiles());
    return loaded;
}

Result<Lexicon> Lexicon::fromDirectory(const std::filesystem::path& directory)
{
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) {
        return fail(ErrorCode::NotFound, "lexicon folder not found: " + directory.string());
    }
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        if (entry.path().extension() != ".tsv") {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        if (!in) {
            return fail(ErrorCode::Unreadable, "cannot read lexicon file " + entry.path().string());
        }
        std::ostringstream content;
        content << in.rdbuf();
        files.emplace_back(entry.path().filename().string(), content.str());
    }
    // A folder may override some files only; the rest come from the builtin set.
    for (auto& [name, content] : embeddedLexiconFiles()) {
        if (!findFile(files, name)) {
            files.emplace_back(name, std::move(content));
        }
    }
    return fromFiles(files);
}

Result<Lexicon> Lexicon::fromFiles(const std::vector<std::pair<std::string, std::string>>& files)
{
    auto data = std::make_shared<LexiconData>();
    for (const char* name : kEntityFiles) {
        if (const auto* content = findFile(files, name)) {
            auto parsed = parseEntities(*content, name);
            if (!parsed) {
                return parsed.error();
            }
            for (auto& definition : *parsed) {
                data->entities.push_back(std::move(definition));
            }
        }
    }
    using Parser = Result<void> (*)(std::string_view, std::string_view, LexiconData&);
    static constexpr std::pair<const char*, Parser> kParsers[] = {
        {"roles.tsv", parseRoles}, {"triggers.tsv", parseTriggers}, {"words.tsv", parseWords},
        {"persons.tsv", parsePersons}};
    for (const auto& [name, parse] : kParsers) {
        if (const auto* content = findFile(files, name)) {
            if (auto parsed = parse(*content, name, *data); !parsed) {
                return parsed.error();
            }
        }
    }
    if (auto indexed = indexNames(*data); !indexed) {
        return indexed.error();
    }
    buildVocabulary(*data);
    return Lexicon(std::move(data));
}

Result<Lexicon> Lexicon::withEntities(const std::vector<EntityDefinition>& extra) const
{
    auto data = std::make_shared<LexiconData>(*m_data);
    data->names = NameTrie{};
    data->entityByCode.clear();
    for (const auto& definition : extra) {
        auto existing = std::find_if(data->entities.begin(), data->entities.end(),
                                     [&](const EntityDefinition& e) { return e.code == definition.code; });
        if (existing == data->entities.end()) {
            if (definition.kind == ActorKind::Invalid && definition.name.empty()) {
                continue; // aliases of a code nothing here defines name nobody: skip them, extraction goes on
            }
            if (definition.code.empty() || definition.kind == ActorKind::Invalid || definition.name.empty()) {
                return fail(ErrorCode::Parse, "a new actor needs a code, a kind and a name");
            }
            data->entities.push_back(definition);
            if (data->entities.back().entity.empty()) {
                data->entities.back().entity = definition.code;
            }
        } else {
            // An addition to a known entity: its names are appended.
            auto append = [](std::vector<std::string>& to, const std::vector<std::string>& from) {
                to.insert(to.end(), from.begin(), from.end());
            };
            append(existing->aliases, definition.aliases);
            append(existing->demonyms, definition.demonyms);
            append(existing->metonyms, definition.metonyms);
        }
    }
    if (auto indexed = indexNames(*data, /*allowDuplicates=*/true); !indexed) {
        return indexed.error();
    }
    buildVocabulary(*data);
    return Lexicon(std::move(data));
}

const EntityDefinition* Lexicon::findEntity(std::string_view code) const
{
    const auto it = m_data->entityByCode.find(std::string(code));
    return it == m_data->entityByCode.end() ? nullptr : &m_data->entities[static_cast<std::size_t>(it->second)];
}

std::size_t Lexicon::entityCount() const
{
    return m_data->entities.size();
}

std::size_t Lexicon::triggerCount() const
{
    return m_data->triggers.size();
}

} // namespace diplograph::core
