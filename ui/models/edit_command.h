#pragma once

#include "diplograph/extract.h"
#include "diplograph/graph.h"

#include <QPointF>
#include <QUndoCommand>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace diplograph::ui {

class Controller;

// An analyst edit (rename, merge, hide, alias, new actor) as an undoable step: redo adds it to the
// controller (and so to the workspace), undo removes it again.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Controller* controller, core::Edit edit, const QString& text,
                std::optional<core::EntityDefinition> definition = std::nullopt);
    void redo() override;
    void undo() override;

private:
    Controller* m_controller;
    core::Edit m_edit;
    std::optional<core::EntityDefinition> m_definition;
    std::int64_t m_id = 0;
};

class GraphScene;

// Removing articles: redo removes them (found by their text's sha256, since a restore gives new ids), undo
// puts them back with their texts and results.
class RemoveArticlesCommand : public QUndoCommand {
public:
    RemoveArticlesCommand(Controller* controller, const QList<core::ArticleId>& ids);
    void redo() override;
    void undo() override;

private:
    Controller* m_controller;
    std::vector<core::GraphArticle> m_articles;
    std::map<core::ArticleId, std::string> m_texts;
};

// Dragging a node: redo pins it at `to`, undo puts it back at `from` with its former pin state.
class MoveCommand : public QUndoCommand {
public:
    MoveCommand(Controller* controller, GraphScene* scene, const QString& id, QPointF from, QPointF to, bool wasPinned);
    void redo() override;
    void undo() override;

private:
    Controller* m_controller;
    GraphScene* m_scene;
    QString m_id;
    QPointF m_from;
    QPointF m_to;
    bool m_wasPinned;
};

// Describes an edit for the Edit menu, the undo history and the edits panel: "Rename “Iran” to “Islamic
// Republic”"; `otherName` names the value's actor (a merge's survivor, an edge's target) when known.
[[nodiscard]] QString describeEdit(const core::Edit& edit, const QString& actorName, const QString& otherName = {});

} // namespace diplograph::ui
