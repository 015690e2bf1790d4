#pragma once

#include "diplograph/graph.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTreeView;

namespace diplograph::ui {

class Controller;
class RelationFilterModel;

// The selected actor: its relations grouped by type and counterpart, and its mentions in the kept articles.
class NodePanel : public QWidget {
    Q_OBJECT
public:
    NodePanel(const Controller* controller, const RelationFilterModel* filter, QWidget* parent = nullptr);

    // Shows `nodeId` of the controller's current view; empty clears.
    void setNode(const QString& nodeId);
    [[nodiscard]] QStandardItemModel* model() const { return m_model; }

Q_SIGNALS:
    void edgeActivated(const QString& edgeId);
    void mentionActivated(core::ArticleId article, core::ByteRange range);

private:
    const Controller* m_controller;
    const RelationFilterModel* m_filter;
    QLabel* m_heading = nullptr;
    QTreeView* m_tree;
    QStandardItemModel* m_model;
};

} // namespace diplograph::ui
