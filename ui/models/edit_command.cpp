#include "models/edit_command.h"

#include "controller.h"
#include "graphview/graph_scene.h"

namespace diplograph::ui {

EditCommand::EditCommand(Controller* controller, core::Edit edit, const QString& text,
                         std::optional<core::EntityDefinition> definition)
    : QUndoCommand(text), m_controller(controller), m_edit(std::move(edit)), m_definition(std::move(definition))
{
}

void EditCommand::redo()
{
    m_id = m_controller->addEdit(m_edit, m_definition);
}

void EditCommand::undo()
{
    m_controller->removeEdit(m_id);
}

RemoveArticlesCommand::RemoveArticlesCommand(Controller* controller, const QList<core::ArticleId>& ids)
    : QUndoCommand(QObject::tr("Remove %n article(s)", nullptr, static_cast<int>(ids.size()))), m_controller(controller)
{
    for (const auto id : ids) {
        if (const auto* article = controller->article(id)) {
            m_articles.push_back(*article);
            m_texts[id] = controller->articleText(id);
        }
    }
}

void RemoveArticlesCommand::redo()
{
    QList<core::ArticleId> ids;
    for (const auto& article : m_controller->articles()) {
        for (const auto& removed : m_articles) {
            if (article.record.sha256 == removed.record.sha256 &&
                (article.record.sha256.empty() ? article.record.id == removed.record.id : true)) {
                ids << article.record.id;
            }
        }
    }
    m_controller->removeArticles(ids);
}

void RemoveArticlesCommand::undo()
{
    m_controller->restoreArticles(m_articles, m_texts);
}

MoveCommand::MoveCommand(Controller* controller, GraphScene* scene, const QString& id, QPointF from, QPointF to,
                         bool wasPinned)
    : QUndoCommand(QObject::tr("Move “%1”").arg(id)), m_controller(controller), m_scene(scene), m_id(id), m_from(from),
      m_to(to), m_wasPinned(wasPinned)
{
}

void MoveCommand::redo()
{
    // The first redo comes right after the drag, where the item already is; setting it again is harmless.
    m_scene->setNodePosition(m_id, m_to);
    m_controller->placeActor(m_id, m_to, true);
}

void MoveCommand::undo()
{
    m_scene->setNodePosition(m_id, m_from);
    m_controller->placeActor(m_id, m_from, m_wasPinned);
}

QString describeEdit(const core::Edit& edit, const QString& actorName, const QString& otherName)
{
    const QString value = QString::fromStdString(edit.value);
    const QString other = otherName.isEmpty() ? value : otherName;
    const QString type = QString::fromLatin1(core::relationTypeName(edit.edge.type));
    const QString arrow = edit.edge.type == core::RelationType::Cooperation ? QStringLiteral("↔") : QStringLiteral("→");
    const QString edge = QStringLiteral("%1 “%2 %3 %4”").arg(type, actorName, arrow, other);
    switch (edit.kind) {
    case core::EditKind::RejectEdge: return QObject::tr("Reject %1").arg(edge);
    case core::EditKind::RejectQuote: return QObject::tr("Reject a quote of %1").arg(edge);
    case core::EditKind::Confirm: return QObject::tr("Confirm %1").arg(edge);
    case core::EditKind::Retype:
        return QObject::tr("Change %1 to %2%3")
            .arg(edge, QString::fromLatin1(core::relationTypeName(edit.edge.newType == core::RelationType::Invalid ? edit.edge.type : edit.edge.newType)),
                 edit.edge.reverse ? QObject::tr(", reversed") : QString());
    case core::EditKind::AddRelation: {
        QString quote = QString::fromStdString(edit.edge.quote);
        if (quote.size() > 60) {
            quote = quote.left(57) + QStringLiteral("…");
        }
        return QObject::tr("Add %1 from “%2”").arg(edge, quote);
    }
    case core::EditKind::Rename: return QObject::tr("Rename “%1” to “%2”").arg(actorName, value);
    case core::EditKind::Merge: return QObject::tr("Merge “%1” into %2").arg(actorName, other);
    case core::EditKind::Hide: return QObject::tr("Hide “%1”").arg(actorName);
    case core::EditKind::Alias: return QObject::tr("Add alias “%1” for %2").arg(value, actorName);
    case core::EditKind::AddEntity: return QObject::tr("Add actor “%1”").arg(value);
    default: return QObject::tr("Edit");
    }
}

} // namespace diplograph::ui
