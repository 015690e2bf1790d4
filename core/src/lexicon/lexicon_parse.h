#pragma once

#include "diplograph/result.h"
#include "lexicon/lexicon_data.h"

#include <string>
#include <string_view>
#include <vector>

namespace diplograph::core {

// Parsers for the lexicon files (docs/lexicon.md); errors name the file and line.
[[nodiscard]] Result<std::vector<EntityDefinition>> parseEntities(std::string_view content, std::string_view file);
[[nodiscard]] Result<void> parseRoles(std::string_view content, std::string_view file, LexiconData& data);
[[nodiscard]] Result<void> parseTriggers(std::string_view content, std::string_view file, LexiconData& data);
[[nodiscard]] Result<void> parseWords(std::string_view content, std::string_view file, LexiconData& data);
[[nodiscard]] Result<void> parsePersons(std::string_view content, std::string_view file, LexiconData& data);

// Builds entityByCode and the name trie from data.entities; Parse on a duplicate code or name.
[[nodiscard]] Result<void> indexNames(LexiconData& data, bool allowDuplicates = false);

// Builds LexiconData::vocabulary from the tries, triggers and word lists; call after any change to them.
void buildVocabulary(LexiconData& data);

// Inflected forms of an English verb ("criticize" -> criticizes, criticized, criticizing, criticise ...).
[[nodiscard]] std::vector<std::string> verbForms(const std::string& lemma);
// Singular and plural of an English noun.
[[nodiscard]] std::vector<std::string> nounForms(const std::string& lemma);

} // namespace diplograph::core
