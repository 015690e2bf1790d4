#pragma once

#include "controller.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace diplograph::ui {

// "Paste article": title, source, optional date and the text; item() is ready for Controller::importItems.
class PasteDialog : public QDialog {
    Q_OBJECT
public:
    explicit PasteDialog(QWidget* parent = nullptr);
    [[nodiscard]] ImportRequest item() const;

private:
    QLineEdit* m_title;
    QLineEdit* m_source;
    QLineEdit* m_date;
    QPlainTextEdit* m_text;
};

} // namespace diplograph::ui
