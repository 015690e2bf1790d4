#include "lexicon/lexicon_parse.h"

#include "diplograph/text.h"

#include <algorithm>
#include <set>

namespace diplograph::core {

namespace {

struct Line {
    std::size_t number = 0;
    std::vector<std::string> fields;
};

std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> split(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find(separator, start);
        parts.push_back(trim(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return parts;
}

std::vector<std::string> splitList(const std::string& field)
{
    std::vector<std::string> values;
    if (field.empty()) {
        return values;
    }
    for (auto& value : split(field, '|')) {
        if (!value.empty()) {
            values.push_back(std::move(value));
        }
    }
    return values;
}

// Records of a TSV file: comments and blank lines skipped, fields trimmed, padded to `columns`.
std::vector<Line> records(std::string_view content, std::size_t columns)
{
    std::vector<Line> lines;
    std::size_t number = 0;
    std::size_t start = 0;
    while (start <= content.size()) {
        auto end = content.find('\n', start);
        if (end == std::string_view::npos) {
            end = content.size();
        }
        ++number;
        const auto raw = content.substr(start, end - start);
        start = end + 1;
        const auto stripped = trim(raw);
        if (stripped.empty() || stripped.front() == '#') {
            if (end == content.size()) {
                break;
            }
            continue;
        }
        Line line{number, split(raw, '\t')};
        line.fields.resize(std::max(columns, line.fields.size()));
        lines.push_back(std::move(line));
        if (end == content.size()) {
            break;
        }
    }
    return lines;
}

Error lineError(std::string_view file, std::size_t line, const std::string& what)
{
    return fail(ErrorCode::Parse, std::string(file) + ":" + std::to_string(line) + ": " + what);
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Short consonant-vowel-consonant verbs double their last letter: slam -> slammed, ban -> banning.
bool doublesFinalConsonant(const std::string& word)
{
    const auto n = word.size();
    if (n < 3 || n > 4) {
        return false;
    }
    const char last = word[n - 1];
    return !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(word[n - 2]) &&
           !isVowel(word[n - 3]);
}

std::string stripAmbiguity(const std::string& name, bool& ambiguous)
{
    ambiguous = !name.empty() && name.back() == '?';
    return ambiguous ? trim(std::string_view(name).substr(0, name.size() - 1)) : name;
}

// Acronyms ("US", "UN") and mixed-case short forms ("LeT") must match exactly, so "us" and "Let" never do.
bool exactCaseName(std::string_view name)
{
    if (name.find(' ') == std::string_view::npos) {
        for (std::size_t i = 1; i < name.size(); ++i) {
            if (name[i] >= 'A' && name[i] <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z') {
                return true;
            }
        }
    }
    int letters = 0;
    for (const char c : name) {
        if (c >= 'a' && c <= 'z') {
            return false;
        }
        if (c >= 'A' && c <= 'Z') {
            ++letters;
        }
    }
    return letters >= 2;
}

} // namespace

std::vector<std::string> verbForms(const std::string& lemma)
{
    std::vector<std::string> forms{lemma};
    const auto n = lemma.size();
    const bool endsE = n > 0 && lemma[n - 1] == 'e';
    const bool consonantY = n > 1 && lemma[n - 1] == 'y' && !isVowel(lemma[n - 2]);
    const bool sibilant = lemma.ends_with("s") || lemma.ends_with("x") || lemma.ends_with("z") ||
                          lemma.ends_with("ch") || lemma.ends_with("sh");
    const std::string stem = consonantY ? lemma.substr(0, n - 1) : lemma;
    forms.push_back(consonantY ? stem + "ies" : sibilant ? lemma + "es" : lemma + "s");
    if (doublesFinalConsonant(lemma)) {
        forms.push_back(lemma + lemma.back() + "ed");
        forms.push_back(lemma + lemma.back() + "ing");
    } else {
        forms.push_back(endsE ? lemma + "d" : consonantY ? stem + "ied" : lemma + "ed");
        forms.push_back(endsE && !lemma.ends_with("ee") ? lemma.substr(0, n - 1) + "ing" : lemma + "ing");
    }
    if (lemma.ends_with("ize")) {
        auto british = verbForms(lemma.substr(0, n - 3) + "ise");
        forms.insert(forms.end(), british.begin(), british.end());
    }
    return forms;
}

std::vector<std::string> nounForms(const std::string& lemma)
{
    const auto n = lemma.size();
    if (n > 1 && lemma[n - 1] == 'y' && !isVowel(lemma[n - 2])) {
        return {lemma, lemma.substr(0, n - 1) + "ies"};
    }
    if (lemma.ends_with("s") || lemma.ends_with("x") || lemma.ends_with("ch") || lemma.ends_with("sh")) {
        return {lemma, lemma + "es"};
    }
    return {lemma, lemma + "s"};
}

std::string nameKey(std::string_view name)
{
    std::string key;
    for (const auto& token : nameTokens(name, true)) {
        key += (key.empty() ? "" : " ") + token;
    }
    return key;
}

std::vector<std::string> nameTokens(std::string_view name, bool lowerCase)
{
    std::vector<std::string> result;
    auto document = loadDocument(std::string(name), InputFormat::PlainText);
    if (!document) {
        return result;
    }
    for (const auto& token : tokenize(*document, ByteRange{0, document->text.size()})) {
        result.push_back(lowerCase ? token.lower : std::string(token.text));
    }
    return result;
}

Result<std::vector<EntityDefinition>> parseEntities(std::string_view content, std::string_view file)
{
    std::vector<EntityDefinition> definitions;
    for (const auto& line : records(content, 7)) {
        EntityDefinition definition;
        definition.code = line.fields[0];
        definition.kind = actorKindFromName(line.fields[1]);
        definition.entity = line.fields[2].empty() ? definition.code : line.fields[2];
        definition.name = line.fields[3];
        definition.aliases = splitList(line.fields[4]);
        definition.demonyms = splitList(line.fields[5]);
        definition.metonyms = splitList(line.fields[6]);
        if (definition.code.empty() || definition.name.empty()) {
            return lineError(file, line.number, "a code and a name are required");
        }
        if (definition.kind == ActorKind::Invalid) {
            return lineError(file, line.number, "unknown kind '" + line.fields[1] + "'");
        }
        definitions.push_back(std::move(definition));
    }
    return definitions;
}

Result<void> indexNames(LexiconData& data, bool allowDuplicates)
{
    std::set<std::string> seen;
    for (std::size_t i = 0; i < data.entities.size(); ++i) {
        const auto& definition = data.entities[i];
        if (!data.entityByCode.emplace(definition.code, static_cast<int>(i)).second && !allowDuplicates) {
            return fail(ErrorCode::Parse, "lexicon: duplicate code " + definition.code);
        }
        auto add = [&](const std::string& raw, NameForm form) -> Result<void> {
            NameSense sense;
            sense.entity = static_cast<int>(i);
            sense.form = form;
            const auto name = stripAmbiguity(raw, sense.ambiguous);
            sense.caseSensitive = exactCaseName(name);
            auto lower = nameTokens(name, true);
            if (lower.empty()) {
                return {};
            }
            std::string key;
            for (const auto& token : lower) {
                key += token + ' ';
            }
            if (!seen.insert(key).second && !allowDuplicates) {
                return fail(ErrorCode::Parse, "lexicon: the name '" + name + "' is listed twice (second time for " +
                                                  definition.code + ")");
            }
            sense.surface = nameTokens(name, false);
            data.names.insert(lower, std::move(sense));
            return {};
        };
        bool nameListed = false;
        for (const auto& alias : definition.aliases) {
            bool ambiguous = false;
            nameListed = nameListed || stripAmbiguity(alias, ambiguous) == definition.name;
            if (auto added = add(alias, NameForm::Name); !added) {
                return added;
            }
        }
        if (!nameListed) {
            (void)add(definition.name, NameForm::Name); // the display name may repeat an alias spelled differently
        }
        for (const auto& demonym : definition.demonyms) {
            if (auto added = add(demonym, NameForm::Demonym); !added) {
                return added;
            }
        }
        for (const auto& metonym : definition.metonyms) {
            if (!metonym.empty() && metonym.back() == '^') {
                std::string key;
                for (const auto& token : nameTokens(metonym.substr(0, metonym.size() - 1), true)) {
                    key += key.empty() ? token : " " + token;
                }
                data.seats[key] = static_cast<int>(i);
                continue;
            }
            if (auto added = add(metonym, NameForm::Metonym); !added) {
                return added;
            }
        }
    }
    return {};
}

void buildVocabulary(LexiconData& data)
{
    data.vocabulary.clear();
    for (const auto& [word, classes] : data.words) {
        data.vocabulary[word].classes = classes;
    }
    for (const auto& [word, child] : data.names.nodes.front().children) {
        data.vocabulary[word].nameChild = child;
    }
    for (const auto& [word, child] : data.roleTrie.nodes.front().children) {
        data.vocabulary[word].roleChild = child;
    }
    for (const auto& [word, triggers] : data.triggersByFirstToken) {
        data.vocabulary[word].triggers = triggers;
    }
    for (const auto& word : data.personFirstWords) {
        data.vocabulary[word].personStart = true;
    }
    for (const auto& word : data.phraseFirstWords) {
        data.vocabulary[word].phraseStart = true;
    }
}

Result<void> parseRoles(std::string_view content, std::string_view file, LexiconData& data)
{
    for (const auto& line : records(content, 5)) {
        const auto kind = actorKindFromName(line.fields[1]);
        if (line.fields[0].empty() || (kind != ActorKind::Agency && kind != ActorKind::Person)) {
            return lineError(file, line.number, "a role needs a name and the kind agency or person");
        }
        const auto flags = splitList(line.fields[4]);
        const bool named = std::find(flags.begin(), flags.end(), "named") != flags.end();
        const bool proper = std::find(flags.begin(), flags.end(), "proper") != flags.end();
        const bool adjectival = std::find(flags.begin(), flags.end(), "adjectival") != flags.end();
        auto addForms = [&](const std::string& list, bool plural) {
            for (const auto& form : splitList(list)) {
                Role role{line.fields[0], kind, named, plural, proper, adjectival, nameTokens(form, true)};
                NameSense sense;
                sense.entity = static_cast<int>(data.roles.size());
                sense.form = NameForm::Name;
                data.roleTrie.insert(role.tokens, sense);
                data.roles.push_back(std::move(role));
            }
        };
        addForms(line.fields[2].empty() ? line.fields[0] : line.fields[2], false);
        addForms(line.fields[3], true);
    }
    return {};
}

Result<void> parseTriggers(std::string_view content, std::string_view file, LexiconData& data)
{
    static const std::pair<const char*, TriggerFrame> kFrames[] = {
        {"transitive", TriggerFrame::Transitive}, {"symmetric", TriggerFrame::Symmetric},
        {"nominal", TriggerFrame::Nominal},       {"speech", TriggerFrame::Speech},
        {"negative", TriggerFrame::Negative},     {"modal", TriggerFrame::Modal},
        {"event", TriggerFrame::Event},           {"pact", TriggerFrame::Pact},
        {"accusation", TriggerFrame::Accusation}, {"evaluative", TriggerFrame::Evaluative},
    };
    for (const auto& line : records(content, 5)) {
        TriggerEntry entry;
        entry.lemma = line.fields[0];
        entry.type = line.fields[1] == "-" ? RelationType::Invalid : relationTypeFromName(line.fields[1]);
        for (const auto& [name, frame] : kFrames) {
            if (line.fields[2] == name) {
                entry.frame = frame;
            }
        }
        if (entry.lemma.empty() || entry.frame == TriggerFrame::Invalid ||
            (entry.type == RelationType::Invalid && line.fields[1] != "-")) {
            return lineError(file, line.number, "expected: lemma, type (or -), frame, [confidence], [forms]");
        }
        if (!line.fields[3].empty()) {
            try {
                entry.confidence = std::stod(line.fields[3]);
            } catch (const std::exception&) {
                return lineError(file, line.number, "confidence must be a number in [0, 1]");
            }
        }
        auto forms = splitList(line.fields[4]);
        if (forms.empty()) {
            // Multi-word triggers inflect their first word for verbs ("hold talks"), the last for nouns.
            auto words = split(entry.lemma, ' ');
            const bool verbal = entry.frame == TriggerFrame::Transitive || entry.frame == TriggerFrame::Symmetric ||
                                entry.frame == TriggerFrame::Speech || entry.frame == TriggerFrame::Accusation;
            auto& head = verbal ? words.front() : words.back();
            const auto headForms = verbal ? verbForms(head) : nounForms(head);
            for (const auto& headForm : headForms) {
                std::string form;
                for (std::size_t w = 0; w < words.size(); ++w) {
                    form += (w ? " " : "") + (&words[w] == &head ? headForm : words[w]);
                }
                forms.push_back(form);
            }
            if (entry.frame == TriggerFrame::Negative || entry.frame == TriggerFrame::Modal) {
                forms = {entry.lemma};
            }
        }
        std::set<std::string> unique(forms.begin(), forms.end());
        for (const auto& form : unique) {
            TriggerEntry inflected = entry;
            inflected.tokens = nameTokens(form, true);
            if (inflected.tokens.empty()) {
                continue;
            }
            data.triggersByFirstToken[inflected.tokens.front()].push_back(static_cast<int>(data.triggers.size()));
            data.triggers.push_back(std::move(inflected));
        }
    }
    return {};
}

Result<void> parseWords(std::string_view content, std::string_view file, LexiconData& data)
{
    for (const auto& line : records(content, 2)) {
        if (line.fields[0].empty() || line.fields[1].empty()) {
            return lineError(file, line.number, "expected: word, class");
        }
        for (const auto& word : splitList(line.fields[0])) {
            std::string lower = word;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            // A word may belong to several classes ("in" is a location preposition and a connective).
            if (const auto space = lower.find(' '); space != std::string::npos) {
                data.phraseFirstWords.insert(lower.substr(0, space));
            }
            auto& classes = data.words[lower];
            classes += (classes.empty() ? "" : ",") + line.fields[1];
        }
    }
    return {};
}

Result<void> parsePersons(std::string_view content, std::string_view file, LexiconData& data)
{
    for (const auto& line : records(content, 4)) {
        if (line.fields[0].empty() || line.fields[1].empty()) {
            return lineError(file, line.number, "expected: full name, entity code, [role], [short names]");
        }
        for (const auto& shortName : splitList(line.fields[3])) {
            const auto key = nameKey(shortName);
            data.personShortNames[key] = line.fields[0];
            data.personFirstWords.insert(key.substr(0, key.find(' ')));
        }
        const auto lower = nameKey(line.fields[0]);
        data.persons[lower] = line.fields[1];
        data.personFirstWords.insert(lower.substr(0, lower.find(' ')));
    }
    return {};
}

} // namespace diplograph::core
