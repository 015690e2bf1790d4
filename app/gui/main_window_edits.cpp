// The window's analyst edits: each becomes an undoable EditCommand through the controller.
#include "main_window.h"

#include "controller.h"
#include "graphview/graph_scene.h"
#include "models/edit_command.h"
#include "models/graph_models.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>
#include <QUndoStack>

namespace diplograph::gui {

QString MainWindow::selectedActorId() const
{
    const QStringList ids = m_scene->selectedNodeIds();
    return ids.size() == 1 ? ids.front() : QString();
}

QString MainWindow::actorName(const QString& id) const
{
    const int row = m_actors->rowOf(id);
    return row >= 0 ? m_actors->index(row, 0).data().toString() : id;
}

void MainWindow::pushEdit(core::Edit edit, const QString& name, const QString& otherName)
{
    const QString text = ui::describeEdit(edit, name, otherName);
    m_undo->push(new ui::EditCommand(m_controller, std::move(edit), text));
    statusBar()->showMessage(text, 5000);
}

void MainWindow::renameActor()
{
    const QString id = selectedActorId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select one actor to rename"), 4000);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename actor"), tr("New name for %1").arg(id), QLineEdit::Normal,
                                               actorName(id), &ok).trimmed();
    if (ok && !name.isEmpty()) {
        pushEdit({0, core::EditKind::Rename, id.toStdString(), name.toStdString()}, actorName(id));
    }
}

void MainWindow::mergeActors()
{
    QStringList ids = m_scene->selectedNodeIds();
    if (ids.size() != 2) {
        statusBar()->showMessage(tr("Select exactly two actors to merge (Shift+drag or Ctrl+click)"), 5000);
        return;
    }
    bool ok = false;
    const QStringList names = {actorName(ids[0]), actorName(ids[1])};
    const QString keep = QInputDialog::getItem(this, tr("Merge actors"), tr("Keep"), names, 0, false, &ok);
    if (!ok) {
        return;
    }
    const int kept = names.indexOf(keep);
    const QString into = ids[kept];
    const QString away = ids[1 - kept];
    pushEdit({0, core::EditKind::Merge, away.toStdString(), into.toStdString()}, actorName(away));
}

void MainWindow::hideActor()
{
    for (const auto& id : m_scene->selectedNodeIds()) {
        pushEdit({0, core::EditKind::Hide, id.toStdString(), {}}, actorName(id));
    }
}

void MainWindow::addAlias()
{
    const QString id = selectedActorId();
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("Select the actor the alias names"), 4000);
        return;
    }
    bool ok = false;
    const QString alias = QInputDialog::getText(this, tr("Add alias"), tr("Another name for %1").arg(actorName(id)),
                                                QLineEdit::Normal, {}, &ok).trimmed();
    if (ok && !alias.isEmpty()) {
        pushEdit({0, core::EditKind::Alias, id.toStdString(), alias.toStdString()}, actorName(id));
    }
}

void MainWindow::addActor()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Add actor"), tr("Code (e.g. ISO alpha-3, or UN, HAMAS)"),
                                               QLineEdit::Normal, {}, &ok).trimmed().toUpper();
    if (!ok || code.isEmpty()) {
        return;
    }
    const QString name = QInputDialog::getText(this, tr("Add actor"), tr("Name of %1").arg(code), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    const QStringList kinds = {tr("State"), tr("Organisation"), tr("Group")};
    const QString kind = QInputDialog::getItem(this, tr("Add actor"), tr("Kind of %1").arg(name), kinds, 0, false, &ok);
    if (!ok) {
        return;
    }
    core::EntityDefinition definition;
    definition.code = code.toStdString();
    definition.entity = definition.code;
    definition.name = name.toStdString();
    definition.kind = kind == kinds[1] ? core::ActorKind::Organisation : kind == kinds[2] ? core::ActorKind::Group : core::ActorKind::State;
    definition.aliases = {definition.name};
    const core::Edit edit{0, core::EditKind::AddEntity, definition.code, definition.name};
    const QString text = ui::describeEdit(edit, name);
    m_undo->push(new ui::EditCommand(m_controller, edit, text, definition));
    statusBar()->showMessage(text, 5000);
}

} // namespace diplograph::gui
