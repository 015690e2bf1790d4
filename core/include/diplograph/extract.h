#pragma once

#include "diplograph/result.h"
#include "diplograph/text.h"
#include "diplograph/types.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::core {

struct LexiconData; // defined in core/src/lexicon

// One gazetteer row: a state, organisation or group, or a named body acting for one (docs/lexicon.md).
struct EntityDefinition {
    std::string code;                // USA, UN, HAMAS; for a body: its own id such as USA/state-department
    ActorKind kind = ActorKind::Invalid;
    std::string name;                // display name
    std::string entity;              // the top-level code; equals code for states, organisations, groups
    std::vector<std::string> aliases;   // names that denote it as an actor
    std::vector<std::string> demonyms;  // adjectives and plural nouns: Iranian, Iranians
    std::vector<std::string> metonyms;  // capitals, seats of government: Tehran, the Kremlin
    bool ambiguous = false;             // also a common first name, US state ...: needs supporting context
};

// The gazetteer, agent roles and trigger lexicons; immutable and cheap to copy (shared data).
class Lexicon {
public:
    // The lexicons compiled into the program from resources/lexicon/.
    [[nodiscard]] static Result<Lexicon> builtin();
    // Loads entities.tsv, bodies.tsv, roles.tsv, triggers.tsv ... from `directory`; Parse names file and line.
    [[nodiscard]] static Result<Lexicon> fromDirectory(const std::filesystem::path& directory);
    // Loads from file contents keyed by file name (the builtin path uses this too).
    [[nodiscard]] static Result<Lexicon> fromFiles(const std::vector<std::pair<std::string, std::string>>& files);

    // Returns a copy with extra entities or aliases (an analyst's additions); Parse on a bad definition. Aliases
    // of an unknown code without kind and name (nothing to attach them to) are skipped.
    [[nodiscard]] Result<Lexicon> withEntities(const std::vector<EntityDefinition>& extra) const;

    [[nodiscard]] const EntityDefinition* findEntity(std::string_view code) const; // nullptr if unknown
    [[nodiscard]] std::size_t entityCount() const;
    [[nodiscard]] std::size_t triggerCount() const;
    [[nodiscard]] const LexiconData& data() const { return *m_data; }

private:
    explicit Lexicon(std::shared_ptr<const LexiconData> data) : m_data(std::move(data)) {}
    std::shared_ptr<const LexiconData> m_data;
};

class SyntaxModel;

// Extracts actors and relations from a loaded document. Never fails on text; may return no actors.
// Sentences the surface rules cannot read are parsed with the shipped syntax model (defaultSyntaxModel());
// without one, extraction runs on the surface rules alone.
[[nodiscard]] ArticleResult extract(const Document& document, const Lexicon& lexicon);

// The same with an explicit parser: nullptr extracts with the surface rules alone.
[[nodiscard]] ArticleResult extract(const Document& document, const Lexicon& lexicon, const SyntaxModel* syntax);

// loadDocument + extract. Errors are those of loadDocument.
[[nodiscard]] Result<ArticleResult> extractBytes(std::string bytes, const Lexicon& lexicon,
                                                 InputFormat format = InputFormat::Auto);

} // namespace diplograph::core
