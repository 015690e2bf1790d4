#pragma once

#include "diplograph/extract.h"
#include "diplograph/graph.h"

#include <QUndoCommand>

#include <optional>

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

// Describes an edit for the Edit menu and the undo history: "Rename “Iran” to “Islamic Republic”".
[[nodiscard]] QString describeEdit(const core::Edit& edit, const QString& actorName);

} // namespace diplograph::ui
