#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace diplograph::ui {

class Controller;

// Every analyst edit (rename, merge, hide, alias, new actor, reject, add, retype, confirm) with its time and
// author, newest first; "Revert" undoes the selected one alone, whenever it was made (also before a restart).
class EditsPanel : public QWidget {
    Q_OBJECT
public:
    explicit EditsPanel(Controller* controller, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QPushButton* revertButton() const { return m_revert; }
    // Re-reads the controller's edits.
    void refresh();

private:
    Controller* m_controller;
    QTreeWidget* m_tree;
    QPushButton* m_revert;
};

} // namespace diplograph::ui
