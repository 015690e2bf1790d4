#include "bench_workspace.h"

#include "diplograph/workspace.h"

#include <QFileInfo>

#include <random>
#include <set>

namespace diplograph::bench {

QString generateWorkspace(const QString& path, int nodes, int edges)
{
    if (QFileInfo::exists(path)) {
        return {};
    }
    auto workspace = core::Workspace::open(path.toStdString());
    if (!workspace) {
        return QString::fromStdString(workspace.error().message);
    }
    std::mt19937 random(7);
    // A few hubs and many small actors, like a real news corpus: preferential picks by squared uniform.
    std::uniform_real_distribution<double> unit(0, 1);
    const auto pick = [&] { return static_cast<int>(nodes * unit(random) * unit(random)); };
    const core::RelationType types[] = {core::RelationType::Cooperation, core::RelationType::Criticism, core::RelationType::Rejection};
    const core::ActorKind kinds[] = {core::ActorKind::State, core::ActorKind::Organisation, core::ActorKind::Group,
                                     core::ActorKind::Agency, core::ActorKind::Person};
    std::set<std::tuple<int, int, int>> used;
    const int perArticle = 25;
    std::vector<core::ImportItem> batch;
    int made = 0;
    // Every actor appears at least once: the first pass walks them in order.
    int next = 0;
    while (made < edges) {
        core::ImportItem item;
        std::string text = "Synthetic article " + std::to_string(batch.size()) + "\n\n";
        std::map<int, core::Actor> actors;
        for (int r = 0; r < perArticle && made < edges; ++r) {
            int a = next < nodes ? next++ : pick();
            int b = pick();
            const int type = static_cast<int>(random() % 3);
            if (a == b) {
                continue;
            }
            if (type == 0 && b < a) {
                std::swap(a, b);
            }
            if (!used.insert({type, a, b}).second) {
                continue;
            }
            const auto name = [](int i) { return "Actor " + std::to_string(i); };
            const std::string sentence = name(a) + " and " + name(b) + " met or quarrelled today.";
            core::Relation relation;
            relation.id = "r" + std::to_string(r + 1);
            relation.type = types[type];
            relation.source = "A" + std::to_string(a);
            relation.target = "A" + std::to_string(b);
            relation.directed = type != 0;
            core::Evidence evidence;
            evidence.sentence = r;
            evidence.range = {text.size(), text.size() + sentence.size()};
            evidence.quote = sentence;
            evidence.trigger = {{text.size(), text.size() + 5}, sentence.substr(0, 5)};
            evidence.rule = "bench";
            evidence.confidence = 0.5 + 0.5 * unit(random);
            for (int end : {a, b}) {
                auto& actor = actors[end];
                actor.id = "A" + std::to_string(end);
                actor.name = name(end);
                actor.kind = kinds[end % 5];
                actor.entity = actor.id;
                const std::size_t at = text.find(actor.name, evidence.range.start);
                actor.mentions.push_back({at, at + actor.name.size()});
            }
            core::Sentence s;
            s.id = r;
            s.range = evidence.range;
            s.textRange = evidence.range;
            item.result.sentences.push_back(s);
            text += sentence + "\n";
            relation.evidence.push_back(evidence);
            item.result.relations.push_back(relation);
            ++made;
        }
        for (auto& [id, actor] : actors) {
            item.result.actors.push_back(actor);
        }
        item.result.article.title = "Synthetic article " + std::to_string(batch.size());
        item.result.article.bytes = text.size();
        item.result.article.sha256 = core::sha256Hex(text);
        item.input.title = *item.result.article.title;
        item.input.source = "generated";
        item.input.text = text;
        batch.push_back(std::move(item));
    }
    auto imported = workspace->importResults(batch);
    return imported ? QString() : QString::fromStdString(imported.error().message);
}

} // namespace diplograph::bench
