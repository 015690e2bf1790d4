#include "models/actor_names.h"

#include "controller.h"
#include "controller_task.h"

#include <string_view>
#include <unordered_map>

namespace diplograph::ui {

QString actorNameKey(const QString& name)
{
    QString key = name.simplified().toCaseFolded();
    if (key.endsWith(QLatin1Char('?'))) { // lexicon syntax: the name is ambiguous, needs context
        key.chop(1);
    }
    return key;
}

QHash<QString, QString> actorNameIndex(const Controller& controller)
{
    QHash<QString, QString> index;
    const auto add = [&index](std::string_view name, const std::string& node) {
        const QString key = actorNameKey(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        if (!key.isEmpty() && !index.contains(key)) {
            index.insert(key, QString::fromStdString(node));
        }
    };
    const auto& view = controller.view();
    std::unordered_map<std::string, std::string> nodeOfActor;
    for (const auto& node : view.nodes) {
        add(node.name, node.id);
        add(node.id, node.id);
        for (const auto& actor : node.actors) {
            nodeOfActor.emplace(actor, node.id);
        }
    }
    if (const auto lexicon = baseLexicon()) {
        for (const auto& [actor, node] : nodeOfActor) {
            if (const auto* definition = lexicon->findEntity(actor)) {
                add(definition->name, node);
                for (const auto& alias : definition->aliases) {
                    add(alias, node);
                }
            }
        }
    }
    for (const auto& edit : controller.edits()) {
        if (edit.kind == core::EditKind::Alias) {
            if (const auto it = nodeOfActor.find(edit.actor); it != nodeOfActor.end()) {
                add(edit.value, it->second);
            }
        }
    }
    for (const auto& article : controller.articles()) {
        const std::string& text = controller.articleText(article.record.id);
        if (!article.result) {
            continue;
        }
        for (const auto& actor : article.result->actors) {
            const auto it = nodeOfActor.find(actor.id);
            if (it == nodeOfActor.end()) {
                continue;
            }
            for (const auto& range : actor.mentions) {
                if (range.end <= text.size() && !range.empty()) {
                    add(std::string_view(text).substr(range.start, range.size()), it->second);
                }
            }
        }
    }
    return index;
}

} // namespace diplograph::ui
