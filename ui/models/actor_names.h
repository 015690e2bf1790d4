#pragma once

#include <QHash>
#include <QString>

namespace diplograph::ui {

class Controller;

// Every name an analyst may type to find a node of the controller's view: its name and id, the lexicon's names
// and aliases of the actors folded into it ("Turkey" for Türkiye), the workspace's aliases, and the names as
// the articles write them ("Britain"). Keys are case-folded; values are node ids. Earlier sources win a clash.
[[nodiscard]] QHash<QString, QString> actorNameIndex(const Controller& controller);

// The key actorNameIndex files `name` under: trimmed, case-folded, a lexicon's trailing '?' dropped.
[[nodiscard]] QString actorNameKey(const QString& name);

} // namespace diplograph::ui
