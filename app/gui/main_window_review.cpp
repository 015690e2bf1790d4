// The window's review actions: confirm, reject (an edge or one quote), change type, add a relation from the
// article view, and the analyst's name. Each becomes an undoable EditCommand through the controller.
#include "main_window.h"

#include "controller.h"
#include "graphview/graph_scene.h"
#include "models/edit_command.h"
#include "models/graph_models.h"
#include "models/quote_model.h"
#include "panels/add_relation_dialog.h"
#include "panels/quote_panel.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

namespace diplograph::gui {

const core::GraphEdge* MainWindow::selectedEdge() const
{
    const QStringList ids = m_scene->selectedEdgeIds();
    return ids.size() == 1 ? m_controller->view().findEdge(ids.front().toStdString()) : nullptr;
}

// An edit of one edge, named in the undo stack by the edge's two actors.
void MainWindow::pushEdgeEdit(core::Edit edit, const core::GraphEdge& edge)
{
    pushEdit(std::move(edit), actorName(QString::fromStdString(edge.source)), actorName(QString::fromStdString(edge.target)));
}

// The analyst's optional reason for a rejection; nullopt when the dialog is cancelled.
std::optional<std::string> MainWindow::askReason(const QString& title, const QString& prompt)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, title, prompt, QLineEdit::Normal, {}, &ok).trimmed();
    return ok ? std::optional<std::string>(reason.toStdString()) : std::nullopt;
}

void MainWindow::confirmEdge()
{
    if (const auto* edge = selectedEdge()) {
        pushEdgeEdit(core::reviewEdit(core::EditKind::Confirm, *edge), *edge);
    }
}

void MainWindow::rejectEdge()
{
    const auto* edge = selectedEdge();
    if (!edge) {
        statusBar()->showMessage(tr("Select the relation to reject"), 4000);
        return;
    }
    const auto reason = askReason(tr("Reject relation"), tr("Why is it wrong? (optional; kept with the edit)"));
    if (!reason) {
        return;
    }
    core::Edit edit = core::reviewEdit(core::EditKind::RejectEdge, *edge);
    edit.edge.reason = *reason;
    pushEdgeEdit(std::move(edit), *edge);
}

void MainWindow::rejectQuote(int row)
{
    const auto* edge = selectedEdge();
    const auto* quote = m_quotes->model()->row(row);
    if (!edge || !quote) {
        return;
    }
    const auto reason = askReason(tr("Reject quote"), tr("Why does it not support the relation? (optional)"));
    if (!reason) {
        return;
    }
    core::Edit edit = core::reviewEdit(core::EditKind::RejectQuote, *edge);
    edit.edge.article = quote->article;
    edit.edge.range = quote->range;
    edit.edge.reason = *reason;
    pushEdgeEdit(std::move(edit), *edge);
}

void MainWindow::retypeEdge()
{
    const auto* edge = selectedEdge();
    if (!edge) {
        statusBar()->showMessage(tr("Select the relation to change"), 4000);
        return;
    }
    const QString source = actorName(QString::fromStdString(edge->source));
    const QString target = actorName(QString::fromStdString(edge->target));
    struct Choice {
        core::RelationType type;
        bool reverse;
        QString label;
    };
    std::vector<Choice> choices;
    for (auto type : {core::RelationType::Criticism, core::RelationType::Rejection}) {
        const QString name = QString::fromLatin1(core::relationTypeName(type));
        choices.push_back({type, false, tr("%1: %2 → %3").arg(name, source, target)});
        choices.push_back({type, true, tr("%1: %2 → %3").arg(name, target, source)});
    }
    choices.push_back({core::RelationType::Cooperation, false, tr("cooperation: %1 ↔ %2").arg(source, target)});
    std::erase_if(choices, [&](const Choice& choice) {
        return choice.type == edge->type && (!choice.reverse || choice.type == core::RelationType::Cooperation);
    });
    QStringList labels;
    for (const auto& choice : choices) {
        labels << choice.label;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("Change type or direction"),
                                                 tr("%1 is now %2. It should be:").arg(QStringLiteral("%1 → %2").arg(source, target),
                                                                                         QString::fromLatin1(core::relationTypeName(edge->type))),
                                                 labels, 0, false, &ok);
    if (!ok) {
        return;
    }
    const auto& choice = choices[static_cast<std::size_t>(std::max<qsizetype>(labels.indexOf(picked), 0))];
    core::Edit edit = core::reviewEdit(core::EditKind::Retype, *edge);
    edit.edge.newType = choice.type == edge->type ? core::RelationType::Invalid : choice.type;
    edit.edge.reverse = choice.reverse;
    pushEdit(edit, source, target);
}

void MainWindow::setAnalystName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Analyst name"),
                                               tr("Your edits are recorded under this name (default: your user name)"),
                                               QLineEdit::Normal, m_controller->author(), &ok)
                             .trimmed();
    if (ok) {
        const QString author = name.isEmpty() ? ui::Controller::systemUserName() : name;
        QSettings().setValue(QStringLiteral("review/author"), author);
        m_controller->setAuthor(author);
    }
}

void MainWindow::addRelation(core::ArticleId article, core::ByteRange range)
{
    const auto* stored = m_controller->article(article);
    const std::string& text = m_controller->articleText(article);
    if (!stored || range.empty() || range.end > text.size()) {
        return;
    }
    int sentence = -1;
    core::ByteRange sentenceRange = range;
    for (const auto& candidate : stored->result->sentences) {
        if (candidate.range.start <= range.start && range.start < candidate.range.end) {
            sentence = candidate.id;
            sentenceRange = candidate.range;
        }
    }
    // The actors the sentence mentions first (in reading order), then every other actor of the agent graph.
    std::vector<ui::AddRelationDialog::Candidate> candidates;
    std::vector<std::pair<std::size_t, const core::Actor*>> mentioned;
    for (const auto& actor : stored->result->actors) {
        for (const auto& mention : actor.mentions) {
            if (sentenceRange.start <= mention.start && mention.end <= sentenceRange.end) {
                mentioned.emplace_back(mention.start, &actor);
                break;
            }
        }
    }
    std::sort(mentioned.begin(), mentioned.end());
    for (const auto& [at, actor] : mentioned) {
        candidates.push_back({actor->id, actor->name, actor->kind, actor->entity, true});
    }
    std::vector<ui::AddRelationDialog::Candidate> others;
    for (const auto& other : m_controller->articles()) {
        for (const auto& actor : other.result->actors) {
            const auto known = [&](const ui::AddRelationDialog::Candidate& c) { return c.id == actor.id; };
            if (std::none_of(candidates.begin(), candidates.end(), known) && std::none_of(others.begin(), others.end(), known)) {
                others.push_back({actor.id, actor.name, actor.kind, actor.entity, false});
            }
        }
    }
    std::sort(others.begin(), others.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    candidates.insert(candidates.end(), others.begin(), others.end());
    ui::AddRelationDialog dialog(article, sentence, range, text.substr(range.start, range.size()), std::move(candidates), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (auto edit = dialog.edit()) {
        const auto& actors = edit->edge.actors;
        pushEdit(*edit, QString::fromStdString(actors.front().name), QString::fromStdString(actors.back().name));
    }
}

} // namespace diplograph::gui
