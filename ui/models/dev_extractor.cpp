#include "models/dev_extractor.h"

#include <algorithm>
#include <cstring>

namespace diplograph::ui {

namespace {

struct Name {
    const char* text;
    const char* id;
};

struct GoldRelation {
    core::RelationType type;
    const char* source;
    const char* target;
    const char* trigger;
    std::vector<const char*> sentences; // sentence prefixes
};

} // namespace

core::Result<core::ArticleResult> devExtract(std::string bytes)
{
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        return core::fail(core::ErrorCode::Empty, "the text is empty");
    }
    if (bytes.find('\0') != std::string::npos) {
        return core::fail(core::ErrorCode::Binary, "the file is not text");
    }
    core::ArticleResult result;
    result.article.bytes = bytes.size();
    // Sentences: split on ". " and newlines, good enough for development.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= bytes.size(); ++i) {
        const bool end = i == bytes.size() || bytes[i] == '\n' || (bytes[i] == '.' && i + 1 < bytes.size() && bytes[i + 1] == ' ');
        if (!end) {
            continue;
        }
        std::size_t stop = (i < bytes.size() && bytes[i] == '.') ? i + 1 : i;
        while (start < stop && bytes[start] == ' ') {
            ++start;
        }
        if (stop > start) {
            core::Sentence sentence;
            sentence.id = static_cast<int>(result.sentences.size());
            sentence.range = {start, stop};
            sentence.textRange = sentence.range;
            result.sentences.push_back(sentence);
        }
        start = stop + 1;
    }
    const std::vector<core::Actor> known = {
        {"IRN", "Iran", core::ActorKind::State, "IRN", {}, {}},
        {"IRQ", "Iraq", core::ActorKind::State, "IRQ", {}, {}},
        {"USA", "United States", core::ActorKind::State, "USA", {}, {}},
        {"IRN/embassy-in-baghdad", "Iranian Embassy in Baghdad", core::ActorKind::Agency, "IRN", "IRN", {}},
        {"IRQ/embassy-in-washington", "Iraqi Embassy in Washington", core::ActorKind::Agency, "IRQ", "IRQ", {}},
        {"USA/state-department", "US State Department", core::ActorKind::Agency, "USA", "USA", {}},
        {"USA/tammy-bruce", "Tammy Bruce", core::ActorKind::Person, "USA", "USA/state-department", {}},
    };
    const std::vector<Name> names = {
        {"Iranian Embassy in Baghdad", "IRN/embassy-in-baghdad"}, {"Iraqi Embassy in Washington", "IRQ/embassy-in-washington"},
        {"US State Department", "USA/state-department"}, {"Tammy Bruce", "USA/tammy-bruce"},
        {"United States", "USA"}, {"Washington", "USA"}, {"US ", "USA"}, {"Iraq", "IRQ"}, {"Baghdad", "IRQ"},
        {"Iran", "IRN"}, {"Tehran", "IRN"}};
    std::vector<std::pair<core::ByteRange, std::string>> mentions;
    for (const auto& name : names) {
        const std::string needle = name.text;
        for (auto at = bytes.find(needle); at != std::string::npos; at = bytes.find(needle, at + 1)) {
            const core::ByteRange range{at, at + needle.size() - (needle.back() == ' ' ? 1 : 0)};
            const bool covered = std::any_of(mentions.begin(), mentions.end(), [&](const auto& m) {
                return m.first.start <= range.start && range.start < m.first.end;
            });
            if (!covered) {
                mentions.emplace_back(range, name.id);
            }
        }
    }
    for (const auto& actor : known) {
        core::Actor copy = actor;
        for (const auto& [range, id] : mentions) {
            if (id == actor.id) {
                copy.mentions.push_back(range);
            }
        }
        std::sort(copy.mentions.begin(), copy.mentions.end(), [](auto a, auto b) { return a.start < b.start; });
        if (!copy.mentions.empty()) {
            result.actors.push_back(std::move(copy));
        }
    }
    const std::vector<GoldRelation> gold = {
        {core::RelationType::Cooperation, "IRN", "IRQ", "cooperation", {"Iraq-Iran security cooperation has", "Officials highlighted", "Despite these remarks"}},
        {core::RelationType::Rejection, "IRQ/embassy-in-washington", "USA", "rejected", {"The Iraqi Embassy in Washington also"}},
        {core::RelationType::Rejection, "IRQ", "USA", "dismissing", {"Both Iraq and Iran"}},
        {core::RelationType::Criticism, "IRN/embassy-in-baghdad", "USA", "criticized", {"It criticized the United States"}},
        {core::RelationType::Criticism, "IRN/embassy-in-baghdad", "USA", "accused", {"Moreover, the statement accused"}},
        {core::RelationType::Criticism, "USA/tammy-bruce", "IRQ", "criticized", {"Previously, US State Department"}},
        {core::RelationType::Criticism, "USA/tammy-bruce", "IRN", "criticized", {"Previously, US State Department"}},
    };
    for (const auto& relation : gold) {
        if (!result.findActor(relation.source) || !result.findActor(relation.target)) {
            continue;
        }
        core::Relation out;
        out.type = relation.type;
        out.source = relation.source;
        out.target = relation.target;
        out.directed = relation.type != core::RelationType::Cooperation;
        for (const auto* prefix : relation.sentences) {
            for (const auto& sentence : result.sentences) {
                const std::string_view text(bytes.data() + sentence.range.start, sentence.range.size());
                if (text.rfind(prefix, 0) != 0) {
                    continue;
                }
                core::Evidence evidence;
                evidence.sentence = sentence.id;
                evidence.range = sentence.range;
                evidence.quote = std::string(text);
                const auto at = text.find(relation.trigger);
                if (at != std::string_view::npos) {
                    evidence.trigger = {{sentence.range.start + at, sentence.range.start + at + std::strlen(relation.trigger)}, relation.trigger};
                }
                evidence.rule = "dev.gold";
                evidence.confidence = 0.8;
                out.evidence.push_back(std::move(evidence));
            }
        }
        if (out.evidence.empty()) {
            continue;
        }
        // Relations with the same key merge, as the extractor does.
        auto same = std::find_if(result.relations.begin(), result.relations.end(), [&](const auto& r) {
            return r.type == out.type && r.source == out.source && r.target == out.target;
        });
        if (same != result.relations.end()) {
            same->evidence.insert(same->evidence.end(), out.evidence.begin(), out.evidence.end());
        } else {
            out.id = "r" + std::to_string(result.relations.size() + 1);
            result.relations.push_back(std::move(out));
        }
    }
    return result;
}

} // namespace diplograph::ui
